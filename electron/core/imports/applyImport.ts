import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import {
  columnOf,
  type DatasetDef,
  type FieldDef,
  TEXT_FIELD_TYPES,
} from '../../../shared/datasets/datasetDefinition.js';
import type { FieldValue } from '../../../shared/datasets/validateFieldValue.js';
import { setRuleExceptions } from '../datasets/ruleExceptionRepo.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { existingKeys, importKeyCandidates, rowKeyOf } from './importKeys.js';
import { problemsError } from './importProblem.js';
import { type ImportProgressSink, yieldForProgress } from './importProgress.js';
import type { PreparedImport } from './previewImport.js';

export interface ApplyResult {
  batchId: number;
  inserted: number;
  updated: number;
  backupPath: string;
}

function stored(f: FieldDef, v: FieldValue | undefined): string | number | null {
  if (v === null || v === undefined) return TEXT_FIELD_TYPES.has(f.type) ? '' : null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

export function tableColumns(db: Database.Database, table: string): Set<string> {
  return new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
}

/** The columns whose values say what a row is: every field column the table has, plus year. */
export function snapshotColumns(db: Database.Database, def: DatasetDef): string[] {
  const have = tableColumns(db, def.table);
  const cols = def.fields.map((f) => columnOf(f.key)).filter((c) => have.has(c));
  return def.yearly && have.has('year') && !cols.includes('year') ? ['year', ...cols] : cols;
}

/**
 * Writes a validated import: an automatic backup first, then one transaction that records the
 * batch, updates rows matched by the data set's key fields (keeping their previous values) and
 * inserts the rest with one prepared statement. Any failure rolls everything back.
 */
export async function applyImport(
  db: Database.Database,
  dbPath: string,
  def: DatasetDef,
  p: PreparedImport,
  now: Date,
  onProgress?: ImportProgressSink,
): Promise<ApplyResult> {
  if (p.parsed.problemCount > 0) throw problemsError(p.parsed.problems, p.parsed.problemCount, p.fileName);
  const have = tableColumns(db, def.table);
  if (!have.size) throw new AppError('IMPORT_NO_TABLE', `数据库中还没有「${def.label}」数据表，请先升级数据库`);
  const fields = p.parsed.mappedFields;
  const missing = fields.filter((f) => !have.has(columnOf(f.key)));
  if (missing.length)
    throw new Error(`table ${def.table} lacks columns ${missing.map((f) => columnOf(f.key)).join(', ')}`);
  onProgress?.({ stage: 'backup', label: '正在自动备份数据库', done: 0, total: null });
  const backup = await backupDatabase(db, dbPath, 'before-import', now);
  if (onProgress) {
    onProgress({ stage: 'write', label: `正在写入 ${p.parsed.rows.length} 行`, done: 0, total: p.parsed.rows.length });
    await yieldForProgress();
  }

  // Everything below is synchronous: no transaction is ever held open across an await.
  const cols = fields.map((f) => columnOf(f.key));
  // A new row's field that takes another's value when the file has no column for it (指标代码 ← 指标名称).
  const defaulted = def.fields.filter(
    (f) => f.defaultFrom && !fields.includes(f) && fields.some((x) => x.key === f.defaultFrom),
  );
  const snapCols = snapshotColumns(db, def);
  const snapExpr = `json_array(${snapCols.join(', ')})`;
  const yearly = def.yearly && have.has('year');
  const insertCols = [...(yearly ? ['year'] : []), ...cols, ...defaulted.map((f) => columnOf(f.key))];
  const insert = db.prepare(
    `INSERT INTO ${def.table} (${insertCols.join(', ')}) VALUES (${insertCols.map(() => '?').join(', ')})`,
  );
  const setList = [
    ...cols.map((c) => `${c} = ?`),
    ...(have.has('updated_at') ? ["updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"] : []),
  ];
  const update = setList.length ? db.prepare(`UPDATE ${def.table} SET ${setList.join(', ')} WHERE id = ?`) : null;
  const before = db.prepare(`SELECT ${snapExpr} AS j FROM ${def.table} WHERE id = ?`);
  const recordUpdate = db.prepare(
    "INSERT INTO import_batch_row (batch_id, row_id, action, before_json) VALUES (?, ?, 'update', ?)",
  );

  const cands = importKeyCandidates(
    def,
    db,
    fields.map((f) => f.key),
  );
  const existing = existingKeys(db, def, cands);

  const run = db.transaction(() => {
    const batchId = Number(
      db
        .prepare(
          'INSERT INTO import_batch (dataset, year, file_name, sheet, sha256, columns_json, backup_path, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          def.name,
          p.year ?? null,
          p.fileName,
          p.sheet.name,
          p.sha256,
          JSON.stringify(snapCols),
          backup.path,
          now.toISOString(),
        ).lastInsertRowid,
    );
    let inserted = 0;
    let firstNew = Infinity;
    let lastNew = -Infinity;
    const updatedIds = new Set<number>();
    for (const row of p.parsed.rows) {
      const vals = fields.map((f) => stored(f, row.values[f.key]));
      let targetId: number | undefined;
      if (def.single) targetId = 1;
      else {
        const key = rowKeyOf(cands, row.values, yearly ? row.year : undefined);
        if (key) targetId = existing.get(key.text);
      }
      if (targetId !== undefined && update) {
        if (!updatedIds.has(targetId)) {
          const prev = before.get(targetId) as { j: string } | undefined;
          if (!prev) throw new AppError('IMPORT_ROW_MISSING', `「${def.label}」第 ${targetId} 号记录不存在`);
          recordUpdate.run(batchId, targetId, prev.j);
          updatedIds.add(targetId);
        }
        update.run(...vals, targetId);
        if (row.accepted) setRuleExceptions(db, def.name, targetId, row.accepted, now);
      } else {
        const extra = defaulted.map((f) => stored(f, row.values[f.defaultFrom!]));
        const args = yearly ? [row.year ?? null, ...vals, ...extra] : [...vals, ...extra];
        const id = Number(insert.run(...args).lastInsertRowid);
        if (row.accepted) setRuleExceptions(db, def.name, id, row.accepted, now);
        if (id < firstNew) firstNew = id;
        if (id > lastNew) lastNew = id;
        inserted++;
      }
    }
    // New ids are all above every earlier id, so the range holds exactly this batch's inserts.
    if (inserted) {
      db.prepare(
        `INSERT INTO import_batch_row (batch_id, row_id, action, after_json) SELECT ?, id, 'insert', ${snapExpr} FROM ${def.table} WHERE id BETWEEN ? AND ?`,
      ).run(batchId, firstNew, lastNew);
    }
    if (updatedIds.size) {
      db.prepare(
        `UPDATE import_batch_row SET after_json = (SELECT ${snapExpr} FROM ${def.table} t WHERE t.id = import_batch_row.row_id) WHERE batch_id = ? AND action = 'update'`,
      ).run(batchId);
    }
    db.prepare('UPDATE import_batch SET inserted_count = ?, updated_count = ? WHERE id = ?').run(
      inserted,
      updatedIds.size,
      batchId,
    );
    return { batchId, inserted, updated: updatedIds.size };
  });
  try {
    return { ...run(), backupPath: backup.path };
  } catch (e) {
    if (e instanceof AppError) throw e;
    const msg = (e as Error).message;
    if (/UNIQUE constraint failed/.test(msg)) {
      throw new AppError(
        'IMPORT_DUPLICATE',
        `导入的数据与「${def.label}」中已有的记录重复（${msg.replace(/^.*failed: /, '')}），未导入任何数据`,
        { file: p.fileName },
      );
    }
    if (/constraint failed/i.test(msg)) {
      throw new AppError('IMPORT_CONSTRAINT', `导入的数据不符合「${def.label}」的约束（${msg}），未导入任何数据`, {
        file: p.fileName,
      });
    }
    throw e;
  }
}
