import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { type AppContext, createAppContext } from '../../../electron/core/appContext.js';
import { sha256Hex } from '../../../electron/core/bundles/bundleZipWriter.js';
import {
  placeStagedPackage,
  restoreSchoolPackageFile,
} from '../../../electron/core/schoolPackage/restoreSchoolPackage.js';
import { stageSchoolPackage } from '../../../electron/core/schoolPackage/stageSchoolPackage.js';
import { backupsDirFor } from '../../../electron/core/store/backupDatabase.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import type { CallName, OutputOf } from '../../../shared/api/contract.js';
import { rawZip } from '../bundles/rawZip.js';
import { entriesOf, repackTo, smallPackage } from './packageFixtures.js';

const contexts: AppContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.store?.close();
});

const restore = (file: string, target: string, replace = false) =>
  restoreSchoolPackageFile(file, path.basename(file), target, { replace, appVersion: '0.1.0-test', now: new Date() });

type Manifest = {
  appVersion: string;
  schemaVersion: number;
  school: { name: unknown };
  files: { path: string; sha256: string; size: number }[];
};

/** The package again with its manifest edited (file hashes left as they were unless `edit` changes them). */
async function withManifest(file: string, edit: (m: Manifest) => void, out = `${file}.edited.sbtdata`) {
  const entries = await entriesOf(file);
  const me = entries.find((e) => e.path === 'manifest.json')!;
  const m = JSON.parse(me.bytes.toString('utf8')) as Manifest;
  edit(m);
  return repackTo(
    out,
    entries.map((e) => (e === me ? { ...e, bytes: Buffer.from(JSON.stringify(m)) } : e)),
  );
}

/** The package with its database changed by `sql` and the manifest's hash updated to match. */
async function withDatabase(file: string, sql: string) {
  const entries = await entriesOf(file);
  const dbEntry = entries.find((e) => e.path === 'school.sqlite')!;
  const tmp = `${file}.db`;
  fs.writeFileSync(tmp, dbEntry.bytes);
  const db = new Database(tmp);
  db.exec(sql);
  db.close();
  const bytes = fs.readFileSync(tmp);
  const me = entries.find((e) => e.path === 'manifest.json')!;
  const m = JSON.parse(me.bytes.toString('utf8')) as Manifest;
  const f = m.files.find((x) => x.path === 'school.sqlite')!;
  f.sha256 = sha256Hex(bytes);
  f.size = bytes.length;
  return repackTo(
    `${file}.db.sbtdata`,
    entries.map((e) =>
      e === dbEntry ? { ...e, bytes } : e === me ? { ...e, bytes: Buffer.from(JSON.stringify(m)) } : e,
    ),
  );
}

/** Refused with `pattern`; the target folder holds nothing new (no database, no staging, no evidence). */
async function expectRefused(file: string, pattern: RegExp) {
  const target = path.join(path.dirname(file), `t-${Math.random().toString(36).slice(2)}`, 'school.sqlite');
  await expect(restore(file, target)).rejects.toThrow(pattern);
  const dir = path.dirname(target);
  expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
}

