/** A cell as the importer sees it, whatever the file format: text, number, boolean, date or empty. */
export type CellRaw = string | number | boolean | Date | null;

/** One non-empty sheet row: its number as the file numbers it (1-based) and cells by 0-based column. */
export interface RawRow {
  r: number;
  cells: CellRaw[];
}

/** A merged range, 1-based rows and 0-based columns, inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  rows: RawRow[];
  merges: MergeRange[];
  /**
   * The workbook counts dates from 1904 (Excel for Mac before 2011, and files copied from one): its
   * date serials are 1,462 days smaller than the same dates in an ordinary workbook.
   */
  date1904?: boolean;
}

export interface RawWorkbook {
  kind: 'xlsx' | 'xls' | 'csv';
  /** CSV only: the encoding detected. */
  encoding?: string;
  sheets: RawSheet[];
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 0, AA → 26; null when it is not a column letter. */
export function columnIndex(letter: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letter)) return null;
  let n = 0;
  for (const c of letter) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3:B9" → range; null when malformed. */
export function parseRangeRef(ref: string): MergeRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const a = columnIndex(m[1]);
  const b = columnIndex(m[3]);
  if (a === null || b === null) return null;
  return { top: Number(m[2]), left: Math.min(a, b), bottom: Number(m[4]), right: Math.max(a, b) };
}

export function isEmptyCell(v: CellRaw | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * A merged range counts as its top-left value on every cell it covers (a year or a competition
 * merged down its rows). Rows that do not exist are left alone: a covered row with no cells of its
 * own has no data to attach the value to.
 */
export function fillMerges(sheet: RawSheet): void {
  if (!sheet.merges.length) return;
  const byNumber = new Map<number, RawRow>();
  for (const row of sheet.rows) byNumber.set(row.r, row);
  for (const m of sheet.merges) {
    const value = byNumber.get(m.top)?.cells[m.left] ?? null;
    if (value === null) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = byNumber.get(r);
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) if (isEmptyCell(row.cells[c])) row.cells[c] = value;
    }
  }
}
