// Backups by kind: the copy from before a schema upgrade must survive any number of imports; the
// change backups keep the newest 10; one daily backup per day for 14 days. No file is left beside a
// backup, and a backup killed half-way is gone at the next open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { backupDatabase, listBackups } from '../../../electron/core/store/backupDatabase';
import { backupsToPrune } from '../../../electron/core/store/backupRotation';
import { openStore } from '../../../electron/core/store/openStore';
import { sweepStoreLeftovers } from '../../../electron/core/store/sweepStoreLeftovers';

let dir: string;
let db: Database.Database;
const dbPath = () => path.join(dir, 'school.sqlite');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-rotation-'));
  db = new Database(dbPath());
  db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('一')");
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const at = (day: number, hour = 9) => new Date(Date.UTC(2025, 2, day, hour));
const reasons = () => listBackups(dbPath()).map((b) => b.reason);

describe('backup rotation by kind', () => {
  it('keeps every pre-migration backup through 12 imports, and only the newest 10 import backups', async () => {
    await backupDatabase(db, dbPath(), 'before-migration-0010', at(1));
    for (let i = 0; i < 12; i++) await backupDatabase(db, dbPath(), 'before-import', at(2, i));
    expect(reasons().filter((r) => r === 'before-migration-0010')).toHaveLength(1);
    const imports = listBackups(dbPath()).filter((b) => b.reason === 'before-import');
    expect(imports).toHaveLength(10);
    expect(imports.at(-1)!.createdAt).toBe(at(2, 2).toISOString());
  });

  it('keeps one daily backup per day, for 14 days', async () => {
    for (let day = 1; day <= 20; day++) {
      await backupDatabase(db, dbPath(), 'daily', at(day, 1));
      await backupDatabase(db, dbPath(), 'daily', at(day, 5));
    }
    const daily = listBackups(dbPath()).filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(14);
    expect(new Set(daily.map((b) => b.createdAt.slice(0, 10))).size).toBe(14);
    expect(daily.at(-1)!.createdAt.slice(0, 10)).toBe('2025-03-07');
  });

  it('keeps manual backups and rotates restore backups with the other changes', () => {
    const b = (reason: string, kind: 'manual' | 'change', day: number) => ({
      path: `/x/${reason}${day}`,
      fileName: `${reason}${day}`,
      reason,
      kind,
      createdAt: at(day).toISOString(),
      sizeBytes: 1,
    });
    const list = [
      b('manual', 'manual', 1),
      ...Array.from({ length: 11 }, (_, i) => b('before-restore', 'change', i + 2)),
    ];
    expect(backupsToPrune(list, at(20)).map((x) => x.fileName)).toEqual(['before-restore2']);
  });
});

describe('backup files', () => {
  it('leaves nothing beside a backup, and the backup opens without creating -wal/-shm', async () => {
    const b = await backupDatabase(db, dbPath(), 'before-import', at(3));
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([b.fileName]);
    const header = fs.readFileSync(b.path).subarray(18, 20);
    expect([...header]).toEqual([1, 1]); // rollback journal, not WAL
    const copy = new Database(b.path, { readonly: true });
    expect((copy.prepare('SELECT v FROM t').get() as { v: string }).v).toBe('一');
    copy.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([b.fileName]);
  });

  it('removes what a backup killed half-way and older versions left, at the next open', async () => {
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const dead = '.school-20250301-080000-before-import.sqlite.999999011-0a0b0c0d.tmp';
    const live = `.school-20250301-080001-before-import.sqlite.${process.pid}-0a0b0c0d.tmp`;
    const legacy = [
      'school-20250301-070000-before-import.sqlite.tmp',
      'school-20250301-070000-before-import.sqlite.tmp-wal',
    ];
    for (const f of [dead, `${dead}-journal`, live, ...legacy]) fs.writeFileSync(path.join(backups, f), 'x');
    db.close();
    const store = await openStore(dbPath(), { appVersion: 'test', migrations: [] });
    store.close();
    db = new Database(dbPath());
    expect(fs.readdirSync(backups)).toEqual([live]);
    expect(sweepStoreLeftovers(dbPath())).toEqual([]);
  });
});
