// Cutting a table into the pieces that go on successive pages. A piece is a list of "virtual rows":
// whole source rows, or the head or tail of a row whose text is cut at a page end. Every piece is a
// complete table of its own: header rows repeated on top, a label spanning rows repeated where its
// rows continue on the next page, and nothing lost.
import { cellTextWidthPt, measureParagraph, PT_PER_MM } from './measureBlocks.js';
import type { Paragraph, PrintDocument, Run, Table, TableCell, TableRow } from './printDocument.js';
import { type PlacedCell, placedWidthMm } from './tableGrid.js';

/** One row of a piece: a source row whole, or the head or tail of a cut row (its cells' paragraphs by column). */
export interface VirtualRow {
  src: number;
  kind: 'whole' | 'head' | 'tail';
  /** head/tail: the paragraphs of each single-row cell, by column. */
  byCol?: Map<number, Paragraph[]>;
  /** head/tail: the part's minimum height (replaces the source row's). */
  minHeightMm?: number;
}

/** The paragraphs of a cell that fit into `heightPt` and the rest, cut between lines. */
export function cutParagraphs(
  doc: PrintDocument,
  paragraphs: Paragraph[],
  widthPt: number,
  heightPt: number,
  sizeOverridePt?: number,
): { head: Paragraph[]; tail: Paragraph[] } {
  const head: Paragraph[] = [];
  let used = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const m = measureParagraph(doc, p, widthPt, sizeOverridePt);
    if (used + m.height <= heightPt + 1e-6) {
      head.push(p);
      used += m.height;
      continue;
    }
    const lines = Math.floor((heightPt - used - m.before) / m.lineHeight);
    if (lines >= 1 && lines < m.starts.length) {
      const [a, b] = splitParagraph(p, m.starts[lines]);
      head.push(a);
      return { head, tail: [b, ...paragraphs.slice(i + 1)] };
    }
    return { head, tail: paragraphs.slice(i) };
  }
  return { head, tail: [] };
}

/** Splits a paragraph at a text offset: the second part carries on without indent or space before. */
export function splitParagraph(p: Paragraph, at: number): [Paragraph, Paragraph] {
  const a: Run[] = [];
  const b: Run[] = [];
  let pos = 0;
  for (const r of p.runs) {
    const end = pos + r.text.length;
    if (end <= at) a.push(r);
    else if (pos >= at) b.push(r);
    else {
      a.push({ ...r, text: r.text.slice(0, at - pos) });
      b.push({ ...r, text: r.text.slice(at - pos) });
    }
    pos = end;
  }
  const { firstLineChars: _indent, spaceBeforePt: _before, ...rest } = p;
  return [
    { ...p, runs: a, spaceAfterPt: 0, keepWithNext: false },
    { ...rest, runs: b },
  ];
}

/**
 * Builds a piece of the table from its placed cells: the given virtual rows, with cells spanning
 * into them from earlier rows continued (a label repeats its text, a value cell continues empty).
 */
export function buildPiece(t: Table, placed: PlacedCell[], vrows: VirtualRow[]): Table {
  const rows: TableRow[] = vrows.map((v) => {
    const { cells: _cells, minHeightMm: srcMin, ...props } = t.rows[v.src];
    const minHeightMm = v.kind === 'whole' ? srcMin : v.minHeightMm;
    return { ...props, cells: [], ...(minHeightMm ? { minHeightMm } : {}) };
  });
  const cellsByRow: { col: number; cell: TableCell }[][] = rows.map(() => []);
  for (const p of placed) {
    const covered: number[] = [];
    vrows.forEach((v, i) => {
      if (v.src >= p.row && v.src < p.row + p.rowSpan) covered.push(i);
    });
    if (!covered.length) continue;
    const v = vrows[covered[0]];
    const startsHere = v.src === p.row && v.kind !== 'tail';
    let paragraphs: Paragraph[];
    if (v.byCol && p.rowSpan === 1) paragraphs = v.byCol.get(p.col) ?? [];
    else if (startsHere) paragraphs = p.cell.paragraphs;
    else paragraphs = p.cell.role !== 'value' ? p.cell.paragraphs : []; // a label says again what continues
    const { rowSpan: _span, ...cell } = p.cell;
    cellsByRow[covered[0]].push({
      col: p.col,
      cell: { ...cell, paragraphs, ...(covered.length > 1 ? { rowSpan: covered.length } : {}) },
    });
  }
  rows.forEach((r, i) => (r.cells = cellsByRow[i].sort((a, b) => a.col - b.col).map((x) => x.cell)));
  const { rows: _rows, footnotes: _notes, ...rest } = t;
  return { ...rest, rows };
}

/**
 * Cuts source row `src` (or a tail of it) so its head fits into `heightPt`: every single-row cell's
 * paragraphs are cut between lines. A row taller only by its minimum height (an answer box with
 * room to spare) is cut too; when little of that room would go to the next page, it just ends here.
 * Returns null when nothing can go on this page.
 */
export function cutRow(
  doc: PrintDocument,
  t: Table,
  placed: PlacedCell[],
  src: number,
  contentByCol: Map<number, Paragraph[]> | undefined,
  heightPt: number,
  minHeightMm: number | undefined,
): { head: VirtualRow; tail: VirtualRow | null } | null {
  const headBy = new Map<number, Paragraph[]>();
  const tailBy = new Map<number, Paragraph[]>();
  let moved = false;
  let leftover = false;
  for (const p of placed) {
    if (p.row !== src || p.rowSpan !== 1) continue;
    const paragraphs = contentByCol?.get(p.col) ?? p.cell.paragraphs;
    const widthPt = cellTextWidthPt(placedWidthMm(t, p), t.cellPadMm);
    const { head, tail } = cutParagraphs(doc, paragraphs, widthPt, heightPt, t.sizePt);
    headBy.set(p.col, head);
    // A label whose text fits keeps it on the first page and repeats it below, so the continued row says what it is.
    tailBy.set(p.col, tail.length ? tail : p.cell.role !== 'value' ? paragraphs : []);
    if (head.length) moved = true;
    if (tail.length) leftover = true;
  }
  const headMm = heightPt / PT_PER_MM;
  const restMm = (minHeightMm ?? 0) - headMm;
  if (!moved) return null;
  // The head reaches down to the page end, as a row broken by the page would.
  const head: VirtualRow = { src, kind: 'head', byCol: headBy, minHeightMm: headMm };
  if (!leftover) {
    if (restMm <= 0) return null; // it fits after all
    if (restMm <= Math.max(0.25 * (minHeightMm ?? 0), 12)) return { head, tail: null };
  }
  return { head, tail: { src, kind: 'tail', byCol: tailBy, ...(restMm > 0 ? { minHeightMm: restMm } : {}) } };
}
