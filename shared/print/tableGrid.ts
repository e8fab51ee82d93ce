import type { Table, TableCell } from './printDocument.js';

export interface PlacedCell {
  cell: TableCell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Places HTML-style rows (covered cells left out) on a grid, as a browser does: each cell takes the
 * first free column of its row. Throws when a row does not fill the table's columns exactly, because
 * a form whose rows disagree with its widths prints as a broken table in every renderer.
 */
export function placeTableCells(table: Table): PlacedCell[] {
  const cols = table.columnWidthsMm.length;
  const taken: boolean[][] = [];
  const isTaken = (r: number, c: number) => taken[r]?.[c] === true;
  const take = (r: number, c: number) => {
    (taken[r] ??= [])[c] = true;
  };
  const out: PlacedCell[] = [];
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (isTaken(r, c)) c++;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      if (c + colSpan > cols) throw new Error(`表格第 ${r + 1} 行超出 ${cols} 列`);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) take(r + dr, c + dc);
      out.push({ cell, row: r, col: c, rowSpan, colSpan });
      c += colSpan;
    }
    for (let k = 0; k < cols; k++) if (!isTaken(r, k)) throw new Error(`表格第 ${r + 1} 行第 ${k + 1} 列没有单元格`);
  });
  return out;
}

/** Width of a placed cell in mm. */
export function placedWidthMm(table: Table, p: PlacedCell): number {
  let w = 0;
  for (let k = p.col; k < p.col + p.colSpan; k++) w += table.columnWidthsMm[k];
  return w;
}
