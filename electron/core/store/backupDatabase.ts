import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { renameWithRetry } from '../files/writeFileAtomic.js';
import { errorFields, logEvent } from '../log/appLog.js';
import {
  type BackupInfo,
  backupInfoOf,
  backupsDirFor,
  fsyncDir,
  removeDatabaseFile,
  sealDatabaseCopy,
  tempNameIn,
} from './backupFiles.js';
import { pruneBackups } from './backupRotation.js';
import { collectEvidenceGarbage } from './evidenceKeptByBackups.js';

export { type BackupInfo, backupsDirFor, listBackups } from './backupFiles.js';

/**
 * Online backup through SQLite's backup API into a temporary name, made standalone and checked
 * (sealDatabaseCopy), then renamed into place: a half-written backup never carries a final name and
 * nothing is left beside it. Then the folder is rotated by kind (backupRotation).
 */
export async function backupDatabase(
  db: Database.Database,
  dbPath: string,
  reason: string,
  now: Date,
): Promise<BackupInfo> {
  const dir = backupsDirFor(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const base = `${path.basename(dbPath).replace(/\.[^.]+$/, '')}-${stamp}-${reason}`;
  let final = path.join(dir, `${base}.sqlite`);
  // '~N' marks a second backup in the same second: a reason may itself end in '-0002'.
  for (let i = 2; fs.existsSync(final); i++) final = path.join(dir, `${base}~${i}.sqlite`);
  const tmp = tempNameIn(dir, path.basename(final));
  try {
    await db.backup(tmp);
    sealDatabaseCopy(tmp);
    await renameWithRetry(tmp, final);
    fsyncDir(dir);
  } catch (e) {
    removeDatabaseFile(tmp);
    logEvent('error', 'backup.failed', { reason, ...errorFields(e) });
    if (e instanceof AppError) throw e;
    const full = (e as NodeJS.ErrnoException).code === 'ENOSPC' || /full/i.test((e as Error).message);
    throw new AppError(
      'BACKUP_FAILED',
      full ? '磁盘空间不足，无法备份数据库，未做任何修改。请清理磁盘后重试。' : '备份数据库失败，未做任何修改。',
      { file: path.basename(final) },
    );
  }
  const info = backupInfoOf(final)!;
  logEvent('info', 'backup.created', { reason, kind: info.kind, bytes: info.sizeBytes });
  pruneBackups(dir, now);
  collectEvidenceGarbage(db, dbPath);
  return info;
}
