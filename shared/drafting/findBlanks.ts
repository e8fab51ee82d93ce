// Blanks inside a line of text: 「申报单位：________」 (underlined spaces or typed underscores),
// 「制表人：      制表日期：」 (a label then room), 「□是 □否」 (a choice), 「    年  月  日」 (a date).
// Signature and seal lines (申请人签字：, （盖章）) are kept as printed: nobody types a signature.
import type { SourceRun } from './sourceDocument.js';
import { DATE_BLANK_RE, findChoiceRun, parseChoiceGroup, SEAL_RE } from './textPatterns.js';

export type Segment =
  | { kind: 'text'; text: string }
  | {
      kind: 'blank';
      /** The label before the blank, without its colon (「申报单位」). */
      label: string;
      /** How wide the blank was, in characters (half-width spaces count half). */
      width: number;
      /** The blank's original text (spaces, underscores), kept after a value-less field in cells. */
      raw: string;
      choice?: { options: string[]; multiple: boolean };
      date?: boolean;
      underlined: boolean;
    };

const BLANK = /[ \t\u00a0\u3000_＿]/;

/** The words right before a blank: after the last punctuation, without the colon; 「联 系 人」 → 「联系人」. */
function labelBefore(before: string): string {
  const clause =
    before
      .replace(/[：:\s\u3000]+$/, '')
      .split(/[，,。；;、！!？?]/)
      .pop() ?? '';
  const t = clause.trim();
  const words = /^[\u4e00-\u9fff\s\u3000（）()*＊]+$/.test(t)
    ? t.replace(/[\s\u3000]+/g, '')
    : t.replace(/\s{2,}/g, ' ');
  return words.length > 20 ? words.slice(-12) : words;
}

function widthOf(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000\u4e00-\u9fff＿]/.test(ch) ? 1 : 0.5;
  return Math.max(1, Math.round(w));
}

/** Splits one line into text and blanks. Lines that are prose (sentences) come back as one text. */
export function findBlanks(runs: readonly SourceRun[]): Segment[] {
  const chars: { ch: string; u: boolean }[] = [];
  for (const r of runs) for (const ch of r.text) chars.push({ ch, u: !!r.underline });
  const text = chars.map((c) => c.ch).join('');
  if (!text.trim()) return [{ kind: 'text', text }];

  // Spans that are blanks, as [start, end) with their kind.
  type Span = {
    start: number;
    end: number;
    choice?: { options: string[]; multiple: boolean };
    date?: boolean;
    u: boolean;
  };
  const spans: Span[] = [];
  const taken = (i: number) => spans.some((s) => i >= s.start && i < s.end);

  const choice = findChoiceRun(text);
  if (choice) {
    const parsed = parseChoiceGroup(text.slice(choice.start, choice.end));
    if (parsed)
      spans.push({ start: choice.start, end: choice.end, choice: parsed, u: chars[choice.start]?.u ?? false });
  }
  const date = DATE_BLANK_RE.exec(text);
  if (date && !SEAL_RE.test(text.slice(0, date.index)) && !taken(date.index)) {
    let start = date.index;
    while (start > 0 && BLANK.test(text[start - 1])) start--;
    spans.push({ start, end: date.index + date[0].length, date: true, u: false });
  }
  // Underlined blanks, and typed underscores.
  for (let i = 0; i < chars.length;) {
    if (taken(i)) {
      i++;
      continue;
    }
    const under = chars[i].u && BLANK.test(chars[i].ch);
    const typed = /[_＿]/.test(chars[i].ch);
    if (!under && !typed) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && !taken(j) && BLANK.test(chars[j].ch) && (under ? chars[j].u : /[_＿]/.test(chars[j].ch)))
      j++;
    if (under || j - i >= 3) spans.push({ start: i, end: j, u: true });
    i = Math.max(j, i + 1);
  }
  // 「标签：」 followed by room (two or more spaces), or by the end of a line that has other blanks
  // (a lone 「附件1：」 or 「推荐意见：」 is a heading or a label over room below, not a blank).
  const gaps: Span[] = [];
  for (const m of text.matchAll(/[：:]([ \t\u00a0\u3000]{2,}|$)/g)) {
    const start = m.index + 1;
    if (taken(start) || taken(m.index)) continue;
    const end = start + m[1].length;
    if (spans.some((s) => s.start === end)) continue; // the underline right after is the blank
    gaps.push({ start, end, u: false });
  }
  const roomy = gaps.filter((s) => s.end > s.start);
  for (const gap of gaps) {
    // 「学院名称（盖章）：」 at a line's end still asks for the name.
    const sealedName = /[（(]\s*(?:盖\s*章|公\s*章)\s*[）)]\s*[：:]$/.test(text.slice(0, gap.start));
    if (gap.end > gap.start || roomy.length + spans.length > 0 || sealedName) spans.push(gap);
  }
  spans.sort((a, b) => a.start - b.start);

  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    const before = text.slice(at, s.start);
    const raw = text.slice(s.start, s.end);
    const rawLabel = labelBefore(before);
    // 「推荐单位（盖章）」 asks for the unit's name, then its seal; 「申请人签字」 asks for a hand.
    const label = rawLabel.replace(/[（(]\s*(?:盖\s*章|公\s*章|章)\s*[）)]/g, '').trim();
    const sealed = (SEAL_RE.test(label) || (!label && rawLabel !== '')) && !s.choice;
    const loneGap = !label && !s.u && !s.choice && !s.date;
    if (sealed || loneGap || (!s.u && !s.choice && !s.date && !formLine(text, spans))) {
      out.push({ kind: 'text', text: before + raw });
    } else {
      if (before) out.push({ kind: 'text', text: before });
      out.push({
        kind: 'blank',
        label,
        width: widthOf(raw),
        raw,
        underlined: s.u,
        ...(s.choice ? { choice: { options: s.choice.options, multiple: s.choice.multiple } } : {}),
        ...(s.date ? { date: true } : {}),
      });
    }
    at = s.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return mergeText(joinAdjacentBlanks(out));
}

/** An underlined gap right before a choice or date is the same blank (项目级别：____□国家级 □省级). */
function joinAdjacentBlanks(list: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of list) {
    const last = out[out.length - 1];
    if (s.kind === 'blank' && last?.kind === 'blank' && !last.choice && !last.date) {
      out[out.length - 1] = { ...s, label: last.label || s.label, raw: last.raw + s.raw, width: last.width + s.width };
    } else out.push(s);
  }
  return out;
}

/** A line of labels and room only (no sentence around them): its unmarked gaps are blanks. */
function formLine(text: string, spans: { start: number; end: number }[]): boolean {
  let rest = '';
  let at = 0;
  for (const s of spans) {
    rest += text.slice(at, s.start);
    at = s.end;
  }
  rest += text.slice(at);
  const words = rest.split(/[：:]/).map((w) => w.trim());
  return !/[。；;！!？?]/.test(rest) && words.every((w) => w.length <= 20);
}

function mergeText(list: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of list) {
    const last = out[out.length - 1];
    if (s.kind === 'text' && last?.kind === 'text') last.text += s.text;
    else out.push(s);
  }
  return out;
}

export function hasBlanks(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.kind === 'blank');
}
