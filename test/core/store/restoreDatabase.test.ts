// Restoring a backup: checked first (a damaged or newer one changes nothing), the current state
// backed up so the restore can be undone, the file replaced in one step, a new identity so the
// keystroke journal of the replaced state is not replayed; refused while another program has it open.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { backupDatabase, listBackups } from '../../../electron/core/store/backupDatabase';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index';
import { openStore } from '../../../electron/core/store/openStore';
import { restoreDatabase } from '../../../electron/core/store/restoreDatabase';
import { databaseIdOf } from '../../../electron/core/store/storeIdentity';
import { AppError } from '../../../shared/api/apiError';
import { chosenFile } from '../support/chosenFile';
import { shownBytes } from '../support/outputBytes';
import { call, tempContext } from '../support/tempContext';

let t: ReturnType<typeof tempContext>;
beforeEach(async () => {
  t = tempContext();
  await call(t.ctx, 'store/createEmpty', { schoolName: '第一职业学校' });
});
afterEach(() => t.cleanup());

const enterprises = () =>
  (t.ctx.store!.db.prepare('SELECT name FROM enterprise ORDER BY id').all() as { name: string }[]).map((r) => r.name);
const addEnterprise = (name: string) => t.ctx.store!.db.prepare('INSERT INTO enterprise (name) VALUES (?)').run(name);

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('restoreDatabase', () => {
  it('restores, keeps the state it replaced as a backup, and restoring that undoes it', async () => {
    addEnterprise('甲公司');
    const backup = await backupDatabase(t.ctx.store!.db, t.ctx.dbPath, 'manual', t.ctx.now());
    addEnterprise('乙公司');
    const idBefore = databaseIdOf(t.ctx.store!.db);

    const r = await restoreDatabase(t.ctx, backup.path);
    expect(enterprises()).toEqual(['甲公司']);
    expect(r.previousState.reason).toBe('before-restore');
    expect(databaseIdOf(t.ctx.store!.db)).not.toBe(idBefore);
    expect(t.ctx.store!.db.pragma('journal_mode', { simple: true })).toBe('wal');

    await restoreDatabase(t.ctx, r.previousState.path);
    expect(enterprises()).toEqual(['甲公司', '乙公司']);
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('.') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    addEnterprise('甲公司');
    const backup = await backupDatabase(t.ctx.store!.db, t.ctx.dbPath, 'manual', t.ctx.now());
    const bytes = fs.readFileSync(backup.path);
    bytes.fill(0x7a, 4096 * 3, 4096 * 3 + 600); // garble part of a page
    fs.writeFileSync(backup.path, bytes);
    const before = listBackups(t.ctx.dbPath).length;
    const e = await refusal(restoreDatabase(t.ctx, backup.path));
    expect(e.code).toMatch(/^(BACKUP_NOT_RESTORABLE|DB_UNREADABLE)$/);
    expect(e.message).toMatch(/^「.*\.sqlite」/);
    expect(enterprises()).toEqual(['甲公司']);
    expect(listBackups(t.ctx.dbPath)).toHaveLength(before);
  });

  it('refuses a database from a newer version, and a file that is not a database', async () => {
    const newer = path.join(t.dir, 'newer.sqlite');
    const db = new Database(newer);
    db.exec(
      'CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT, app_version TEXT)',
    );
    db.prepare('INSERT INTO schema_migration VALUES (?, ?, ?, ?)').run(99, '0099_future', '2030', '9.0');
    db.exec("CREATE TABLE school (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO school VALUES (1, '未来')");
    db.close();
    const e = await refusal(restoreDatabase(t.ctx, newer));
    expect(e.details?.map((d) => d.message)).toContain(
      '数据结构版本：版本 0099_future 与本程序的 0001_school_enterprises_applications 不一致',
    );
    const text = path.join(t.dir, 'notes.sqlite');
    fs.writeFileSync(text, '这不是数据库');
    expect((await refusal(restoreDatabase(t.ctx, text))).code).toBe('DB_NOT_SQLITE');
    expect(t.ctx.store!.db.open).toBe(true);
  });

  it('refuses while another program has the database open, and leaves it working', async () => {
    const backup = await backupDatabase(t.ctx.store!.db, t.ctx.dbPath, 'manual', t.ctx.now());
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D=require(${JSON.stringify(require.resolve('better-sqlite3'))});const d=new D(${JSON.stringify(t.ctx.dbPath)});d.prepare('select 1').get();console.log('open');setTimeout(()=>{},30000)`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      const e = await refusal(restoreDatabase(t.ctx, backup.path));
      expect(e.code).toBe('DB_IN_USE');
      addEnterprise('仍可写入');
      expect(enterprises()).toEqual(['仍可写入']);
    } finally {
      holder.kill();
    }
  });

  it('restores over a database that cannot be opened, keeping the damaged file in the backups folder', async () => {
    addEnterprise('甲公司');
    const backup = await backupDatabase(t.ctx.store!.db, t.ctx.dbPath, 'manual', t.ctx.now());
    t.ctx.setStore(null);
    fs.writeFileSync(t.ctx.dbPath, Buffer.alloc(8192, 0x41)); // not SQLite any more
    await restoreDatabase(t.ctx, backup.path);
    expect(enterprises()).toEqual(['甲公司']);
    const kept = listBackups(t.ctx.dbPath).find((b) => b.reason === 'unopenable');
    expect(kept?.kind).toBe('manual');
    expect(fs.readFileSync(kept!.path).subarray(0, 4).toString()).toBe('AAAA');
  });

  it('keeps a 佐证 file a backup still lists, so restoring it brings the file back; deleting the backup frees it', async () => {
    addEnterprise('甲公司');
    const doc = await PDFDocument.create();
    doc.addPage();
    const pdf = Buffer.from(await doc.save());
    const item = await call(t.ctx, 'evidence/add', {
      dataset: 'enterprises',
      rowId: 1,
      file: chosenFile(t.ctx, '营业执照.pdf', pdf),
    });
    const file = path.join(t.dir, 'evidence', item.hash.slice(0, 2), item.hash);
    const backup = await backupDatabase(t.ctx.store!.db, t.ctx.dbPath, 'manual', t.ctx.now());
    await call(t.ctx, 'evidence/remove', { linkId: item.linkId });
    expect(fs.existsSync(file)).toBe(true);

    await restoreDatabase(t.ctx, backup.path);
    const got = await call(t.ctx, 'evidence/get', { hash: item.hash });
    expect(shownBytes(t.ctx, got.file).equals(pdf)).toBe(true);
    expect((await call(t.ctx, 'backup/checkDatabase', {})).ok).toBe(true);

    await call(t.ctx, 'evidence/remove', { linkId: item.linkId });
    for (const b of await call(t.ctx, 'backup/list', {}).then((r) => r.backups))
      await call(t.ctx, 'backup/delete', { id: b.id });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('upgrades a restored backup made by an older version', async () => {
    const old = path.join(t.dir, 'old', 'school.sqlite');
    fs.mkdirSync(path.dirname(old));
    const v1 = await openStore(old, { create: true, appVersion: 'old', migrations: MIGRATIONS.slice(0, 1) });
    v1.db.prepare("UPDATE school SET name = '旧版学校' WHERE id = 1").run();
    v1.close();
    await restoreDatabase(t.ctx, old);
    const versions = t.ctx.store!.db.prepare('SELECT max(version) AS v FROM schema_migration').get() as { v: number };
    expect(versions.v).toBe(MIGRATIONS.at(-1)!.version);
    expect((await call(t.ctx, 'store/status', {})).schoolName).toBe('旧版学校');
  });
});
