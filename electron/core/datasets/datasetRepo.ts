import type Database from 'better-sqlite3';

import { AppError, type ErrorPlace } from '../../../shared/api/apiError.js';
import {
  columnOf,
  type DatasetDef,
  type DatasetRow,
  type FieldDef,
  TEXT_FIELD_TYPES,
} from '../../../shared/datasets/datasetDefinition.js';
import { type FieldValue, parseFieldValue } from '../../../shared/datasets/validateFieldValue.js';
import { checkSaveRules } from './checkSaveRules.js';
import { checkRestores, forgetKept, keepForUndo, restoreKept } from './keptForUndo.js';
import { setRuleExceptions } from './ruleExceptionRepo.js';

export interface RowProblem {
  message: string;
  where: ErrorPlace;
}

// Text columns are NOT NULL DEFAULT '': an emptied text cell is stored as ''.
function toStored(f: FieldDef | undefined, v: FieldValue): string | number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null && f && TEXT_FIELD_TYPES.has(f.type)) return '';
  return v;
}

// Prepared statements are reused per connection: a 20,000-row save prepares each shape once.
const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let byDb = statementCache.get(db);
  if (!byDb) statementCache.set(db, (byDb = new Map<string, Database.Statement>()));
  let st = byDb.get(sql);
  if (!st) {
    st = db.prepare(sql);
    if (byDb.size > 500) byDb.clear();
    byDb.set(sql, st);
  }
  return st;
}

/** A stored row (snake_case columns) as the API gives it: field keys, booleans as true/false. */
interface RowReader {
  /** SELECT list that names each column by its field key, so rows need no renaming. */
  select: string;
  booleanKeys: string[];
}
const readers = new WeakMap<DatasetDef, RowReader>();

function readerFor(def: DatasetDef): RowReader {
  let r = readers.get(def);
  if (!r) {
    const cols = ['id', ...(def.yearly ? ['year'] : []), ...def.fields.map((f) => `${columnOf(f.key)} AS "${f.key}"`)];
    r = { select: cols.join(', '), booleanKeys: def.fields.filter((f) => f.type === 'boolean').map((f) => f.key) };
    readers.set(def, r);
  }
  return r;
}

function finishRow(reader: RowReader, row: DatasetRow): DatasetRow {
  for (const k of reader.booleanKeys) {
    const v = row[k];
    row[k] = v === null || v === undefined ? null : v === 1;
  }
  return row;
}

