// How many lines a text takes in a box, as Word, LibreOffice and Chromium break Chinese text: any two
// ideographs may part, Latin words stay whole, and the 禁则 (kinsoku) rules keep closing punctuation
// off a line's start and opening brackets off its end. The estimate errs on the long side (a Latin
// letter counts as wide as the widest fonts draw it), so a page filled by it never overflows in any
// of them; pagination (paginate.ts) depends on that.

/** Characters that may not begin a line (they pull the previous character down with them). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〗〉”’…·．,.;:!?)]}%‰℃°～—-']);
/** Characters that may not end a line (they go down with the next one). */
const NO_LINE_END = new Set([...'（《「『【〔〖〈“‘([{']);

/** Fonts whose Latin letters are half-width and fixed (仿宋_GB2312, 楷体_GB2312 and their stand-ins). */
export function hasHalfWidthLatin(fontName: string): boolean {
  return /仿宋|楷体|FangSong|KaiTi|Kai|UKai|UMing/i.test(fontName);
}

const isWide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x11ff) ||
  (cp >= 0x2e80 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x2010 && cp <= 0x2027) ||
  (cp >= 0x2600 && cp <= 0x27bf) ||
  cp >= 0x20000;

/** Advance of one character in em. Proportional Latin is taken at the wide end of CJK fonts' Latin. */
export function charWidthEm(ch: string, halfWidthLatin: boolean): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1;
  if (halfWidthLatin) return 0.5;
  if (ch === ' ') return 0.34;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[mwMW@%]/.test(ch)) return 1;
  if (/[a-z0-9]/.test(ch)) return 0.6;
  return 0.5;
}

export interface TextBox {
  /** Width available to the text, in points. */
  widthPt: number;
  sizePt: number;
  /** First-line indent in points. */
  firstIndentPt?: number;
  halfWidthLatin?: boolean;
}

/** One unbreakable piece: an ideograph, or a Latin word with what follows it up to a space. */
interface Token {
  start: number;
  end: number;
  width: number;
  space: boolean;
}

function tokens(text: string, sizePt: number, half: boolean): Token[] {
  const out: Token[] = [];
  const chars = [...text];
  let i = 0;
  let offset = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const start = offset;
    const cp = ch.codePointAt(0) ?? 0;
    if (isWide(cp) || ch === ' ') {
      out.push({ start, end: start + ch.length, width: charWidthEm(ch, half) * sizePt, space: ch === ' ' });
      i++;
      offset += ch.length;
      continue;
    }
    let w = 0;
    let end = start;
    while (i < chars.length && chars[i] !== ' ' && !isWide(chars[i].codePointAt(0) ?? 0)) {
      w += charWidthEm(chars[i], half) * sizePt;
      end += chars[i].length;
      i++;
    }
    offset = end;
    out.push({ start, end, width: w, space: false });
  }
  return out;
}

/** Latin words wider than a whole line are cut into pieces that fit, as overflow-wrap: anywhere does. */
function fitTokens(text: string, toks: Token[], full: number, sizePt: number, half: boolean): Token[] {
  const out: Token[] = [];
  for (const t of toks) {
    if (t.width <= full) {
      out.push(t);
      continue;
    }
    let start = t.start;
    let w = 0;
    let at = t.start;
    for (const ch of text.slice(t.start, t.end)) {
      const cw = charWidthEm(ch, half) * sizePt;
      if (w + cw > full && at > start) {
        out.push({ start, end: at, width: w, space: false });
        start = at;
        w = 0;
      }
      w += cw;
      at += ch.length;
    }
    out.push({ start, end: t.end, width: w, space: false });
  }
  return out;
}

/**
 * The UTF-16 offsets where each line of one paragraph (no newlines) starts: [0, …]. Greedy filling
 * like the engines, honouring the kinsoku rules by carrying a character over to the next line.
 */
export function lineStarts(text: string, box: TextBox): number[] {
  const half = box.halfWidthLatin ?? false;
  // A hair of room for the engines' rounding of widths (twips, device pixels) and for Latin widths,
  // which are estimates. A line whose every advance is exact (ideographs, one em; spaces
  // in a half-width font, half an em) needs room only for the cell's border (0.5 pt): a label that
  // just fills a cell with Word's 0.19 cm padding (「隶属关系」 in 21 mm) stays on one line, as it
  // does in Word, LibreOffice and Chromium.
  const exactWidths = [...text].every((ch) => isWide(ch.codePointAt(0) ?? 0) || (half && ch === ' '));
  const full = Math.max(box.sizePt, box.widthPt - (exactWidths ? 0.6 : box.sizePt * 0.15));
  const toks = fitTokens(text, tokens(text, box.sizePt, half), full, box.sizePt, half);
  const starts = [0];
  let width = full - (box.firstIndentPt ?? 0);
  let used = 0;
  let lineFirst = 0;
  const charAt = (i: number) => text.slice(i, i + 1);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (k === lineFirst || t.space || used + t.width <= width + 1e-6) {
      used += t.width;
      continue;
    }
    let breakAt = k;
    if (NO_LINE_START.has(charAt(t.start)) && breakAt - 1 > lineFirst) breakAt--;
    while (breakAt - 1 > lineFirst && NO_LINE_END.has(charAt(toks[breakAt - 1].end - 1))) breakAt--;
    starts.push(toks[breakAt].start);
    lineFirst = breakAt;
    width = full;
    used = 0;
    k = breakAt - 1; // lay the carried-over pieces again on the new line
  }
  return starts;
}

/** Lines a text takes (each '\n' starts a new paragraph line; an empty text still takes one line). */
export function countLines(text: string, box: TextBox): number {
  return text.split('\n').reduce((n, p) => n + lineStarts(p, box).length, 0);
}
