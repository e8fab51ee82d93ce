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
  /** Required fields a new row still lacks: it waits (shown as 待填, not red) until they are given. */
  missing?: readonly string[];
  /** Rules across fields the row breaks, by the field each shows on (金额 for 金额 = 单价 × 数量). */
  ruleErrors?: Readonly<Record<string, RuleError>>;
  /** Rules the user accepted as deliberate exceptions for this row. */
  accepted?: readonly string[];
  /**
   * A new row that brings back a deleted stored row (撤销 of 删除行): saved as its restore, so it
   * gets the old id (when free) and the 佐证 and exceptions the delete set aside.
   */
  restoreOf?: number;
}

export interface RuleError {
  rule: string;
  message: string;
}

/** The message a cell shows: its own error, else a broken rule shown on it. */
export function cellError(row: GridRow, field: string): string | undefined {
  return row.errors?.[field] ?? row.ruleErrors?.[field]?.message;
}

export function errorCount(rows: readonly GridRow[]): number {
  let n = 0;
  for (const r of rows) {
    if (r.errors) n += Object.keys(r.errors).length;
    if (r.ruleErrors) n += Object.keys(r.ruleErrors).length;
  }
  return n;
}
