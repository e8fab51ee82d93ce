// What a grid's 删除行 takes with a row, kept so that 撤销 can bring it back (migration 0014): the
// row's 佐证 links and accepted rule exceptions, and which other rows referred to it (仪器设备 →
// 实训场所, cleared by the delete), by data set and the deleted row's id. The row's cells are not
// kept here — the grid still holds them in its undo entry and sends them back. Only an explicit
// restore moves what is kept onto a row; the kept rows go when the grid says its undo can no
// longer reach them, and all of them when a window's run starts or the context takes another store.
import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import {
  columnOf,
  type DatasetDef,
  type DatasetName,
  type DatasetRow,
} from '../../../shared/datasets/datasetDefinition.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';

const KEPT_TABLES = ['evidence_link_kept', 'rule_exception_kept', 'reference_kept'];

/** Fields of other data sets that refer to rows of `dataset` (and lose the reference when one is deleted). */
function referencesTo(dataset: DatasetName) {
  return DATASETS.flatMap((d) =>
    d.fields.filter((f) => f.ref?.dataset === dataset).map((f) => ({ def: d, field: f.key, column: columnOf(f.key) })),
  );
}

/** Sets aside the links, exceptions and references of rows about to be deleted (inside the caller's transaction). */
export function keepForUndo(db: Database.Database, dataset: DatasetName, ids: readonly number[], now: Date): void {
  if (!ids.length) return;
  forgetKept(db, dataset, ids);
  const list = JSON.stringify(ids);
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO evidence_link_kept (dataset, row_id, link_id, hash, name, note, created_at, kept_at)
     SELECT dataset, row_id, id, hash, name, note, created_at, ? FROM evidence_link
     WHERE dataset = ? AND row_id IN (SELECT value FROM json_each(?))`,
  ).run(at, dataset, list);
  db.prepare(
    `INSERT INTO rule_exception_kept (dataset, row_id, rule, accepted_at, kept_at)
     SELECT dataset, row_id, rule, accepted_at, ? FROM dataset_rule_exception
     WHERE dataset = ? AND row_id IN (SELECT value FROM json_each(?))`,
  ).run(at, dataset, list);
  for (const ref of referencesTo(dataset))
    db.prepare(
      `INSERT INTO reference_kept (dataset, row_id, from_dataset, from_row_id, field, kept_at)
       SELECT ?, ${ref.column}, ?, id, ?, ? FROM ${ref.def.table} WHERE ${ref.column} IN (SELECT value FROM json_each(?))`,
    ).run(dataset, ref.def.name, ref.field, at, list);
  // A deleted row no longer refers to anything: a new row that reuses its id must not be pointed back.
  db.prepare(
    'DELETE FROM reference_kept WHERE from_dataset = ? AND from_row_id IN (SELECT value FROM json_each(?))',
  ).run(dataset, list);
}

/**
 * The restores a save asks for, by upsert index, once each names a new row of the save. A row
 * brought back is checked with the exceptions it had when deleted, unless the save sends its own
 * (they are added to `accepted`).
 */
export function checkRestores(
  db: Database.Database,
  def: DatasetDef,
  rows: readonly DatasetRow[],
  restores: readonly { index: number; id: number }[],
  accepted: Map<number, readonly string[]>,
): Map<number, number> {
  const out = new Map(restores.map((x) => [x.index, x.id]));
  if (!out.size) return out;
  const kept = db
    .prepare(
      `SELECT row_id AS id, rule FROM rule_exception_kept
       WHERE dataset = ? AND row_id IN (SELECT value FROM json_each(?)) ORDER BY row_id, rule`,
    )
    .all(def.name, JSON.stringify([...out.values()])) as { id: number; rule: string }[];
  const rulesOf = new Map<number, string[]>();
  for (const r of kept) rulesOf.set(r.id, [...(rulesOf.get(r.id) ?? []), r.rule]);
  for (const [index, id] of out) {
    if (rows[index] === undefined || rows[index].id !== undefined || def.single)
      throw new AppError('BAD_INPUT', `「${def.label}」第 ${index + 1} 行不是要恢复的新行`, { field: 'restores' });
    const rules = rulesOf.get(id);
    if (rules && !accepted.has(index)) accepted.set(index, rules);
  }
  return out;
}

/**
 * Moves what was kept for each deleted row `from` onto the row that brings it back, `to` (the same
 * id when it was free, else the new one), and forgets it. Links come back in their first order.
 */
export function restoreKept(
  db: Database.Database,
  dataset: DatasetName,
  moves: readonly { from: number; to: number }[],
): void {
  if (!moves.length) return;
  const pairs = JSON.stringify(moves.map((m) => [m.from, m.to]));
  db.prepare(
    `INSERT OR IGNORE INTO evidence_link (dataset, row_id, hash, name, note, created_at)
     SELECT k.dataset, p.value ->> 1, k.hash, k.name, k.note, k.created_at
     FROM json_each(?) p JOIN evidence_link_kept k ON k.dataset = ? AND k.row_id = p.value ->> 0
     ORDER BY k.link_id`,
  ).run(pairs, dataset);
  db.prepare(
    `INSERT OR IGNORE INTO dataset_rule_exception (dataset, row_id, rule, accepted_at)
     SELECT k.dataset, p.value ->> 1, k.rule, k.accepted_at
     FROM json_each(?) p JOIN rule_exception_kept k ON k.dataset = ? AND k.row_id = p.value ->> 0`,
  ).run(pairs, dataset);
  // Rows that referred to the deleted row refer to it again — unless they were given another meanwhile.
  for (const ref of referencesTo(dataset))
    db.prepare(
      `UPDATE ${ref.def.table} SET ${ref.column} = (
         SELECT p.value ->> 1 FROM json_each(?) p JOIN reference_kept k
           ON k.dataset = ? AND k.row_id = p.value ->> 0 AND k.from_dataset = ? AND k.field = ?
         WHERE k.from_row_id = ${ref.def.table}.id)
       WHERE ${ref.column} IS NULL AND id IN (
         SELECT k.from_row_id FROM json_each(?) p JOIN reference_kept k
           ON k.dataset = ? AND k.row_id = p.value ->> 0 AND k.from_dataset = ? AND k.field = ?)`,
    ).run(pairs, dataset, ref.def.name, ref.field, pairs, dataset, ref.def.name, ref.field);
  forgetKept(
    db,
    dataset,
    moves.map((m) => m.from),
  );
}

/** Drops what was kept for these deleted rows: their delete can no longer be undone. */
export function forgetKept(db: Database.Database, dataset: DatasetName, ids: readonly number[]): void {
  if (!ids.length) return;
  const list = JSON.stringify(ids);
  for (const table of KEPT_TABLES)
    db.prepare(`DELETE FROM ${table} WHERE dataset = ? AND row_id IN (SELECT value FROM json_each(?))`).run(
      dataset,
      list,
    );
}

/**
 * Drops everything kept for undo: when a window's run starts on a store, or the context takes another
 * one, since no grid's undo survives that. A CLI command opening the same database leaves it alone.
 */
export function forgetAllKept(db: Database.Database): void {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence_link_kept'").get();
  if (!has) return; // a database opened with fewer migrations (tests of earlier migrations)
  for (const table of KEPT_TABLES) db.exec(`DELETE FROM ${table}`);
}
