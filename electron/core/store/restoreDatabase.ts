import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { AppContext } from '../appContext.js';
import { renameWithRetry } from '../files/writeFileAtomic.js';
import { errorFields, logEvent } from '../log/appLog.js';
import { backupDatabase } from './backupDatabase.js';
import {
  type BackupInfo,
  backupInfoOf,
  backupsDirFor,
  fsyncDir,
  removeDatabaseFile,
  sealDatabaseCopy,
  tempNameIn,
} from './backupFiles.js';
import { checkDatabaseFile } from './inspectDatabaseFile.js';
import { openStore, type Store } from './openStore.js';
import { renewDatabaseId } from './storeIdentity.js';

export interface RestoreResult {
  /** The backup of the state the restore replaced: restoring it undoes the restore. */
  previousState: BackupInfo;
  store: Store;
}

/** Only this process may have the database open while it is replaced (another window, a CLI run). */
function takeSoleUse(store: Store): void {
  try {
    // Leaving WAL mode needs every other connection gone: the one way SQLite tells us we are alone.
    store.db.pragma('busy_timeout = 500');
    store.db.pragma('journal_mode = DELETE');
  } catch (e) {
    logEvent('warn', 'restore.db-in-use', errorFields(e));
    throw new AppError(
      'DB_IN_USE',
      '数据库正被其他程序使用（另一个申报通窗口或命令行），无法恢复。请关闭它们后再试，未做任何修改。',
      { file: path.basename(store.path) },
    );
  } finally {
    store.db.pragma('busy_timeout = 5000');
  }
}

/** Puts `replacement` (a sealed copy beside the database) in the database's place, atomically. */
async function swapIn(replacement: string, dbPath: string): Promise<void> {
  for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(dbPath + side, { force: true });
  await renameWithRetry(replacement, dbPath);
  fsyncDir(path.dirname(dbPath));
}

/**
 * The database could not be opened (damaged, or from a newer version): it cannot be backed up
 * through SQLite, so the file itself (with its journal files) moves into the backups folder, kept
 * until the user deletes it — support may still recover something from it.
 */
function moveAsideUnopenable(dbPath: string, now: Date): BackupInfo {
  if (!fs.existsSync(dbPath))
    throw new AppError('DB_NOT_FOUND', '找不到要恢复到的数据库文件', { file: path.basename(dbPath) });
  const dir = backupsDirFor(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const target = path.join(dir, `${path.basename(dbPath).replace(/\.[^.]+$/, '')}-${stamp}-unopenable.sqlite`);
  for (const side of ['-wal', '-shm', '-journal'])
    if (fs.existsSync(dbPath + side)) fs.renameSync(dbPath + side, target + side);
  fs.renameSync(dbPath, target);
  fsyncDir(dir);
  logEvent('warn', 'restore.moved-unopenable', {});
  return backupInfoOf(target)!;
}

/** A sealed copy of `source` beside the database, ready to be renamed over it. */
function stagedCopy(source: string, dbPath: string): string {
  const tmp = tempNameIn(path.dirname(dbPath), path.basename(dbPath));
  try {
    fs.copyFileSync(source, tmp);
    sealDatabaseCopy(tmp);
    return tmp;
  } catch (e) {
    removeDatabaseFile(tmp);
    logEvent('error', 'restore.stage-failed', errorFields(e));
    if (e instanceof AppError) throw e;
    throw new AppError('RESTORE_FAILED', '无法复制备份文件（磁盘空间不足或没有写入权限），未做任何修改。', {
      file: path.basename(source),
    });
  }
}

/**
 * Restores the database from `source` (a backup, or any 申报通 database file): the file is checked
 * first and refused if damaged or from a newer version; the current state is backed up
 * ('before-restore'); then the checked copy replaces the database file in one rename, and the
 * database is opened again (older backups are upgraded, with their own pre-migration backup). A
 * crash at any step leaves either the old database or the restored one, never a mixture.
 */
export async function restoreDatabase(ctx: AppContext, source: string): Promise<RestoreResult> {
  const dbPath = ctx.store?.path ?? ctx.dbPath;
  const name = path.basename(source);
  if (path.resolve(source) === path.resolve(dbPath))
    throw new AppError('RESTORE_SAME_FILE', '不能用正在使用的数据库恢复它自己', { file: name });
  if (fs.existsSync(`${source}-wal`))
    throw new AppError(
      'RESTORE_SOURCE_IN_USE',
      `「${name}」旁边有未写完的日志文件，可能正被其他程序使用，不能用来恢复`,
      {
        file: name,
      },
    );
  const report = checkDatabaseFile(source, ctx.now());
  if (!report.ok) {
    throw new AppError(
      'BACKUP_NOT_RESTORABLE',
      `「${name}」不能用来恢复，未做任何修改：${report.summary}`,
      { file: name },
      report.items.filter((i) => !i.ok).flatMap((i) => i.problems.map((p) => ({ message: `${i.label}：${p}` }))),
    );
  }
  const staged = stagedCopy(source, dbPath);
  let previousState: BackupInfo;
  const store = ctx.store;
  try {
    if (store) {
      takeSoleUse(store);
      previousState = await backupDatabase(store.db, dbPath, 'before-restore', ctx.now());
    } else previousState = moveAsideUnopenable(dbPath, ctx.now());
  } catch (e) {
    removeDatabaseFile(staged);
    store?.db.pragma('journal_mode = WAL');
    throw e;
  }
  ctx.setStore(null);
  let restored: Store;
  try {
    await swapIn(staged, dbPath);
    restored = await openStore(dbPath, { appVersion: ctx.appVersion });
  } catch (e) {
    // The checked copy would not open: put the state from just before back, so the user is never
    // left without their database.
    logEvent('error', 'restore.failed', errorFields(e));
    removeDatabaseFile(staged);
    if (store) {
      await swapIn(stagedCopy(previousState.path, dbPath), dbPath);
      ctx.setStore(await openStore(dbPath, { appVersion: ctx.appVersion }));
    } else {
      removeDatabaseFile(dbPath);
      for (const side of ['-wal', '-shm', '-journal'])
        if (fs.existsSync(previousState.path + side)) fs.renameSync(previousState.path + side, dbPath + side);
      fs.renameSync(previousState.path, dbPath);
    }
    throw new AppError('RESTORE_FAILED', '恢复未完成，数据库保持恢复前的状态。', { file: name });
  }
  renewDatabaseId(restored.db);
  ctx.setStore(restored);
  logEvent('info', 'backup.restored', { fromBackup: name.endsWith('.sqlite') });
  return { previousState, store: restored };
}
