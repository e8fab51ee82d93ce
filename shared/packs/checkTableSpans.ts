import type { PackCell, TableBlock } from './packSchema.js';

/** How many grid columns a table has once year columns are expanded. */
export function tableColumnCount(block: TableBlock): number {
  const years = block.years?.count ?? 1;
  return block.columns.reduce((n, c) => n + (c.perYear ? years : 1), 0);
}

/** Grid columns one cell covers (a perYear cell repeats once per year). */
export function cellWidth(cell: PackCell, block: TableBlock): number {
  return (cell.colSpan ?? 1) * (cell.perYear ? (block.years?.count ?? 1) : 1);
}

/**
 * Checks that every row's cells, plus the columns still covered by row spans from above, fill
 * exactly the table's columns. A repeating row counts as one row (lead cells included).
 */
export function checkTableSpans(block: TableBlock): { row: number; message: string }[] {
  const columns = tableColumnCount(block);
  const covered = new Array<number>(columns).fill(0); // rows still covered by a rowSpan from above
  const out: { row: number; message: string }[] = [];
  block.rows.forEach((row, ri) => {
    const cells = [...(row.lead ?? []), ...row.cells];
    const fromAbove = covered.filter((c) => c > 0).length;
    const own = cells.reduce((n, c) => n + cellWidth(c, block), 0);
    let col = 0;
    let fits = true;
    for (const cell of cells) {
      while (col < columns && covered[col] > 0) col++;
      const w = cellWidth(cell, block);
      if (col + w > columns) {
        fits = false;
        break;
      }
      const span = cell.rowSpan ?? 1;
      if (ri + span > block.rows.length)
        out.push({ row: ri, message: `第 ${ri + 1} 行有单元格跨 ${span} 行，超出了表格的最后一行` });
      for (let k = col; k < col + w; k++) covered[k] = span;
      col += w;
    }
    if (!fits || own + fromAbove !== columns) {
      out.push({
        row: ri,
        message: `第 ${ri + 1} 行的单元格共占 ${own} 列，加上上方跨行占用的 ${fromAbove} 列，合计 ${own + fromAbove} 列，应等于表格的 ${columns} 列`,
      });
    }
    for (let k = 0; k < columns; k++) if (covered[k] > 0) covered[k]--;
  });
  return out;
}
