import type Database from 'better-sqlite3';

import type { DatasetName } from '../../../shared/datasets/datasetDefinition.js';

/** Rule exceptions the user accepted, by row id (migration 0012). */
export function listRuleExceptions(db: Database.Database, dataset: DatasetName): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const rows = db
    .prepare('SELECT row_id AS rowId, rule FROM dataset_rule_exception WHERE dataset = ?')
    .all(dataset) as { rowId: number; rule: string }[];
  for (const r of rows) {
    let set = out.get(r.rowId);
    if (!set) out.set(r.rowId, (set = new Set()));
    set.add(r.rule);
  }
  return out;
}

export function ruleExceptionsOf(db: Database.Database, dataset: DatasetName, rowId: number): string[] {
  return (
    db
      .prepare('SELECT rule FROM dataset_rule_exception WHERE dataset = ? AND row_id = ? ORDER BY rule')
      .all(dataset, rowId) as { rule: string }[]
  ).map((r) => r.rule);
}

/**
 * Replaces a row's accepted exceptions (inside the caller's transaction). A rule accepted before
 * keeps the time it was first accepted (also when a row brought back by 撤销 sends it again).
 */
export function setRuleExceptions(
  db: Database.Database,
  dataset: DatasetName,
  rowId: number,
  rules: readonly string[],
  now: Date,
): void {
  db.prepare(
    'DELETE FROM dataset_rule_exception WHERE dataset = ? AND row_id = ? AND rule NOT IN (SELECT value FROM json_each(?))',
  ).run(dataset, rowId, JSON.stringify(rules));
  const insert = db.prepare(
    'INSERT OR IGNORE INTO dataset_rule_exception (dataset, row_id, rule, accepted_at) VALUES (?, ?, ?, ?)',
  );
  for (const rule of rules) insert.run(dataset, rowId, rule, now.toISOString());
}
