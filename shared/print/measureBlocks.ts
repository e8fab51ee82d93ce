// Heights of print blocks in points, as the renderers set them: every line has a fixed (exact) height,
// table cells have 1.5 mm side padding and none above or below, rows are at least their minimum
// height. Pagination (paginate.ts) fills pages with these figures.
import { countLines, hasHalfWidthLatin, lineStarts, type TextBox } from './measureText.js';
import {
  type Paragraph,
  paragraphText,
  type PrintDocument,
  type SealBlock,
  styleOf,
  SYMBOL_FONT,
  type Table,
  type TableCell,
} from './printDocument.js';
import { placeTableCells } from './tableGrid.js';

export const PT_PER_MM = 72 / 25.4;
/** Side padding of a table cell (each side), the same in HTML and DOCX (85 twips). */
export const CELL_PAD_MM = 1.5;
/** Allowance per table row for its border. */
export const ROW_BORDER_PT = 1;

/** The point size a paragraph's text is set in (its runs may be larger, e.g. cover lines). */
export function paragraphSizePt(doc: PrintDocument, p: Paragraph, sizeOverridePt?: number): number {
  const style = styleOf(doc, p);
  const base = p.role === 'title' || p.heading ? style.sizePt : (sizeOverridePt ?? style.sizePt);
  return Math.max(base, ...p.runs.map((r) => r.sizePt ?? 0));
}

/** The fixed height of one line of a paragraph. Renderers set exactly this. */
export function lineHeightPt(doc: PrintDocument, p: Paragraph, sizeOverridePt?: number): number {
  const style = styleOf(doc, p);
  return p.lineSpacingPt ?? style.lineSpacingPt ?? Math.ceil(paragraphSizePt(doc, p, sizeOverridePt) * 1.3);
}

function textBox(doc: PrintDocument, p: Paragraph, widthPt: number, sizeOverridePt?: number): TextBox {
  const sizePt = paragraphSizePt(doc, p, sizeOverridePt);
  const style = styleOf(doc, p);
  const fonts = p.runs.map((r) => (r.symbol ? SYMBOL_FONT : (r.font ?? style.font)).eastAsia);
  return {
    widthPt,
    sizePt,
    firstIndentPt: (p.firstLineChars ?? 0) * sizePt,
    halfWidthLatin: [style.font.eastAsia, ...fonts].every(hasHalfWidthLatin),
  };
}

export interface ParagraphMeasure {
  lineHeight: number;
  /** UTF-16 offsets into the paragraph's text where each line starts. */
  starts: number[];
  before: number;
  after: number;
  height: number;
}

export function measureParagraph(
  doc: PrintDocument,
  p: Paragraph,
  widthPt: number,
  sizeOverridePt?: number,
): ParagraphMeasure {
  const lineHeight = lineHeightPt(doc, p, sizeOverridePt);
  const starts = lineStarts(paragraphText(p), textBox(doc, p, widthPt, sizeOverridePt));
  const before = p.spaceBeforePt ?? 0;
  const after = p.spaceAfterPt ?? 0;
  return { lineHeight, starts, before, after, height: before + starts.length * lineHeight + after };
}

export function paragraphHeight(doc: PrintDocument, p: Paragraph, widthPt: number, sizeOverridePt?: number): number {
  return measureParagraph(doc, p, widthPt, sizeOverridePt).height;
}

/** Lines of a text alone (for covers laid out before they are paragraphs). */
export function textLines(text: string, widthPt: number, sizePt: number, fontName: string): number {
  return countLines(text, { widthPt, sizePt, halfWidthLatin: hasHalfWidthLatin(fontName) });
}

/** Text width inside a cell of the given width, with the table's side padding. */
export function cellTextWidthPt(cellWidthMm: number, padMm: number = CELL_PAD_MM): number {
  return Math.max(1, (cellWidthMm - 2 * padMm) * PT_PER_MM);
}

// Keyed by the paragraphs array: the pieces pagination cuts a table into are new cells that share it.
const cellCache = new WeakMap<Paragraph[], Map<string, number>>();

/** Height of a cell's content (its paragraphs) at a width; cached, since pagination asks often. */
export function cellContentHeight(
  doc: PrintDocument,
  c: TableCell,
  widthMm: number,
  sizeOverridePt?: number,
  padMm?: number,
): number {
  const key = `${widthMm}|${sizeOverridePt ?? ''}|${doc.body.lineSpacingPt ?? ''}|${padMm ?? ''}`;
  let byKey = cellCache.get(c.paragraphs);
  const hit = byKey?.get(key);
  if (hit !== undefined) return hit;
  const paragraphs = c.paragraphs.length ? c.paragraphs : [{ kind: 'paragraph' as const, runs: [] }];
  const w = cellTextWidthPt(widthMm, padMm);
  const h = paragraphs.reduce((sum, p) => sum + paragraphHeight(doc, p, w, sizeOverridePt), 0);
  if (!byKey) cellCache.set(c.paragraphs, (byKey = new Map<string, number>()));
  byKey.set(key, h);
  return h;
}

/**
 * Each row's height: the tallest single-row cell or the row's minimum, plus its border; a cell
 * spanning rows that needs more than they give adds the rest to the last of them (as Word does).
 */
export function measureRows(doc: PrintDocument, t: Table): number[] {
  const placed = placeTableCells(t);
  const heights = t.rows.map((r) => (r.minHeightMm ?? 0) * PT_PER_MM);
  const spanning: { row: number; span: number; h: number }[] = [];
  for (const p of placed) {
    let w = 0;
    for (let k = p.col; k < p.col + p.colSpan; k++) w += t.columnWidthsMm[k];
    const h = cellContentHeight(doc, p.cell, w, t.sizePt, t.cellPadMm);
    if (p.rowSpan === 1) heights[p.row] = Math.max(heights[p.row], h);
    else spanning.push({ row: p.row, span: p.rowSpan, h });
  }
  for (const s of spanning) {
    const have = heights.slice(s.row, s.row + s.span).reduce((a, b) => a + b, 0);
    if (have < s.h) heights[s.row + s.span - 1] += s.h - have;
  }
  return heights.map((h) => h + ROW_BORDER_PT);
}

export function footnoteSizePt(doc: PrintDocument, t: Table): number {
  return t.sizePt ?? Math.min(doc.body.sizePt, 10.5);
}

/** The seal block's parts, shared by the renderers and the measure. */
export function sealLayout(doc: PrintDocument, s: SealBlock): { linePt: number; roomPt: number; height: number } {
  const style = doc.body;
  const linePt = style.lineSpacingPt ?? Math.ceil(style.sizePt * 1.3);
  const roomPt = Math.max(0, (s.heightMm / 25.4) * 72 - s.lines.length * linePt - linePt);
  // A gap line, the signature lines, the room for the seal, the date line.
  return { linePt, roomPt, height: linePt + s.lines.length * linePt + roomPt + linePt };
}
