import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { logEvent } from '../log/appLog.js';
import type { Migration } from './migration.js';

export interface AppliedMigration {
  version: number;
  name: string;
}

export function ensureMigrationTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    app_version TEXT NOT NULL
  )`);
}

export function appliedMigrations(db: Database.Database): AppliedMigration[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migration'").get();
  if (!exists) return [];
  return db.prepare('SELECT version, name FROM schema_migration ORDER BY version').all() as AppliedMigration[];
}

/**
 * The applied migrations must be a prefix of the bundled list; anything else means a newer app
 * (or a different program) made this database, and touching it could lose data.
 */
export function pendingMigrations(db: Database.Database, bundled: readonly Migration[], file: string): Migration[] {
  const applied = appliedMigrations(db);
  for (let i = 0; i < applied.length; i++) {
    const known = bundled[i];
    if (!known || known.version !== applied[i].version || known.name !== applied[i].name) {
      const newest = applied[applied.length - 1];
      throw new AppError(
        'DB_TOO_NEW',
        `此数据库由更新版本的申报通创建（数据结构版本 ${String(newest.version).padStart(4, '0')}「${newest.name}」），本程序只认识到版本 ${String(bundled.at(-1)?.version ?? 0).padStart(4, '0')}。请安装新版本后再打开，数据库未做任何修改。`,
        { file },
      );
    }
  }
  return bundled.slice(applied.length);
}

/** Each migration and its version record commit in one transaction, then the database is checked. */
export function applyMigrations(
  db: Database.Database,
  pending: readonly Migration[],
  appVersion: string,
  file: string,
  now: () => Date,
): void {
  ensureMigrationTable(db);
  const record = db.prepare(
    'INSERT INTO schema_migration (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)',
  );
  for (const m of pending) {
    try {
      db.transaction(() => {
        m.up(db);
        record.run(m.version, m.name, now().toISOString(), appVersion);
      })();
    } catch (e) {
      throw new AppError('MIGRATION_FAILED', `升级数据库到版本 ${m.name} 失败，已回滚：${(e as Error).message}`, {
        file,
      });
    }
  }
  if (pending.length) {
    logEvent('info', 'store.migrated', {
      from: pending[0].version - 1,
      to: pending[pending.length - 1].version,
      migrations: pending.map((m) => m.name).join(','),
      appVersion,
    });
    const ok = db.pragma('integrity_check', { simple: true });
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (ok !== 'ok' || fk.length) {
      throw new AppError('DB_CORRUPT', `数据库升级后完整性检查未通过（${String(ok)}，外键问题 ${fk.length} 处）`, {
        file,
      });
    }
  }
}
