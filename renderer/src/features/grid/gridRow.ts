import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';

/**
 * One row as the grid holds it. `values` are stored values (money in 分); a cell whose text did not
 * pass validation keeps that text in `drafts` (shown in place, red) with its message in `errors`,
 * and is not saved until it is fixed. Rows are replaced, never mutated, so caches key on identity.
 */
export interface GridRow {
  /** Stable key: `id:12` for stored rows, `new:3` for rows not yet saved. */
  key: string;
  id?: number;
  values: Readonly<Record<string, FieldValue>>;
  drafts?: Readonly<Record<string, string>>;
  errors?: Readonly<Record<string, string>>;
}

export function hasErrors(row: GridRow): boolean {
  return !!row.errors && Object.keys(row.errors).length > 0;
}

export function errorCount(rows: readonly GridRow[]): number {
  let n = 0;
  for (const r of rows) if (r.errors) n += Object.keys(r.errors).length;
  return n;
}