/** Rows of a data set (of one year when yearly, or all years when `year` is 'all'), in id order. */
export function listRows(db: Database.Database, def: DatasetDef, year?: number | 'all'): DatasetRow[] {
  if (def.yearly && year === undefined)
    throw new AppError('YEAR_REQUIRED', `「${def.label}」按年度保存，请指定统计年度`);
  const reader = readerFor(def);
  const byYear = def.yearly && year !== 'all';
  const sql = `SELECT ${reader.select} FROM ${def.table}${byYear ? ' WHERE year = ?' : ''} ORDER BY ${def.yearly ? 'year, ' : ''}id`;
  const rows = (byYear ? cachedStatement(db, sql).all(year) : cachedStatement(db, sql).all()) as DatasetRow[];
  if (reader.booleanKeys.length) for (const r of rows) finishRow(reader, r);
  return rows;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A new row's fields left empty that take another field's value (指标代码 ← 指标名称). */
function withDefaults(def: DatasetDef, row: DatasetRow): DatasetRow {
  if (row.id !== undefined && row.id !== null) return row;
  let out = row;
  for (const f of def.fields) {
    if (f.defaultFrom && isEmpty(row[f.key]) && !isEmpty(row[f.defaultFrom]))
      out = { ...out, [f.key]: row[f.defaultFrom] };
  }
  return out;
}

/**
 * Validates every cell of every row first (values typed by a user: money in 元), and returns all
 * problems with their row and column. Only when there are none does it write, in one transaction.
 */
export function validateRows(
  def: DatasetDef,
  rows: readonly DatasetRow[],
  opts: { moneyInFen?: boolean; rowNumberOf?: (i: number) => number } = {},
) {
  const problems: RowProblem[] = [];
  const clean: DatasetRow[] = [];
  rows.forEach((given, i) => {
    const row = withDefaults(def, given);
    const out: DatasetRow = {};
    if (row.id !== undefined && row.id !== null) out.id = row.id;
    if (def.yearly && row.year !== undefined) out.year = row.year;
    for (const f of def.fields) {
      if (!(f.key in row)) continue;
      const r = parseFieldValue(f, row[f.key], { moneyInFen: opts.moneyInFen });
      if (r.ok) out[f.key] = r.value;
      else
        problems.push({
          message: r.message,
          where: { row: opts.rowNumberOf ? opts.rowNumberOf(i) : i + 1, column: f.label, field: f.key },
        });
    }
    for (const f of def.fields) {
      if (f.required && row.id === undefined && !(f.key in row)) {
        problems.push({
          message: `「${f.label}」不能为空`,
          where: { row: opts.rowNumberOf ? opts.rowNumberOf(i) : i + 1, column: f.label, field: f.key },
        });
      }
    }
    clean.push(out);
  });
  return { rows: clean, problems };
}

export interface SaveChanges {
  upserts: readonly DatasetRow[];
  deletes?: readonly number[];
  year?: number;
  moneyInFen?: boolean;
  /** Rules accepted as exceptions for upserts[index] (replacing the row's earlier ones). */
  exceptions?: readonly { index: number; rules: readonly string[] }[];
  /**
   * Deleted rows that upserts[index] (a new row) brings back (撤销 of 删除行): it is stored under its
   * old id when that is free, and gets the 佐证 links and exceptions kept when it was deleted.
   */
  restores?: readonly { index: number; id: number }[];
  /** Keep the deleted rows' links and exceptions for a later restore (the grid's saves do). */
  keepDeleted?: boolean;
  /** Deleted rows whose kept links and exceptions can go: their delete can no longer be undone. */
  forget?: readonly number[];
  now?: Date;
}

/** All or nothing: any invalid cell refuses the whole save with every problem listed. Returns ids of upserted rows in order. */
export function saveRows(db: Database.Database, def: DatasetDef, changes: SaveChanges): number[] {
  if (def.yearly && changes.year === undefined)
    throw new AppError('YEAR_REQUIRED', `「${def.label}」按年度保存，请指定统计年度`);
  const { rows, problems } = validateRows(def, changes.upserts, { moneyInFen: changes.moneyInFen });
  const accepted = new Map((changes.exceptions ?? []).map((x) => [x.index, x.rules]));
  for (const rules of accepted.values()) {
    const unknown = rules.find((r) => !def.rules?.some((x) => x.id === r));
    if (unknown !== undefined)
      throw new AppError('UNKNOWN_RULE', `「${def.label}」没有名为「${unknown}」的数据规则`, { field: 'exceptions' });
  }
  const restoreOf = checkRestores(db, def, rows, changes.restores ?? [], accepted);
  if (!problems.length) problems.push(...checkSaveRules(db, def, rows, accepted));
  if (problems.length) {
    throw new AppError(
      'INVALID_ROWS',
      `「${def.label}」有 ${problems.length} 处数据不合格，未保存任何修改`,
      problems[0].where,
      problems,
    );
  }
  const ids: number[] = [];
  // Rows of one save usually share a shape (the same keys): build each statement's SQL once.
  const shapes = new Map<
    string,
    { fields: FieldDef[]; insert: Database.Statement; restore: Database.Statement; update: Database.Statement | null }
  >();
  const shapeOf = (row: DatasetRow) => {
    const fields = def.fields.filter((f) => f.key in row);
    const key = fields.map((f) => f.key).join(',');
    let shape = shapes.get(key);
    if (!shape) {
      const cols = fields.map((f) => columnOf(f.key));
      const allCols = def.yearly ? ['year', ...cols] : cols;
      const insertSql = allCols.length
        ? `INSERT INTO ${def.table} (${allCols.join(', ')}) VALUES (${allCols.map(() => '?').join(', ')})`
        : `INSERT INTO ${def.table} DEFAULT VALUES`;
      const set = cols.map((c) => `${c} = ?`);
      const updateSql = def.single
        ? cols.length
          ? `UPDATE ${def.table} SET ${set.join(', ')} WHERE id = ?`
          : null
        : `UPDATE ${def.table} SET ${[...set, "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"].join(', ')} WHERE id = ?${def.yearly ? ' AND year = ?' : ''}`;
      const restoreSql = `INSERT INTO ${def.table} (${['id', ...allCols].join(', ')}) VALUES (${['id', ...allCols].map(() => '?').join(', ')})`;
      shape = {
        fields,
        insert: cachedStatement(db, insertSql),
        restore: cachedStatement(db, restoreSql),
        update: updateSql ? cachedStatement(db, updateSql) : null,
      };
      shapes.set(key, shape);
    }
    return shape;
  };
  /** A UNIQUE failure of one row names that row and its key field (资产编号 …), as the grid numbers it. */
  const duplicateAt = (e: unknown, index: number): unknown => {
    const msg = e instanceof Error ? e.message : '';
    const m = /UNIQUE constraint failed: (.*)$/.exec(msg);
    if (!m) return e;
    const cols = m[1].split(',').map((c) => c.trim().replace(/^.*\./, ''));
    const fields = cols.map((c) => def.fields.find((f) => columnOf(f.key) === c)).filter((f) => f !== undefined);
    const named = fields.map((f) => `「${f.label}」${String(rows[index][f.key] ?? '')}`).join('、');
    const last = fields.at(-1);
    return new AppError(
      'DUPLICATE',
      `「${def.label}」中已有${named ? ` ${named} ` : '相同'}的记录`,
      { row: index + 1, field: last?.key, column: last?.label },
      [
        {
          message: `${named || '这一行'}与已有的记录重复`,
          where: { row: index + 1, field: last?.key, column: last?.label },
        },
      ],
    );
  };
  const moves: { from: number; to: number }[] = [];
  const tx = db.transaction(() => {
    // Deletions first: a row deleted and typed again (same 资产编号) in one save is not a duplicate.
    if (changes.keepDeleted && changes.deletes?.length) {
      if (!changes.now) throw new Error('saveRows: keeping deleted rows needs the clock (changes.now)');
      keepForUndo(db, def.name, changes.deletes, changes.now);
    }
    for (const id of changes.deletes ?? []) {
      cachedStatement(db, `DELETE FROM ${def.table} WHERE id = ?${def.yearly ? ' AND year = ?' : ''}`).run(
        id,
        ...(def.yearly ? [changes.year] : []),
      );
    }
    for (const [index, row] of rows.entries()) {
      try {
        writeRow(row, restoreOf.get(index));
      } catch (e) {
        throw duplicateAt(e, index);
      }
    }
    // Kept links and exceptions first, so exceptions sent with the row keep their first acceptance time.
    restoreKept(db, def.name, moves);
    for (const [index, rules] of accepted) {
      if (!changes.now) throw new Error('saveRows: accepted exceptions need the clock (changes.now)');
      if (ids[index] !== undefined) setRuleExceptions(db, def.name, ids[index], rules, changes.now);
    }
    forgetKept(db, def.name, changes.forget ?? []);
  });
  const isFree = (id: number) => !cachedStatement(db, `SELECT 1 FROM ${def.table} WHERE id = ?`).get(id);
  function writeRow(row: DatasetRow, restoreId: number | undefined): void {
    const shape = shapeOf(row);
    const vals = shape.fields.map((f) => toStored(f, row[f.key] as FieldValue));
    if (row.id !== undefined) {
      if (def.single) {
        shape.update?.run(...vals, row.id);
        ids.push(row.id);
        return;
      }
      const info = shape.update!.run(...vals, row.id, ...(def.yearly ? [changes.year] : []));
      if (info.changes === 0)
        throw new AppError('ROW_NOT_FOUND', `「${def.label}」中找不到第 ${row.id} 号记录，可能已被删除`, {
          field: 'id',
        });
      ids.push(row.id);
    } else {
      const year = def.yearly ? [changes.year] : [];
      // Back under its old id unless a new row has taken it meanwhile (then under a new one).
      const info =
        restoreId !== undefined && isFree(restoreId)
          ? shape.restore.run(restoreId, ...year, ...vals)
          : shape.insert.run(...year, ...vals);
      ids.push(Number(info.lastInsertRowid));
      if (restoreId !== undefined) moves.push({ from: restoreId, to: Number(info.lastInsertRowid) });
    }
  }
  try {
    tx();
  } catch (e) {
    if (e instanceof AppError) throw e;
    const msg = (e as Error).message;
    if (/UNIQUE constraint failed/.test(msg))
      throw new AppError(
        'DUPLICATE',
        `「${def.label}」中已有相同的记录（${msg.replace(/^.*failed: /, '')}），未保存任何修改`,
      );
    if (/FOREIGN KEY constraint failed/.test(msg))
      throw new AppError(
        'FOREIGN_KEY',
        `「${def.label}」中有记录引用了不存在的记录（如实训场所编号），或要删除的记录仍被引用，未保存任何修改`,
      );
    throw e;
  }
  return ids;
}
