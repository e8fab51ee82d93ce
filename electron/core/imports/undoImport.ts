import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { columnOf } from '../../../shared/datasets/datasetDefinition.js';
import { findDataset } from '../../../shared/datasets/datasetRegistry.js';
import { scalarText } from '../../../shared/format/scalarText.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { getImportBatch } from './importBatchRepo.js';

/** 「资产编号 A001」 for a changed row, from what the import wrote. */
function describeRow(
  columns: string[],
  afterJson: string | null,
  labelOf: (col: string) => string | undefined,
  keyCols: string[],
  id: number,
): string {
  if (afterJson) {
    const vals = JSON.parse(afterJson) as unknown[];
    const at = (c: string) => {
      const i = columns.indexOf(c);
      return i >= 0 && vals[i] !== null && vals[i] !== '' ? scalarText(vals[i]) : null;
    };
    const key = keyCols.find((c) => at(c) !== null);
    const parts = key ? [`${labelOf(key) ?? key} ${at(key)}`] : [];
    if (key !== 'name' && at('name') !== null) parts.push(at('name')!);
    if (parts.length) return parts.join(' ');
  }
  return `第 ${id} 号记录`;
}

/**
 * Undoes one import batch in one transaction: deletes the rows it inserted and restores the
 * previous values of rows it updated. Refused, changing nothing, when any of those rows was edited
 * or deleted since (undoing would silently throw that work away).
 */
export async function undoImport(
  db: Database.Database,
  dbPath: string,
  batchId: number,
  now: Date,
): Promise<{ batchId: number; deleted: number; restored: number }> {
  const batch = getImportBatch(db, batchId);
  if (!batch) throw new AppError('IMPORT_BATCH_NOT_FOUND', `找不到第 ${batchId} 次导入的记录`);
  if (batch.status === 'undone')
    throw new AppError('IMPORT_ALREADY_UNDONE', `第 ${batchId} 次导入（${batch.fileName}）已经撤销过了`);
  const def = findDataset(batch.dataset);
  if (!def) throw new AppError('UNKNOWN_DATASET', `没有这个数据集：${batch.dataset}`);
  const columns = JSON.parse(batch.columnsJson) as string[];
  const snapExpr = `json_array(${columns.map((c) => `t.${c}`).join(', ')})`;
  const changedSql = `FROM import_batch_row b LEFT JOIN ${def.table} t ON t.id = b.row_id WHERE b.batch_id = ? AND (t.id IS NULL OR ${snapExpr} IS NOT b.after_json)`;
  const changedCount = (db.prepare(`SELECT count(*) AS n ${changedSql}`).get(batchId) as { n: number }).n;
  if (changedCount) {
    const sample = db
      .prepare(`SELECT b.row_id AS id, b.after_json AS a, t.id IS NULL AS gone ${changedSql} LIMIT 5`)
      .all(batchId) as { id: number; a: string | null; gone: number }[];
    const labelOf = (col: string) => (col === 'year' ? '年度' : def.fields.find((f) => columnOf(f.key) === col)?.label);
    const keyCols = (def.keyFields ?? []).map(columnOf);
    const list = sample
      .map((r) => `${describeRow(columns, r.a, labelOf, keyCols, r.id)}${r.gone ? '（已删除）' : '（已修改）'}`)
      .join('、');
    throw new AppError(
      'IMPORT_CHANGED_SINCE',
      `第 ${batchId} 次导入（${batch.fileName}）之后，「${def.label}」中有 ${changedCount} 条由它导入或更新的记录又被修改或删除了（${list}${changedCount > 5 ? ' 等' : ''}）。为免丢失这些修改，不能撤销这次导入；如确需还原，请从导入前的自动备份恢复。`,
    );
  }
  await backupDatabase(db, dbPath, 'before-undo-import', now);
  const run = db.transaction(() => {
    const deleted = db
      .prepare(
        `DELETE FROM ${def.table} WHERE id IN (SELECT row_id FROM import_batch_row WHERE batch_id = ? AND action = 'insert')`,
      )
      .run(batchId).changes;
    const restore = db.prepare(
      `UPDATE ${def.table} SET ${columns.map((c, i) => `${c} = json_extract(@j, '$[${i}]')`).join(', ')} WHERE id = @id`,
    );
    const updates = db
      .prepare("SELECT row_id AS id, before_json AS j FROM import_batch_row WHERE batch_id = ? AND action = 'update'")
      .all(batchId) as { id: number; j: string }[];
    for (const u of updates) restore.run({ j: u.j, id: u.id });
    db.prepare("UPDATE import_batch SET status = 'undone', undone_at = ? WHERE id = ?").run(now.toISOString(), batchId);
    return { batchId, deleted, restored: updates.length };
  });
  try {
    return run();
  } catch (e) {
    if (/FOREIGN KEY constraint failed/.test((e as Error).message)) {
      throw new AppError(
        'IMPORT_UNDO_REFERENCED',
        `第 ${batchId} 次导入的记录已被其他数据引用（例如被教师、获奖等记录关联），不能撤销；请先解除这些关联。未做任何修改。`,
      );
    }
    throw e;
  }
}
