// A form part's printing style, as the attachment sets it: paper and margins, the fonts and sizes
// most of its body and table text use, its title's and first heading's fonts, line spacing and
// whether its pages are numbered.
import type { PackStyle } from '../packs/packSchema.js';
import type { SourceBlock, SourceParagraph, SourceRun } from './sourceDocument.js';
import { paragraphTextOf } from './sourceDocument.js';
import { sourceLinePt } from './sourceLineHeight.js';
import type { FormPart } from './splitParts.js';

const FALLBACKS: Record<string, string[]> = {
  仿宋_GB2312: ['FangSong', '仿宋'],
  仿宋: ['FangSong', '仿宋_GB2312'],
  FangSong: ['仿宋', '仿宋_GB2312'],
  宋体: ['SimSun'],
  SimSun: ['宋体'],
  黑体: ['SimHei'],
  SimHei: ['黑体'],
  楷体_GB2312: ['KaiTi', '楷体'],
  楷体: ['KaiTi'],
  方正小标宋简体: ['SimSun', '宋体'],
  华文仿宋: ['STFangsong', 'FangSong'],
  微软雅黑: ['Microsoft YaHei'],
};

export function fallbackOf(font: string): string[] {
  return FALLBACKS[font] ?? (/^[ -~]+$/.test(font) ? [] : ['SimSun', '宋体']);
}

/** A Latin font named on Chinese text means the East Asian font was inherited: use the document's. */
export function runFont(r: SourceRun, fallback: string | undefined): string | undefined {
  if (r.font && /^[ -~]+$/.test(r.font) && /[\u4e00-\u9fff]/.test(r.text)) return fallback ?? '宋体';
  return r.font ?? fallback;
}

/** The value most text is set in (weighted by characters). */
function dominant<T>(items: { value: T | undefined; weight: number }[]): T | undefined {
  const w = new Map<T, number>();
  for (const i of items) if (i.value !== undefined) w.set(i.value, (w.get(i.value) ?? 0) + i.weight);
  let best: T | undefined;
  let max = 0;
  for (const [v, n] of w)
    if (n > max) {
      best = v;
      max = n;
    }
  return best;
}

function tableParagraphs(blocks: SourceBlock[]): SourceParagraph[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : []));
}

const weight = (p: SourceParagraph) => Math.max(1, paragraphTextOf(p).trim().length);

export interface PartFonts {
  body: { family?: string; sizePt?: number };
  table: { family?: string; sizePt?: number };
}

export function partFonts(part: FormPart, docFont?: string, docSize?: number): PartFonts {
  const runsOf = (ps: SourceParagraph[]) =>
    ps.flatMap((p) => p.runs.filter((r) => r.text.trim()).map((r) => ({ r, weight: r.text.trim().length })));
  const paras = part.blocks.filter((b): b is SourceParagraph => b.kind === 'paragraph');
  const body = runsOf(paras);
  const table = runsOf(tableParagraphs(part.blocks));
  const pick = (list: { r: SourceRun; weight: number }[]) => ({
    family: dominant(list.map((x) => ({ value: runFont(x.r, docFont), weight: x.weight }))) ?? docFont,
    sizePt: dominant(list.map((x) => ({ value: x.r.sizePt ?? docSize, weight: x.weight }))) ?? docSize,
  });
  const t = pick(table);
  const b = body.length ? pick(body) : t;
  return { body: b, table: table.length ? t : b };
}

const close = (a: number, b: number) => Math.abs(a - b) < 3;

export function formStyleOf(
  part: FormPart,
  fonts: PartFonts,
  title?: { family?: string; sizePt?: number; bold?: boolean },
  heading?: { family?: string; sizePt?: number; bold?: boolean },
): Partial<PackStyle> {
  const p = part.page;
  const short = Math.min(p.widthMm, p.heightMm);
  const paper: PackStyle['paper'] = close(short, 297) ? 'A3' : 'A4';
  const mm = (x: number) => Math.max(0, Math.min(100, Math.round(x * 10) / 10));
  const font = (f: { family?: string; sizePt?: number; bold?: boolean } | undefined, size: number) => ({
    family: f?.family ?? '仿宋_GB2312',
    fallback: fallbackOf(f?.family ?? '仿宋_GB2312'),
    size: Math.max(4, Math.min(100, f?.sizePt ?? size)),
    ...(f?.bold ? { bold: true } : {}),
  });
  // Table text counts too: forms are mostly tables, and their cells follow the body's spacing in print.
  const paras = [
    ...part.blocks.filter((b): b is SourceParagraph => b.kind === 'paragraph'),
    ...tableParagraphs(part.blocks),
  ].filter((b) => !!paragraphTextOf(b).trim());
  const bodySize = fonts.body.sizePt ?? 12;
  const style: Partial<PackStyle> = {
    paper,
    margins: {
      top: mm(p.margins.top),
      bottom: mm(p.margins.bottom),
      binding: mm(p.margins.left),
      outer: mm(p.margins.right),
    },
    bindingSide: 'left',
    doubleSided: false,
    body: font(fonts.body, 12),
    table: font(fonts.table, bodySize),
    title: font(title, Math.max(bodySize + 4, 16)),
    heading: font(heading ?? { ...fonts.body, bold: true }, bodySize),
    pageNumbers: { style: part.pageNumbers ? 'plain' : 'none', onCover: true, position: 'center' },
  };
  // The line height most text has in the attachment, by each paragraph's own rule, size and font.
  // Table text counts too: forms are mostly tables, and print gives their cells the form's line
  // height. A sheet's rows follow its cells' sizes, not a paragraph rule: they keep print's default.
  const line = dominant(
    paras.map((x) => {
      const r = x.runs.find((run) => run.text.trim());
      const size = r?.sizePt ?? fonts.table.sizePt ?? bodySize;
      const font = part.format === 'xlsx' ? undefined : r ? runFont(r, fonts.body.family) : fonts.body.family;
      return { value: sourceLinePt(x, size, font, p.gridPitchPt), weight: weight(x) };
    }),
  );
  if (line !== undefined && line >= 6 && line <= 72 && (part.format !== 'xlsx' || p.gridPitchPt))
    style.lineSpacingPt = line;
  return style;
}
