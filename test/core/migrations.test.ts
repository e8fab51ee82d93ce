import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listBackups } from '../../electron/core/store/backupDatabase';
import { MIGRATIONS } from '../../electron/core/store/migrations/index';
import { openStore } from '../../electron/core/store/openStore';
import { AppError } from '../../shared/api/apiError';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-migr-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

function userTables(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migration' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

// Values that satisfy the CHECK constraints of the schema.
const OVERRIDES: Record<string, string | number> = { hash: 'a'.repeat(64), mime: 'application/pdf', status: 'draft' };

/**
 * Puts one fully filled row into every table that is still empty, parents before children, so
 * that the next migration runs on a database that holds data everywhere.
 */
function fillEveryTable(db: Database.Database): Map<string, Record<string, unknown>[]> {
  const pending = userTables(db);
  for (let pass = 0; pass < 5 && pending.length; pass++) {
    for (const table of [...pending]) {
      const fks = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as {
        table: string;
        from: string;
        to: string;
      }[];
      if (fks.some((fk) => !db.prepare(`SELECT 1 FROM ${fk.table} LIMIT 1`).get())) continue;
      pending.splice(pending.indexOf(table), 1);
      if (db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get()) continue;
      const info = db.prepare(`PRAGMA table_info(${table})`).all() as ColumnInfo[];
      // Leave a rowid alias (a lone INTEGER PRIMARY KEY) to SQLite.
      const rowidAlias =
        info.filter((c) => c.pk).length === 1 ? info.find((c) => c.pk && c.type === 'INTEGER')?.name : undefined;
      const cols = info.filter((c) => c.name !== rowidAlias);
      const learned: Record<string, string | number> = {};
      const valueOf = (c: ColumnInfo) => {
        const fk = fks.find((f) => f.from === c.name);
        if (fk) return (db.prepare(`SELECT ${fk.to} AS v FROM ${fk.table} LIMIT 1`).get() as { v: unknown }).v;
        if (c.name in learned) return learned[c.name];
        if (c.name in OVERRIDES) return OVERRIDES[c.name];
        if (c.type === 'INTEGER') return 7;
        if (c.type === 'REAL') return 1.5;
        return `v_${c.name}`;
      };
      // A CHECK (col IN ('a', 'b')) of a later migration names an allowed value: learn it and retry.
      for (let attempt = 0; ; attempt++) {
        try {
          db.prepare(
            `INSERT INTO ${table} (${cols.map((c) => c.name).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
          ).run(...cols.map(valueOf));
          break;
        } catch (e) {
          const m = /CHECK constraint failed: (\w+) IN \('([^']*)'/.exec((e as Error).message);
          if (!m || attempt > 10) throw e;
          learned[m[1]] = m[2];
        }
      }
    }
  }
  expect(pending).toEqual([]);
  const snapshot = new Map<string, Record<string, unknown>[]>();
  for (const t of userTables(db))
    snapshot.set(t, sortRows(db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]));
  return snapshot;
}

// Tables may be WITHOUT ROWID: compare rows as sets.
function sortRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps, each named after its number', () => {
    // Backups, 学校数据包 and the newer-version checks take version N to mean the first N migrations.
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name.startsWith(String(m.version).padStart(4, '0') + '_')).toBe(true);
    });
  });

  for (let k = 1; k < MIGRATIONS.length; k++) {
    const m = MIGRATIONS[k];
    it(`${m.name} runs on a database made by the migrations before it and keeps its data`, async () => {
      const file = path.join(dir, `v${k}.sqlite`);
      const before = await openStore(file, { create: true, appVersion: 'test', migrations: MIGRATIONS.slice(0, k) });
      const snapshot = fillEveryTable(before.db);
      before.close();

      const after = await openStore(file, { appVersion: 'test', migrations: MIGRATIONS.slice(0, k + 1) });
      try {
        expect(after.migrationBackup).toBeDefined();
        expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(after.db.pragma('foreign_key_check')).toEqual([]);
        const versions = (
          after.db.prepare('SELECT version FROM schema_migration ORDER BY version').all() as { version: number }[]
        ).map((r) => r.version);
        expect(versions).toEqual(MIGRATIONS.slice(0, k + 1).map((x) => x.version));
        for (const [table, rows] of snapshot) {
          // Every old column keeps its value; new columns may be added beside them.
          const cols = Object.keys(rows[0] ?? {});
          const now = (after.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).map((r) =>
            Object.fromEntries(cols.map((c) => [c, r[c]])),
          );
          expect(sortRows(now), table).toEqual(rows);
        }
      } finally {
        after.close();
      }
    });
  }

  it('0007 drops 佐证材料 links whose record is gone, and from then on a deleted record takes its links with it', async () => {
    const file = path.join(dir, 'v6.sqlite');
    const k = MIGRATIONS.findIndex((m) => m.version === 7);
    const before = await openStore(file, { create: true, appVersion: 'test', migrations: MIGRATIONS.slice(0, k) });
    const db = before.db;
    db.prepare("INSERT INTO evidence_file (hash, name, mime, size) VALUES (?, 'a.pdf', 'application/pdf', 1)").run(
      'b'.repeat(64),
    );
    const ent = (name: string) =>
      Number(db.prepare('INSERT INTO enterprise (name) VALUES (?)').run(name).lastInsertRowid);
    const kept = ent('甲公司');
    const gone = ent('乙公司');
    const link = db.prepare('INSERT INTO evidence_link (dataset, row_id, hash) VALUES (?, ?, ?)');
    link.run('enterprises', kept, 'b'.repeat(64));
    link.run('enterprises', gone, 'b'.repeat(64));
    db.prepare('DELETE FROM enterprise WHERE id = ?').run(gone);
    before.close();

    const after = await openStore(file, { appVersion: 'test', migrations: MIGRATIONS.slice(0, k + 1) });
    try {
      const links = () =>
        (
          after.db
            .prepare("SELECT row_id AS r FROM evidence_link WHERE dataset = 'enterprises' ORDER BY row_id")
            .all() as { r: number }[]
        ).map((x) => x.r);
      expect(links()).toEqual([kept]);
      after.db.prepare('DELETE FROM enterprise WHERE id = ?').run(kept);
      expect(links()).toEqual([]);
    } finally {
      after.close();
    }
  });

  it('refuses (DB_TOO_NEW) a database whose schema is newer than the bundled migrations, and leaves the file as it was', async () => {
    const file = path.join(dir, 'new.sqlite');
    const full = await openStore(file, { create: true, appVersion: 'test' });
    full.close();
    const bytes = fs.readFileSync(file);
    const err = await openStore(file, { appVersion: 'test', migrations: MIGRATIONS.slice(0, 1) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_TOO_NEW');
    expect((err as AppError).message).toContain(MIGRATIONS.at(-1)!.name);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('backs up a version-1 database before upgrading it, and the backup is still at version 1', async () => {
    const file = path.join(dir, 'v1.sqlite');
    const v1 = await openStore(file, { create: true, appVersion: 'test', migrations: MIGRATIONS.slice(0, 1) });
    v1.db.prepare("INSERT INTO enterprise (name) VALUES ('老合作企业')").run();
    v1.close();
    const store = await openStore(file, { appVersion: 'test' });
    store.close();
    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    expect(path.basename(backups[0].path)).toContain('before-migration-0002');
    const copy = new Database(backups[0].path, { readonly: true });
    try {
      expect((copy.prepare('SELECT max(version) v FROM schema_migration').get() as { v: number }).v).toBe(1);
      expect((copy.prepare('SELECT name FROM enterprise').get() as { name: string }).name).toBe('老合作企业');
    } finally {
      copy.close();
    }
  });

  it('stamps the upgrade and its backup with the clock it is given (the context clock), not the PC clock', async () => {
    const file = path.join(dir, 'clock.sqlite');
    const v1 = await openStore(file, { create: true, appVersion: 'test', migrations: MIGRATIONS.slice(0, 1) });
    v1.close();
    const fixed = new Date('2025-03-01T02:03:04.000Z');
    const store = await openStore(file, { appVersion: 'test', now: () => fixed });
    const stamps = store.db.prepare('SELECT DISTINCT applied_at AS at FROM schema_migration WHERE version > 1').all();
    store.close();
    expect(stamps).toEqual([{ at: fixed.toISOString() }]);
    expect(path.basename(listBackups(file)[0].path)).toBe('clock-20250301-020304-before-migration-0002.sqlite');
  });
});
