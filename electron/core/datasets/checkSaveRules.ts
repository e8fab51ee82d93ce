import type Database from 'better-sqlite3';

import { columnOf, type DatasetDef, type DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { checkRowRules } from '../../../shared/datasets/rowRules.js';
import type { FieldValue } from '../../../shared/datasets/validateFieldValue.js';
import type { RowProblem } from './datasetRepo.js';
import { ruleExceptionsOf } from './ruleExceptionRepo.js';

/**
 * The rules across fields (金额 = 单价 × 数量 …) that a save would break. A changed row is checked
 * as it will be stored (its other fields from the database), and only for rules that read a field
 * the save changes; a new row, or a row whose exceptions the save changes, for every rule. Exceptions the user accepted — already stored, or
 * sent with this save — are not problems.
 */
export function checkSaveRules(
  db: Database.Database,
  def: DatasetDef,
  rows: readonly DatasetRow[],
  acceptedByIndex: ReadonlyMap<number, readonly string[]>,
): RowProblem[] {
  if (!def.rules?.length) return [];
  const readCols = def.fields.map((f) => `${columnOf(f.key)} AS "${f.key}"`).join(', ');
  const read = db.prepare(`SELECT ${readCols} FROM ${def.table} WHERE id = ?`);
  const problems: RowProblem[] = [];
  rows.forEach((row, i) => {
    const touched = Object.keys(row).filter((k) => k !== 'id' && k !== 'year');
    let values = row as Record<string, FieldValue | undefined>;
    let accepted = acceptedByIndex.get(i);
    if (row.id !== undefined && row.id !== null) {
      const stored = read.get(row.id) as Record<string, FieldValue> | undefined;
      if (stored) values = { ...stored, ...values };
      accepted ??= ruleExceptionsOf(db, def.name, row.id);
    }
    // A row whose exceptions this save changes is checked against every rule it no longer excepts.
    const partial = row.id !== undefined && row.id !== null && !acceptedByIndex.has(i);
    const found = checkRowRules(def, values, { accepted, touched: partial ? touched : undefined });
    for (const p of found) {
      const label = def.fields.find((f) => f.key === p.field)?.label;
      problems.push({ message: p.message, where: { row: i + 1, column: label, field: p.field } });
    }
  });
  return problems;
}
