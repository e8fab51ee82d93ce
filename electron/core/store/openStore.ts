import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { systemClock } from '../clock/systemClock.js';
import { errorFields, logEvent } from '../log/appLog.js';
import { backupDatabase, type BackupInfo } from './backupDatabase.js';
import { applyMigrations, pendingMigrations } from './migrateDatabase.js';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations/index.js';
import { sweepStoreLeftovers } from './sweepStoreLeftovers.js';

export interface Store {
  db: Database.Database;
  path: string;
  /** The backup taken before this open's migrations, if any ran on existing data. */
  migrationBackup?: BackupInfo;
  close(): void;
}

export interface OpenStoreOptions {
  /** Create the file when missing (first run, `cli init`). Otherwise a missing file is an error. */
  create?: boolean;
  appVersion: string;
  migrations?: readonly Migration[];
  /** The clock for the migration backup's name and the migrations' applied-at stamps. */
  now?: () => Date;
  /**
   * Runs before the first pending migration (and its backup): an entry point that skipped preparing
   * its data folder (a read-only CLI command) sets up the log and the temporary-file ledger here.
   */
  beforeMigration?: () => void;
}

const SQLITE_HEADER = 'SQLite format 3\0';

function checkPath(file: string, create: boolean): void {
  if (!file || typeof file !== 'string') throw new AppError('DB_PATH_INVALID', '未指定数据库文件路径');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f<>|"?*]/.test(file.replace(/^[A-Za-z]:/, ''))) {
    throw new AppError('DB_PATH_INVALID', `数据库路径含有不允许的字符：${file}`, { file });
  }
  const exists = fs.existsSync(file);
  if (exists && fs.statSync(file).isDirectory()) {
    throw new AppError('DB_PATH_INVALID', `数据库路径指向的是文件夹，不是文件：${file}`, { file });
  }
  if (!exists) {
    if (!create) throw new AppError('DB_NOT_FOUND', `找不到数据库文件：${file}`, { file });
    const dir = path.dirname(file);
    if (!fs.existsSync(dir)) throw new AppError('DB_PATH_INVALID', `数据库所在文件夹不存在：${dir}`, { file });
    return;
  }
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    if (n > 0 && (n < 16 || buf.toString('latin1') !== SQLITE_HEADER)) {
      throw new AppError('DB_NOT_SQLITE', `文件不是申报通数据库（不是 SQLite 格式），未做任何修改：${file}`, { file });
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens (or creates) a school database: WAL, foreign keys, synchronous=FULL (offices lose power),
 * refuses files from a newer app, backs up before migrating existing data.
 */
export async function openStore(file: string, opts: OpenStoreOptions): Promise<Store> {
  // A backup or restore killed half-way left its temporary copy: gone before anything else happens
  // (and a restore killed mid-swap puts the database back first, so the path check finds it).
  sweepStoreLeftovers(file);
  checkPath(file, !!opts.create);
  const walPath = `${file}-wal`;
  const uncleanShutdown = fs.existsSync(walPath) && fs.statSync(walPath).size > 0;
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (e) {
    logEvent('error', 'store.open-failed', errorFields(e));
    throw new AppError('DB_OPEN_FAILED', '无法打开数据库文件（没有读写权限，或文件被其他程序占用）', { file });
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    if (uncleanShutdown) {
      const r = db.pragma('integrity_check', { simple: true });
      logEvent(r === 'ok' ? 'info' : 'error', 'store.unclean-shutdown-check', { ok: r === 'ok' });
      if (r !== 'ok')
        throw new AppError(
          'DB_CORRUPT',
          '数据库上次未正常关闭，完整性检查未通过，数据库已损坏，未做任何修改。请从备份恢复（命令行：npm run cli -- backup list 列出备份，再用 backup restore 恢复）。',
          {
            file,
          },
        );
    }
    const pending = pendingMigrations(db, opts.migrations ?? MIGRATIONS, file);
    let migrationBackup: BackupInfo | undefined;
    if (pending.length) opts.beforeMigration?.();
    const hasData =
      (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as { n: number }).n > 0;
    if (pending.length && hasData) {
      migrationBackup = await backupDatabase(
        db,
        file,
        `before-migration-${String(pending[0].version).padStart(4, '0')}`,
        (opts.now ?? systemClock)(),
      );
    }
    applyMigrations(db, pending, opts.appVersion, file, opts.now ?? systemClock);
    return {
      db,
      path: file,
      migrationBackup,
      close() {
        if (!db.open) return;
        try {
          db.pragma('wal_checkpoint(TRUNCATE)');
        } finally {
          db.close();
        }
      },
    };
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    const msg = (e as Error).message;
    logEvent('error', 'store.open-failed', errorFields(e));
    if (/not a database|malformed/i.test(msg)) {
      throw new AppError('DB_NOT_SQLITE', '文件已损坏或不是申报通数据库，未做任何修改。请从备份恢复。', { file });
    }
    throw new AppError('DB_OPEN_FAILED', '无法打开数据库文件（没有读写权限、磁盘已满，或文件被其他程序占用）', {
      file,
    });
  }
}
