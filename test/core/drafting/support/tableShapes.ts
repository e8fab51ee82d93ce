// Tables as a reader compares them: rows and merged cells of the attachment and of its export.
// Print cuts a table that runs over a page into pieces (header rows repeated, a row cut between
// lines, a spanning label said again); the export's pieces are put back together before comparing.
import fs from 'node:fs';
import path from 'node:path';

import { readAttachment } from '../../../../electron/core/drafting/readAttachment.js';
import {
  paragraphTextOf,
  type SourceCell,
  type SourceDocument,
  type SourceRow,
  type SourceTable,
} from '../../../../shared/drafting/sourceDocument.js';
import type { PrintPage } from '../../../../shared/print/paginate.js';

const cellText = (c: SourceCell) => c.paragraphs.map(paragraphTextOf).join('\n').trim();

/**
 * Appends the next page's rows to a table cut by print, putting back what the cut divided: a cell
 * spanning rows across the page end comes out as two cells in the same columns — the second says
 * its label again, or is empty where a value continues — and a row cut between lines (`rowCut`,
 * as print recorded it) as two rows whose cells line up. Those parts become the one cell or row they were.
 */
function joinAtCut(a: SourceTable, next: SourceRow[], rowCut: boolean): SourceTable {
  const rows = a.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) }));
  const last = rows.length - 1;
  // The cells of `a` reaching its last row, by their columns.
  const reaching = new Map<string, SourceCell>();
  rows.forEach((r, ri) => {
    for (const c of r.cells) if (ri + c.rowSpan - 1 === last) reaching.set(`${c.col}:${c.colSpan}`, c);
  });
  const [first, ...rest] = next;
  const partner = (c: SourceCell) => reaching.get(`${c.col}:${c.colSpan}`);
  const said = (c: SourceCell, p: SourceCell) => cellText(c) !== '' && cellText(c) === cellText(p);
  const continues = (c: SourceCell) => {
    const p = partner(c);
    // Only where a part spans rows: two one-row cells of the same text (分值 2 above 2) are two cells.
    return !!p && (said(c, p) || cellText(c) === '') && (c.rowSpan > 1 || p.rowSpan > 1);
  };
  // A row cut between lines: each of its cells lines up with one above.
  const cutRow = rowCut && first.cells.every((c) => !!partner(c));
  if (rowCut && !cutRow) throw new Error('a row print cut between lines does not line up with its first part');
  const kept: SourceCell[] = [];
  for (const c of first.cells) {
    const p = partner(c);
    if (p && (cutRow || continues(c))) p.rowSpan += c.rowSpan - (cutRow ? 1 : 0);
    else kept.push(c);
  }
  return { ...a, rows: [...rows, ...(cutRow ? [] : [{ ...first, cells: kept }]), ...rest] };
}

/**
 * For each table piece print puts on the pages, in order: whether it starts with the rest of a row
 * cut between lines at the previous page's end. A page that continues a table records the source
 * row it starts at; the row was cut when the previous piece already ended with that row.
 */
export function rowsCutAtPageEnds(pages: PrintPage[]): boolean[] {
  const out: boolean[] = [];
  let prev: { firstRow: number; bodyRows: number } | undefined;
  for (const page of pages)
    page.blocks.forEach((b, i) => {
      if (b.kind !== 'table') return;
      const head = b.rows.findIndex((r) => !r.header);
      const nHead = head < 0 ? b.rows.length : head;
      const continues = i === 0 && page.from.row !== undefined;
      const firstRow = continues ? page.from.row! : nHead;
      out.push(continues && !!prev && prev.firstRow + prev.bodyRows - 1 === firstRow);
      prev = { firstRow, bodyRows: b.rows.length - nHead };
    });
  return out;
}

/**
 * Table shapes as a reader compares them: rows per table, and every merged cell as
 * row:start–end mm ×rowSpan. Widths are in millimetres, so a cell widened over a sliver column
 * (under 3 mm, which some writers leave at a table's edge) is the same cell.
 */
export interface Merge {
  row: number;
  startMm: number;
  endMm: number;
  rowSpan: number;
}

export interface TableShape {
  rows: number;
  merges: Merge[];
}

/** A table as read, with what deciding whether it continues the one before needs. */
interface ReadTable {
  table: SourceTable;
  /** Only empty paragraphs and at least one page break (or a new section) since the previous table. */
  afterPageBreak: boolean;
}

