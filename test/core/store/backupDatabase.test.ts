import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { backupDatabase, listBackups } from '../../../electron/core/store/backupDatabase';

let dir: string;
let db: Database.Database;
const dbPath = () => path.join(dir, 'school.sqlite');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-backup-'));
  db = new Database(dbPath());
  db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('一')");
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backups', () => {
  it('lists a reason that ends in a number whole (before-migration-0002)', async () => {
    const made = await backupDatabase(db, dbPath(), 'before-migration-0002', new Date('2025-03-01T08:00:00Z'));
    expect(made.reason).toBe('before-migration-0002');
    expect(listBackups(dbPath()).map((b) => b.reason)).toEqual(['before-migration-0002']);
  });

  it('keeps two backups of the same second apart, each listed with its own reason', async () => {
    const at = new Date('2025-03-01T08:00:00Z');
    const a = await backupDatabase(db, dbPath(), 'before-import', at);
    db.exec("INSERT INTO t VALUES ('二')");
    const b = await backupDatabase(db, dbPath(), 'before-import', at);
    const c = await backupDatabase(db, dbPath(), 'before-migration-0003', at);
    expect(new Set([a.path, b.path, c.path]).size).toBe(3);
    expect(path.basename(b.path)).toMatch(/before-import~2\.sqlite$/);
    expect(
      listBackups(dbPath())
        .map((x) => x.reason)
        .sort(),
    ).toEqual(['before-import', 'before-import', 'before-migration-0003']);
    // The second one holds the later state: the first was not overwritten.
    const rows = (p: string) => {
      const copy = new Database(p, { readonly: true });
      try {
        return (copy.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
      } finally {
        copy.close();
      }
    };
    expect([rows(a.path), rows(b.path)]).toEqual([1, 2]);
  });
});