describe('school import refuses a bad package, naming the entry, and changes nothing', () => {
  it('a damaged entry (CRC), a truncated file, a hash that does not match', async () => {
    const { file } = await smallPackage();
    const bytes = fs.readFileSync(file);
    // Evidence PDFs are stored: flip a byte inside one.
    const ev = (await entriesOf(file)).find((e) => e.path.startsWith('evidence/'))!;
    const flipped = Buffer.from(bytes);
    flipped[flipped.indexOf(ev.bytes) + 10] ^= 0x01;
    fs.writeFileSync(`${file}.crc`, flipped);
    await expectRefused(`${file}.crc`, new RegExp(`「${ev.path}」已损坏（CRC 校验值不符），已拒绝导入`));
    fs.writeFileSync(`${file}.cut`, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(`${file}.cut`, /不是有效的学校数据包|已损坏/);
    const entries = await entriesOf(file);
    const changed = await repackTo(
      `${file}.hash.sbtdata`,
      entries.map((e) =>
        e === entries.find((x) => x.path === ev.path) ? { ...e, bytes: Buffer.from(e.bytes).fill(0x20, 0, 4) } : e,
      ),
    );
    await expectRefused(changed, new RegExp(`「${ev.path}」与清单记录的 SHA-256 校验值不符`));
  });

  it('two entries whose names differ only in letter case; a file no package has', async () => {
    const { file } = await smallPackage();
    const entries = await entriesOf(file);
    const raw = entries.map((e) => ({ name: e.path, data: e.bytes }));
    fs.writeFileSync(`${file}.case`, rawZip([...raw, { name: 'SCHOOL.sqlite', data: Buffer.from('x') }]));
    await expectRefused(`${file}.case`, /「school\.sqlite」和「SCHOOL\.sqlite」只差字母大小写/);
    fs.writeFileSync(`${file}.extra`, rawZip([...raw, { name: 'evidence/ab/run.exe', data: Buffer.from('MZ') }]));
    await expectRefused(`${file}.extra`, /「evidence\/ab\/run\.exe」不是申报通写入的/);
  });

  it('a package from a newer app version, naming the version', async () => {
    const { file } = await smallPackage();
    const newer = await withManifest(file, (m) => {
      m.appVersion = '3.2.0';
      m.schemaVersion = 99;
    });
    await expectRefused(
      newer,
      /由更新版本的申报通 3\.2\.0 制作（数据结构版本 0099），本程序（0\.1\.0-test）不能读取。请先把申报通升级到 3\.2\.0/,
    );
    // The schema inside says newer too, even when the manifest does not.
    const inside = await withDatabase(
      file,
      "INSERT INTO schema_migration (version, name, applied_at, app_version) VALUES (9999, '9999_future', '', '3.2.0')",
    );
    await expectRefused(inside, /由更新版本的申报通 0\.1\.0-test 制作（数据结构版本 9999「9999_future」）/);
    // It names the newest version this program knows (a migration number; numbers may skip).
    const newest = String(MIGRATIONS.at(-1)!.version).padStart(4, '0');
    await expectRefused(inside, new RegExp(`本程序（0\\.1\\.0-test）只认识到版本 ${newest}。`));
  });

  it('a package this program made restores (its schema version is the newest migration number)', async () => {
    const { file } = await smallPackage();
    const target = path.join(path.dirname(file), 'same-version', 'school.sqlite');
    const r = await restore(file, target);
    expect(r).toBeTruthy();
    expect(fs.existsSync(target)).toBe(true);
  });

  it('values of the wrong type, naming the table, record and field; a schema that is not ours', async () => {
    const { file } = await smallPackage();
    await expectRefused(
      await withManifest(file, (m) => (m.school.name = 1e308)),
      /manifest\.json 内容不正确：字段「school\.name」应为文本/,
    );
    await expectRefused(
      await withDatabase(file, "UPDATE major_group SET approved_year = 'abc'"),
      /表「专业群」第 1 条记录的「立项年份」应为整数，却是文字 abc/,
    );
    await expectRefused(
      await withDatabase(file, "UPDATE major_group SET name = X'3165333038'"),
      /表「专业群」第 1 条记录的「专业群名称」应为文字，却是二进制数据/,
    );
    await expectRefused(
      await withDatabase(file, "UPDATE application SET params_json = '[1'"),
      /表「application」第 1 条记录的「申报参数」不是有效的数据/,
    );
    await expectRefused(
      await withDatabase(file, 'CREATE TRIGGER t AFTER INSERT ON teacher BEGIN DELETE FROM enterprise; END'),
      /中多出了申报通没有的 trigger t/,
    );
  });

  it('a zip bomb, before inflating it', async () => {
    const { file } = await smallPackage();
    const raw = (await entriesOf(file)).map((e) => ({ name: e.path, data: e.bytes }));
    const bomb = rawZip([
      ...raw,
      { name: `evidence/aa/${'a'.repeat(64)}`, data: Buffer.alloc(40 * 1024 * 1024), deflate: true },
    ]);
    fs.writeFileSync(`${file}.bomb`, bomb);
    const t0 = performance.now();
    await expectRefused(`${file}.bomb`, /压缩比异常/);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('restoring over an existing school', () => {
  it('is refused without --replace; with it, backs up first and replaces all of it', async () => {
    const { dir, file, source } = await smallPackage();
    source.store!.close();
    const target = path.join(dir, 'other', 'school.sqlite');
    fs.mkdirSync(path.dirname(target));
    const other = new Database(target);
    other.exec("CREATE TABLE school (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO school VALUES (1, '另一所学校')");
    other.close();
    const original = fs.readFileSync(target);
    await expect(restore(file, target)).rejects.toThrow(/数据库文件已存在且有数据.*请加 --replace/);
    expect(fs.readFileSync(target).equals(original)).toBe(true);

    const r = await restore(file, target, true);
    expect(r.backup?.path).toMatch(/before-school-restore\.sqlite$/);
    const backup = new Database(r.backup!.path, { readonly: true });
    expect(backup.prepare('SELECT name FROM school').get()).toEqual({ name: '另一所学校' });
    backup.close();
    const now = new Database(target, { readonly: true });
    expect(now.prepare('SELECT name FROM school').get()).toEqual({ name: '河南示例职业技术学院' });
    now.close();
  });

  it('is all or nothing: when the database cannot be put in place, the old one and the evidence folder stay as they were', async () => {
    const { dir, file } = await smallPackage();
    const target = path.join(dir, 'kept', 'school.sqlite');
    fs.mkdirSync(path.dirname(target));
    const old = new Database(target);
    old.exec("CREATE TABLE school (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO school VALUES (1, '原来的学校')");
    old.close();
    const before = fs.readFileSync(target);
    const staged = await stageSchoolPackage(file, 'school.sbtdata', path.dirname(target), '0.1.0-test');
    expect(staged.evidence.size).toBe(2);
    // The staged database vanishes (a disk error, a virus scanner): its rename fails after the evidence went in.
    fs.rmSync(staged.dbPath);
    await expect(placeStagedPackage(staged, target)).rejects.toThrow(/恢复未完成，原有数据未改动/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    const evidence = path.join(path.dirname(target), 'evidence');
    expect(
      fs.existsSync(evidence) ? fs.readdirSync(evidence).flatMap((d) => fs.readdirSync(path.join(evidence, d))) : [],
    ).toEqual([]);
    expect(fs.readdirSync(path.dirname(target)).filter((f) => f.includes('replaced'))).toEqual([]);
    fs.rmSync(staged.dir, { recursive: true, force: true });
  });

  it('replaces a database SQLite cannot read after copying it aside as it is', async () => {
    const { dir, file } = await smallPackage();
    const target = path.join(dir, 'broken', 'school.sqlite');
    fs.mkdirSync(path.dirname(target));
    const junk = Buffer.from('SQLite format 3\0 but damaged beyond reading');
    fs.writeFileSync(target, junk);
    const r = await restore(file, target, true);
    expect(r.backup?.path).toMatch(/before-school-restore-unreadable\.sqlite$/);
    expect(fs.readFileSync(r.backup!.path).equals(junk)).toBe(true);
    const now = new Database(target, { readonly: true });
    expect(now.prepare('SELECT name FROM school').get()).toEqual({ name: '河南示例职业技术学院' });
    now.close();
  });

  it('in the app: the core reads the chosen package where it lies, confirms, and the school is replaced', async () => {
    const { dir, file, source } = await smallPackage();
    const call = async <K extends CallName>(ctx: AppContext, name: K, input: unknown) => {
      const r = await dispatchCall(ctx, name, input);
      if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
      return r.value as OutputOf<K>;
    };
    // Export through the API: the package waits in the outbox, named by a token (no bytes in the answer).
    const made = await call(source, 'schoolPackage/export', {});
    expect(made.file.fileName).toMatch(/^河南示例职业技术学院 学校数据包 \d{8}\.sbtdata$/);
    expect(made.notice).toContain('请勿上传');
    expect(JSON.stringify(made).length).toBeLessThan(4000);
    const saved = path.join(dir, 'saved.sbtdata');
    await source.files.deliver(made.file.token, saved);
    expect(made.file.size).toBe(made.sizeBytes);
    expect(sha256Hex(fs.readFileSync(saved))).toBe(made.sha256);

    // A second school, open in the app, to be replaced.
    const ctx = createAppContext({
      dbPath: path.join(dir, 'app', 'school.sqlite'),
      dataDir: dir,
      appVersion: '0.1.0-test',
    });
    contexts.push(ctx);
    fs.mkdirSync(path.dirname(ctx.dbPath));
    await call(ctx, 'store/createEmpty', { schoolName: '要被替换的学校' });
    // The package is read where the user chose it: nothing of it travels through the window.
    const before = fs.readFileSync(file);
    const nothing = await dispatchCall(ctx, 'schoolPackage/receive', { file: '0123456789abcdef0123456789abcdef' });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FILE' } });
    const emptyFile = path.join(dir, '空的.sbtdata');
    fs.writeFileSync(emptyFile, '');
    const empty = await dispatchCall(ctx, 'schoolPackage/receive', { file: ctx.files.grantRead(emptyFile).token });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'EMPTY_FILE', message: '「空的.sbtdata」是空文件，不是学校数据包' },
    });
    // A refused package is forgotten, but the user's file stays where it was.
    const junkFile = path.join(dir, '不是数据包.sbtdata');
    fs.writeFileSync(junkFile, '这不是学校数据包');
    const junk = await call(ctx, 'schoolPackage/receive', { file: ctx.files.grantRead(junkFile).token });
    await expect(call(ctx, 'schoolPackage/inspect', { token: junk.token })).rejects.toThrow(/不是/);
    expect(fs.readFileSync(junkFile, 'utf8')).toBe('这不是学校数据包');
    const first = await call(ctx, 'schoolPackage/receive', { file: ctx.files.grantRead(file, 'school.sbtdata').token });
    expect(first.size).toBe(before.length);
    const checked = await call(ctx, 'schoolPackage/inspect', { token: first.token });
    expect(checked.current).toEqual({ schoolName: '要被替换的学校', holdsData: true });
    expect(checked.school.name).toBe('河南示例职业技术学院');
    expect(checked.evidenceFiles).toBe(2);
    await expect(call(ctx, 'schoolPackage/restore', { token: first.token })).rejects.toThrow(
      /恢复会用数据包替换当前学校「要被替换的学校」的全部数据，请先确认/,
    );
    expect((await call(ctx, 'store/status', {})).schoolName).toBe('要被替换的学校');
    const done = await call(ctx, 'schoolPackage/restore', { token: first.token, replace: true });
    expect(done.schoolName).toBe('河南示例职业技术学院');
    expect(fs.existsSync(done.backupPath!)).toBe(true);
    expect((await call(ctx, 'store/status', {})).schoolName).toBe('河南示例职业技术学院');
    expect((await call(ctx, 'evidence/list', {})).items).toHaveLength(2);
    // Nothing is left beside the database; the user's own package file is untouched.
    expect(fs.existsSync(path.join(dir, 'app', '.transfer'))).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(backupsDirFor(ctx.dbPath)).some((f) => f.includes('before-school-restore'))).toBe(true);
  });
});