function readTables(document: SourceDocument): ReadTable[] {
  const out: ReadTable[] = [];
  let text = false;
  for (const s of document.sections) {
    let broke = true; // a new section starts a new page
    for (const b of s.blocks) {
      if (b.kind === 'pageBreak') broke = true;
      else if (b.kind === 'paragraph') text ||= paragraphTextOf(b).trim() !== '';
      else {
        out.push({ table: b, afterPageBreak: broke && !text });
        broke = false;
        text = false;
      }
    }
  }
  return out;
}

const rowText = (r: SourceRow) => r.cells.map((c) => c.paragraphs.map(paragraphTextOf).join('\n').trim()).join('|');

/**
 * The header rows of `b` that repeat `a`'s, when `b` is the next page's piece of the same table as
 * print cuts it: it starts a new page with nothing between, has the same column grid, and begins
 * with exactly `a`'s header rows (marked as such, same text). Null when `b` is a table of its own.
 */
function continuationOf(a: SourceTable, b: ReadTable): number | null {
  if (!b.afterPageBreak) return null;
  const sameGrid =
    a.columnsMm.length === b.table.columnsMm.length &&
    a.columnsMm.every((w, i) => Math.abs(w - b.table.columnsMm[i]) <= 0.5);
  if (!sameGrid) return null;
  const head = a.rows.findIndex((r) => !r.header);
  const n = head < 0 ? a.rows.length : head;
  if (b.table.rows.length <= n) return null;
  for (let i = 0; i < n; i++)
    if (!b.table.rows[i].header || rowText(b.table.rows[i]) !== rowText(a.rows[i])) return null;
  if (b.table.rows[n].header) return null;
  return n;
}

/**
 * Table shapes as a reader compares them: rows per table, and every merged cell as
 * row:start–end mm ×rowSpan. Widths are in millimetres, so a cell widened over a sliver column
 * (under 3 mm, which some writers leave at a table's edge) is the same cell. With `cuts` (the
 * export, and print's record of the rows it cut), a table print cut over several pages counts as
 * the one table it is: the pieces are joined and their repeated header rows dropped.
 */
export async function tableShapes(file: string, cuts?: boolean[]): Promise<TableShape[]> {
  const { document } = await readAttachment(fs.readFileSync(file), path.basename(file));
  const read = readTables(document);
  if (cuts && cuts.length !== read.length)
    throw new Error(
      `${path.basename(file)}: ${read.length} tables in the file, ${cuts.length} pieces in print's pages`,
    );
  const tables: SourceTable[] = [];
  read.forEach((t, i) => {
    const prev = tables[tables.length - 1];
    const repeated = cuts && prev ? continuationOf(prev, t) : null;
    if (cuts?.[i] && repeated === null)
      throw new Error(
        `${path.basename(file)}: table ${i + 1} continues a cut row but is not the same table's next piece`,
      );
    if (repeated === null) tables.push(t.table);
    else tables[tables.length - 1] = joinAtCut(prev, t.table.rows.slice(repeated), !!cuts?.[i]);
  });
  return tables.map((b) => {
    const edges = [0];
    for (const w of b.columnsMm) edges.push(edges[edges.length - 1] + w);
    const significant = (from: number, to: number) => b.columnsMm.slice(from, to).filter((w) => w >= 3).length;
    return {
      rows: b.rows.length,
      merges: b.rows.flatMap((r, ri) =>
        r.cells
          .filter((c) => c.rowSpan > 1 || significant(c.col, c.col + c.colSpan) > 1)
          .map((c) => ({ row: ri, startMm: edges[c.col], endMm: edges[c.col + c.colSpan], rowSpan: c.rowSpan })),
      ),
    };
  });
}

/** The merges of `b` that no merge of `a` matches (same row and row span, edges within 2 mm), and vice versa. */
export function mergeDifferences(a: Merge[], b: Merge[]): { missing: Merge[]; extra: Merge[] } {
  const same = (x: Merge, y: Merge) =>
    x.row === y.row &&
    x.rowSpan === y.rowSpan &&
    Math.abs(x.startMm - y.startMm) <= 2 &&
    Math.abs(x.endMm - y.endMm) <= 2;
  return { missing: a.filter((x) => !b.some((y) => same(x, y))), extra: b.filter((y) => !a.some((x) => same(x, y))) };
}
