import type Database from 'better-sqlite3';
import { AppError, type ErrorPlace } from '../../../shared/api/apiError.js';
import { columnOf, type DatasetDef, type DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { parseFieldValue, type FieldValue } from '../../../shared/datasets/validateFieldValue.js';

export interface RowProblem {
  message: string;
  where: ErrorPlace;
}

function toStored(v: FieldValue): string | number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

function fromStored(def: DatasetDef, raw: Record<string, unknown>): DatasetRow {
  const row: DatasetRow = { id: raw.id as number };
  if (def.yearly) row.year = raw.year as number;
  for (const f of def.fields) {
    const v = raw[columnOf(f.key)];
    row[f.key] = f.type === 'boolean' ? (v === null || v === undefined ? null : v === 1) : (v as string | number | null);
  }
  return row;
}

/** Rows of a data set (of one year when yearly), in id order. */
export function listRows(db: Database.Database, def: DatasetDef, year?: number): DatasetRow[] {
  if (def.yearly && year === undefined) throw new AppError('YEAR_REQUIRED', `「${def.label}」按年度保存，请指定统计年度`);
  const sql = def.yearly ? `SELECT * FROM ${def.table} WHERE year = ? ORDER BY id` : `SELECT * FROM ${def.table} ORDER BY id`;
  const rows = (def.yearly ? db.prepare(sql).all(year) : db.prepare(sql).all()) as Record<string, unknown>[];
  return rows.map((r) => fromStored(def, r));
}

/**
 * Validates every cell of every row first (values typed by a user: money in 元), and returns all
 * problems with their row and column. Only when there are none does it write, in one transaction.
 */
export function validateRows(def: DatasetDef, rows: readonly DatasetRow[], opts: { moneyInFen?: boolean; rowNumberOf?: (i: number) => number } = {}) {
  const problems: RowProblem[] = [];
  const clean: DatasetRow[] = [];
  rows.forEach((row, i) => {
    const out: DatasetRow = {};
    if (row.id !== undefined && row.id !== null) out.id = row.id;
    if (def.yearly && row.year !== undefined) out.year = row.year;
    for (const f of def.fields) {
      if (!(f.key in row)) continue;
      const r = parseFieldValue(f, row[f.key], { moneyInFen: opts.moneyInFen });
      if (r.ok) out[f.key] = r.value;
      else problems.push({ message: r.message, where: { row: opts.rowNumberOf ? opts.rowNumberOf(i) : i + 1, column: f.label, field: f.key } });
    }
    for (const f of def.fields) {
      if (f.required && row.id === undefined && !(f.key in row)) {
        problems.push({ message: `「${f.label}」不能为空`, where: { row: opts.rowNumberOf ? opts.rowNumberOf(i) : i + 1, column: f.label, field: f.key } });
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
}

/** All or nothing: any invalid cell refuses the whole save with every problem listed. Returns ids of upserted rows in order. */
export function saveRows(db: Database.Database, def: DatasetDef, changes: SaveChanges): number[] {
  if (def.yearly && changes.year === undefined) throw new AppError('YEAR_REQUIRED', `「${def.label}」按年度保存，请指定统计年度`);
  const { rows, problems } = validateRows(def, changes.upserts, { moneyInFen: changes.moneyInFen });
  if (problems.length) {
    throw new AppError('INVALID_ROWS', `「${def.label}」有 ${problems.length} 处数据不合格，未保存任何修改`, problems[0].where, problems);
  }
  const ids: number[] = [];
  const tx = db.transaction(() => {
    for (const row of rows) {
      const keys = def.fields.map((f) => f.key).filter((k) => k in row);
      const cols = keys.map(columnOf);
      const vals = keys.map((k) => toStored(row[k] as FieldValue));
      if (row.id !== undefined) {
        if (def.single) {
          if (cols.length) db.prepare(`UPDATE ${def.table} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...vals, row.id);
          ids.push(row.id as number);
          continue;
        }
        const set = cols.map((c) => `${c} = ?`);
        const info = db
          .prepare(`UPDATE ${def.table} SET ${[...set, "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"].join(', ')} WHERE id = ?${def.yearly ? ' AND year = ?' : ''}`)
          .run(...vals, row.id, ...(def.yearly ? [changes.year] : []));
        if (info.changes === 0) throw new AppError('ROW_NOT_FOUND', `「${def.label}」中找不到第 ${row.id} 号记录，可能已被删除`, { field: 'id' });
        ids.push(row.id as number);
      } else {
        const allCols = def.yearly ? ['year', ...cols] : cols;
        const allVals = def.yearly ? [changes.year, ...vals] : vals;
        const info = db.prepare(`INSERT INTO ${def.table} (${allCols.join(', ')}) VALUES (${allCols.map(() => '?').join(', ')})`).run(...allVals);
        ids.push(Number(info.lastInsertRowid));
      }
    }
    for (const id of changes.deletes ?? []) {
      db.prepare(`DELETE FROM ${def.table} WHERE id = ?${def.yearly ? ' AND year = ?' : ''}`).run(id, ...(def.yearly ? [changes.year] : []));
    }
  });
  try {
    tx();
  } catch (e) {
    if (e instanceof AppError) throw e;
    const msg = (e as Error).message;
    if (/UNIQUE constraint failed/.test(msg)) throw new AppError('DUPLICATE', `「${def.label}」中已有相同的记录（${msg.replace(/^.*failed: /, '')}），未保存任何修改`);
    throw e;
  }
  return ids;
}
