// Runs of empty rows in a table: a header followed by blank rows is a repeating table (one row per
// record, at least as many as printed); rows numbered 1, 2, 3 … are a fixed number of rows.
import type { CellGrid, ClassifiedCell } from './classifyCell.js';

export interface RepeatBlock {
  start: number;
  end: number;
  /** Cells starting in the first row that span the whole block on its left (专业群内专业). */
  lead: ClassifiedCell[];
  /** The data cells of the first row, in column order. */
  cells: ClassifiedCell[];
  /** Column (grid) of a 1, 2, 3 … numbering cell, when the rows are numbered. */
  seqCol?: number;
  /** Rows are numbered in the form: a fixed number of rows. */
  numbered: boolean;
}

const DATA_KINDS = new Set(['empty', 'unit', 'seq', 'choice', 'date']);

function layoutOf(cells: ClassifiedCell[]): string {
  return cells.map((c) => `${c.cell.col}+${c.cell.colSpan}`).join(',');
}

/** Data cells of a row (one-row cells), or null when the row holds a label or a taller cell. */
function dataCells(
  g: CellGrid,
  row: number,
  allowLead: boolean,
): { cells: ClassifiedCell[]; lead: ClassifiedCell[] } | null {
  const all = g.startingIn(row);
  const lead = all.filter((c) => c.cell.rowSpan > 1);
  const cells = all.filter((c) => c.cell.rowSpan === 1);
  if (!cells.length || cells.some((c) => !DATA_KINDS.has(c.kind))) return null;
  if (!cells.some((c) => c.kind === 'empty' || c.kind === 'choice' || c.kind === 'date')) return null;
  if (lead.length && (!allowLead || lead.some((l) => l.kind !== 'label' || l.cell.col > cells[0].cell.col)))
    return null;
  return { cells, lead };
}

export function findRepeatBlocks(g: CellGrid): RepeatBlock[] {
  const out: RepeatBlock[] = [];
  let r = 0;
  while (r < g.rows) {
    const first = dataCells(g, r, true);
    if (!first) {
      r++;
      continue;
    }
    const layout = layoutOf(first.cells);
    let e = r;
    while (e + 1 < g.rows) {
      const next = dataCells(g, e + 1, false);
      if (!next || layoutOf(next.cells) !== layout) break;
      e++;
    }
    const block = e > r ? validate(g, r, e, first) : null;
    if (block) {
      out.push(block);
      r = e + 1;
    } else r++;
  }
  return out;
}

function validate(
  g: CellGrid,
  s: number,
  e: number,
  first: { cells: ClassifiedCell[]; lead: ClassifiedCell[] },
): RepeatBlock | null {
  // Leads span exactly the block; cells from above that reach into it end with it, on its left.
  if (first.lead.some((l) => g.lastRow(l) !== e)) return null;
  const firstDataCol = first.cells[0].cell.col;
  for (let row = s; row <= e; row++)
    for (let col = 0; col < g.cols; col++) {
      const c = g.at(row, col);
      if (!c || c.row >= s) continue;
      if (g.lastRow(c) !== e || c.cell.col >= firstDataCol) return null;
    }
  // Numbered rows: a column holding 1, 2, 3 … in order.
  let seqCol: number | undefined;
  for (const c of first.cells) {
    if (c.kind !== 'seq') continue;
    let ok = true;
    for (let row = s; row <= e; row++) {
      const x = g.at(row, c.cell.col);
      if (!x || x.kind !== 'seq' || x.seq !== (c.seq ?? 1) + row - s) ok = false;
    }
    if (ok) {
      seqCol = c.cell.col;
      break;
    }
  }
  // Other cells hold numbers that are not a numbering (a filled-in sample): not a blank table.
  if (first.cells.some((c) => c.kind === 'seq' && c.cell.col !== seqCol)) return null;
  return { start: s, end: e, lead: first.lead, cells: first.cells, seqCol, numbered: seqCol !== undefined };
}
