import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { childTables, insertRow, type Row } from './applicationChildren.js';
import { getApplication } from './applicationRepo.js';

// Deleting an application keeps it whole in application_trash (and takes a backup first), so the
// history can bring it back the way 导入记录 undoes an import. The tables hanging on an application
// are found from the schema's foreign keys, so a later migration's child table travels along.

interface TrashSnapshot {
  application: Row;
  /** Child rows by table, application_id and their own rowid left out. */
  children: Record<string, Row[]>;
}

export interface TrashedApplication {
  id: number;
  applicationId: number;
  packId: string;
  title: string;
  deletedAt: string;
  backupPath: string;
  restoredAt: string | null;
  restoredId: number | null;
}

/** Backs up, then moves the application and everything hanging on it into the trash, in one transaction. */
export async function trashApplication(
  db: Database.Database,
  dbPath: string,
  id: number,
  now: Date,
): Promise<{ trashId: number; backupPath: string }> {
  const app = getApplication(db, id);
  const backup = await backupDatabase(db, dbPath, 'before-application-delete', now);
  const trashId = db.transaction(() => {
    const snapshot: TrashSnapshot = {
      application: db.prepare('SELECT * FROM application WHERE id = ?').get(id) as Row,
      children: {},
    };
    for (const c of childTables(db))
      snapshot.children[c.table] = (db.prepare(`SELECT * FROM ${c.table} WHERE ${c.column} = ?`).all(id) as Row[]).map(
        (r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== c.column && k !== c.rowid)),
      );
    const tid = Number(
      db
        .prepare(
          'INSERT INTO application_trash (application_id, pack_id, title, snapshot_json, backup_path, deleted_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, app.packId, app.title, JSON.stringify(snapshot), backup.path, now.toISOString()).lastInsertRowid,
    );
    db.prepare('DELETE FROM application WHERE id = ?').run(id);
    return tid;
  })();
  return { trashId, backupPath: backup.path };
}

const SELECT = `SELECT id, application_id AS applicationId, pack_id AS packId, title, deleted_at AS deletedAt,
  backup_path AS backupPath, restored_at AS restoredAt, restored_id AS restoredId FROM application_trash`;

export function listTrash(db: Database.Database, packId?: string): TrashedApplication[] {
  return (
    packId
      ? db.prepare(`${SELECT} WHERE pack_id = ? ORDER BY id DESC`).all(packId)
      : db.prepare(`${SELECT} ORDER BY id DESC`).all()
  ) as TrashedApplication[];
}

/**
 * Brings a deleted application back, under its old number when that is free, in one transaction.
 * 佐证材料 picks whose file has since left the 材料库 are skipped and counted.
 */
export function restoreApplication(
  db: Database.Database,
  trashId: number,
  now: Date,
): { applicationId: number; title: string; skippedEvidence: number } {
  const t = db.prepare('SELECT * FROM application_trash WHERE id = ?').get(trashId) as
    { application_id: number; title: string; snapshot_json: string; restored_at: string | null } | undefined;
  if (!t) throw new AppError('TRASH_NOT_FOUND', `删除记录中没有第 ${trashId} 条`, { field: 'trashId' });
  if (t.restored_at)
    throw new AppError('ALREADY_RESTORED', `申报「${t.title}」已于 ${t.restored_at.slice(0, 10)} 恢复过了`, {
      field: 'trashId',
    });
  const snapshot = JSON.parse(t.snapshot_json) as TrashSnapshot;
  return db.transaction(() => {
    const free = !db.prepare('SELECT 1 FROM application WHERE id = ?').get(t.application_id);
    const row = { ...snapshot.application };
    if (!free) delete row.id;
    insertRow(db, 'application', row);
    const newId = free
      ? t.application_id
      : Number((db.prepare('SELECT last_insert_rowid() AS id').get() as { id: number }).id);
    let skippedEvidence = 0;
    for (const c of childTables(db)) {
      for (const r of snapshot.children[c.table] ?? []) {
        if (
          c.table === 'application_evidence' &&
          !db.prepare('SELECT 1 FROM evidence_file WHERE hash = ?').get(r.hash)
        ) {
          skippedEvidence++;
          continue;
        }
        insertRow(db, c.table, { ...r, [c.column]: newId });
      }
    }
    db.prepare('UPDATE application_trash SET restored_at = ?, restored_id = ? WHERE id = ?').run(
      now.toISOString(),
      newId,
      trashId,
    );
    return { applicationId: newId, title: t.title, skippedEvidence };
  })();
}
