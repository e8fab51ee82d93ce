import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listBackups } from '../../../electron/core/store/backupDatabase';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index';
import { openStore } from '../../../electron/core/store/openStore';
import { AppError } from '../../../shared/api/apiError';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-store-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function expectAppError(p: Promise<unknown>, code: string): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

describe('openStore', () => {
  it('creates a database in WAL mode with foreign keys and every migration recorded', async () => {
    const file = path.join(dir, 'school.sqlite');
    const store = await openStore(file, { create: true, appVersion: 'test' });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = store.db
      .prepare('SELECT version FROM schema_migration ORDER BY version')
      .all()
      .map((r) => (r as { version: number }).version);
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    store.close();
  });

  it('refuses a missing file unless asked to create it, naming the file', async () => {
    const file = path.join(dir, 'nope.sqlite');
    const e = await expectAppError(openStore(file, { appVersion: 'test' }), 'DB_NOT_FOUND');
    expect(e.message).toContain(file);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a folder and a folder that does not exist', async () => {
    await expectAppError(openStore(dir, { create: true, appVersion: 'test' }), 'DB_PATH_INVALID');
    await expectAppError(
      openStore(path.join(dir, 'missing', 'x.sqlite'), { create: true, appVersion: 'test' }),
      'DB_PATH_INVALID',
    );
  });

  it('refuses a file that is not a database and leaves it untouched', async () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, '这不是数据库，只是一段文字。'.repeat(10));
    const before = fs.readFileSync(file);
    const e = await expectAppError(openStore(file, { appVersion: 'test' }), 'DB_NOT_SQLITE');
    expect(e.message).toMatch(/不是/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database made by a newer version of the app and changes nothing', async () => {
    const file = path.join(dir, 'newer.sqlite');
    const store = await openStore(file, { create: true, appVersion: 'test' });
    store.db
      .prepare(
        "INSERT INTO schema_migration (version, name, applied_at, app_version) VALUES (9999, '9999_future', 'x', '9.0')",
      )
      .run();
    store.close();
    const e = await expectAppError(openStore(file, { appVersion: 'test' }), 'DB_TOO_NEW');
    expect(e.message).toContain('9999');
    const db = new Database(file, { readonly: true });
    expect((db.prepare('SELECT count(*) n FROM schema_migration').get() as { n: number }).n).toBe(
      MIGRATIONS.length + 1,
    );
    db.close();
  });

  it('backs up an existing database before running new migrations on it', async () => {
    const file = path.join(dir, 'old.sqlite');
    const first = await openStore(file, { create: true, appVersion: 'test', migrations: MIGRATIONS.slice(0, 1) });
    first.db.prepare("UPDATE school SET name = '旧学校' WHERE id = 1").run();
    first.close();
    const extra = {
      version: 1000,
      name: '1000_test_extra',
      up: (db: Database.Database) => db.exec('CREATE TABLE extra_test (id INTEGER PRIMARY KEY)'),
    };
    const store = await openStore(file, { appVersion: 'test', migrations: [MIGRATIONS[0], extra] });
    expect(store.migrationBackup).toBeDefined();
    store.close();
    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    const copy = new Database(backups[0].path, { readonly: true });
    expect((copy.prepare('SELECT name FROM school').get() as { name: string }).name).toBe('旧学校');
    expect(copy.prepare("SELECT 1 FROM sqlite_master WHERE name = 'extra_test'").get()).toBeUndefined();
    copy.close();
  });

  it('rolls back a failing migration with its version record', async () => {
    const file = path.join(dir, 'fail.sqlite');
    const bad = {
      version: 1000,
      name: '1000_bad',
      up: (db: Database.Database) => db.exec('CREATE TABLE half (id INTEGER); SELECT * FROM no_such_table;'),
    };
    await expectAppError(
      openStore(file, { create: true, appVersion: 'test', migrations: [MIGRATIONS[0], bad] }),
      'MIGRATION_FAILED',
    );
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect((db.prepare('SELECT max(version) v FROM schema_migration').get() as { v: number }).v).toBe(1);
    db.close();
  });
});
