import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import yazl from 'yazl';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import type { AppContext } from '../../../electron/core/appContext.js';
import { sha256Hex } from '../../../electron/core/bundles/bundleZipWriter.js';
import { importBundle } from '../../../electron/core/bundles/importBundle.js';
import { inspectBundle } from '../../../electron/core/bundles/inspectBundle.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { readAccepted, readOverrides } from '../../../electron/core/packs/applicationRepo.js';
import { readConfirmations } from '../../../electron/core/packs/confirmationRepo.js';
import { backupsDirFor } from '../../../electron/core/store/backupDatabase.js';
import {
  evidenceItem,
  exportBundleBytes,
  fakeSource,
  makeContext,
  SEEDED_PARAMS,
  SEEDED_VALUES,
  seedSchool,
  tempDir,
} from './bundleFixtures.js';
import { rawZip, type RawZipEntry } from './rawZip.js';

const contexts: AppContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.store?.close();
});

async function ctxIn(dir: string, name: string) {
  const c = await makeContext(dir, name);
  contexts.push(c);
  return c;
}

/** A real bundle from a seeded school (one 佐证材料 pick), and its entries. */
async function realBundle(dir: string) {
  const src = await ctxIn(dir, 'source.sqlite');
  const appId = seedSchool(src);
  const evidence = [{ ...(await evidenceItem('e1', '合作协议', 2, 'eve1Content')), pickTitle: '' }];
  const r = await exportBundleBytes(src, appId, { source: fakeSource({ evidence }) });
  return { src, bytes: r.bytes, entries: await readBundleZip(r.bytes, 'b.zip'), pick: evidence[0] };
}

/** Registers a 佐证材料 file in a database, as if the school had uploaded it. */
function registerEvidence(ctx: AppContext, sha256: string) {
  ctx
    .store!.db.prepare(
      "INSERT INTO evidence_file (hash, name, mime, size, pages) VALUES (?, '合作协议.pdf', 'application/pdf', 100, 2)",
    )
    .run(sha256);
}

/** Re-packs entries (optionally changed) with yazl. */
function repack(entries: { path: string; bytes: Buffer }[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(e.bytes, e.path);
  z.end();
  const chunks: Buffer[] = [];
  return new Promise((res) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => res(Buffer.concat(chunks)));
  });
}

type Manifest = {
  formatVersion: number;
  files: { path: string; sha256: string; size: number; kind: string }[];
  application: { params: Record<string, unknown>; values: Record<string, unknown>; packId: string };
};

function manifestOf(entries: { path: string; bytes: Buffer }[]): Manifest {
  return JSON.parse(entries.find((e) => e.path.endsWith('manifest.json'))!.bytes.toString('utf8')) as Manifest;
}

/** The bundle again with its manifest changed by `edit` (hashes of the other files still right). */
function withManifest(entries: { path: string; bytes: Buffer }[], edit: (m: Manifest) => void) {
  const m = manifestOf(entries);
  edit(m);
  return repack(
    entries.map((e) => (e.path.endsWith('manifest.json') ? { ...e, bytes: Buffer.from(JSON.stringify(m)) } : e)),
  );
}

/** Entries of a valid bundle plus one extra, with the manifest listing the extra with its true hash. */
function withListedExtra(entries: { path: string; bytes: Buffer }[], extra: RawZipEntry): RawZipEntry[] {
  const manifest = manifestOf(entries);
  manifest.files.push({ path: extra.name, sha256: sha256Hex(extra.data), size: extra.data.length, kind: 'other' });
  return [
    ...entries.filter((e) => !e.path.endsWith('manifest.json')).map((e) => ({ name: e.path, data: e.bytes })),
    extra,
    { name: entries.find((e) => e.path.endsWith('manifest.json'))!.path, data: Buffer.from(JSON.stringify(manifest)) },
  ];
}

function applicationsOf(ctx: AppContext) {
  return ctx.store!.db.prepare('SELECT id, pack_id, title, params_json FROM application ORDER BY id').all();
}

describe('bundle import restores the application, never base data', () => {
  it('round trip: parameters, typed values, accepted problems and evidence picks come back; no base data', async () => {
    const dir = tempDir();
    const { bytes, pick } = await realBundle(dir);
    const fresh = await ctxIn(dir, 'fresh.sqlite');
    registerEvidence(fresh, pick.sha256);
    const before = loadBaseDataSnapshot(fresh.store!.db);

    const { view } = await inspectBundle(fresh.store!.db, bytes, 'b.zip', new Date());
    expect(view.formatVersion).toBe(2);
    expect(view.application).toMatchObject({
      action: 'add',
      title: '产教融合实训中心申报',
      valueCount: 3,
      narrativeCount: 1,
      acceptedCount: 1,
      evidenceCount: 1,
      evidenceMissing: [],
    });
    expect(view.application.params).toEqual([
      { label: '统计年度', value: '2023' },
      { label: '服务专业群', value: '智能制造专业群' },
    ]);
    expect(view.ignoredBaseData).toEqual([]);

    const r = await importBundle(fresh, bytes, 'b.zip');
    expect(fs.existsSync(r.backup.path)).toBe(true);
    expect(r.action).toBe('add');
    const db = fresh.store!.db;
    expect(applicationsOf(fresh)).toEqual([
      {
        id: r.applicationId,
        pack_id: 'henan-2024-346',
        title: '产教融合实训中心申报',
        params_json: JSON.stringify(SEEDED_PARAMS),
      },
    ]);
    expect(readOverrides(db, r.applicationId)).toEqual(SEEDED_VALUES);
    expect(readAccepted(db, r.applicationId)).toEqual({ centreArea: ['max'] });
    expect(readConfirmations(db, 'henan-2024-346', r.applicationId)).toEqual({
      '1.2': { answer: true, at: '2026-11-05T08:00:00.000Z' },
    });
    expect(
      db.prepare('SELECT evidence_key, hash FROM application_evidence WHERE application_id = ?').all(r.applicationId),
    ).toEqual([{ evidence_key: 'eve1Content', hash: pick.sha256 }]);
    // The source school's enterprises stay where they were: nothing of the base data came along.
    expect(loadBaseDataSnapshot(db)).toEqual(before);
    expect(r.taken).toEqual([
      `新增申报「产教融合实训中心申报」（第 ${r.applicationId} 号）`,
      '申报参数 2 项（统计年度：2023，服务专业群：智能制造专业群）',
      '填写内容 3 项（其中叙述 1 段）',
      '确认接受的问题 1 项',
      '学校确认的申报条件 1 条',
      '佐证材料选择 1 个',
    ]);

    // The same bundle again is the same application: its contents are replaced, or it is kept as a new one.
    const again = await inspectBundle(db, bytes, 'b.zip', new Date());
    expect(again.view.application).toMatchObject({ action: 'update', existingId: r.applicationId });
    db.prepare("UPDATE application_value SET value_json = '\"改过的\"' WHERE field_key = 'schemeBudget'").run();
    const upd = await importBundle(fresh, bytes, 'b.zip');
    expect(upd).toMatchObject({ action: 'update', applicationId: r.applicationId });
    expect(readOverrides(db, r.applicationId)).toEqual(SEEDED_VALUES);
    const copy = await importBundle(fresh, bytes, 'b.zip', { asNew: true });
    expect(copy.action).toBe('add');
    expect(copy.applicationId).not.toBe(r.applicationId);
    expect(db.prepare('SELECT title FROM application WHERE id = ?').get(copy.applicationId)).toEqual({
      title: '产教融合实训中心申报（导入）',
    });
  });

  it('names the 佐证材料 this PC does not have and restores the rest', async () => {
    const dir = tempDir();
    const { bytes } = await realBundle(dir);
    const fresh = await ctxIn(dir, 'fresh.sqlite');
    const r = await importBundle(fresh, bytes, 'b.zip');
    expect(r.inspection.view.application.evidenceMissing).toEqual(['合作协议']);
    expect(r.taken.at(-1)).toBe('佐证材料选择 0 个；另有 1 个本机的佐证材料库中没有该文件，未关联（合作协议）');
    expect(fresh.store!.db.prepare('SELECT count(*) AS n FROM application_evidence').get()).toEqual({ n: 0 });
  });

  it('imports a bundle of the earlier version: the application from data.json, none of its base data', async () => {
    const dir = tempDir();
    const fixture = fs.readFileSync(path.resolve(__dirname, '../../fixtures/bundles/v1-346-bundle.zip'));
    const target = await ctxIn(dir, 'target.sqlite');
    const before = loadBaseDataSnapshot(target.store!.db);
    const { view } = await inspectBundle(target.store!.db, fixture, 'v1.zip', new Date());
    expect(view.formatVersion).toBe(1);
    expect(view.application).toMatchObject({ action: 'add', title: '旧版申报', valueCount: 2, narrativeCount: 1 });
    expect(view.ignoredBaseData).toEqual([
      { label: '专业群', rows: 1 },
      { label: '教师', rows: 2 },
      { label: '合作企业及成员单位', rows: 1 },
    ]);
    const r = await importBundle(target, fixture, 'v1.zip');
    const db = target.store!.db;
    expect(readOverrides(db, r.applicationId)).toEqual({ schemeBudget: '旧版填写的资金预算。', centreArea: 8000 });
    expect(
      JSON.parse((db.prepare('SELECT params_json FROM application').get() as { params_json: string }).params_json),
    ).toMatchObject({ baseYear: 2023, groupName: '智能制造专业群' });
    expect(loadBaseDataSnapshot(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM teacher').get()).toEqual({ n: 0 });
    expect(r.taken.at(-1)).toBe(
      '早期版本申报材料包附带的基础数据（专业群 1 条、教师 2 条、合作企业及成员单位 1 条）未导入：基础数据只随学校数据包迁移',
    );
  });

  it('is all or nothing: a failure while writing leaves no application, value or pick behind', async () => {
    const dir = tempDir();
    const { bytes, pick } = await realBundle(dir);
    const fresh = await ctxIn(dir, 'fresh.sqlite');
    registerEvidence(fresh, pick.sha256);
    const db = fresh.store!.db;
    // The picks are written last: make that step fail.
    db.exec(
      "CREATE TEMP TRIGGER fail_pick BEFORE INSERT ON application_evidence BEGIN SELECT RAISE(ABORT, '磁盘错误'); END",
    );
    await expect(importBundle(fresh, bytes, 'b.zip')).rejects.toThrow(/导入未完成，数据库未做任何修改：.*磁盘错误/);
    for (const t of ['application', 'application_value', 'application_accepted_problem', 'application_evidence'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    expect(path.basename(fs.readdirSync(backupsDirFor(fresh.dbPath))[0])).toMatch(/before-bundle-import/);
  });
});

describe('bundle import refuses bad input, naming the entry, and changes nothing', () => {
  async function expectRefused(zip: Buffer, pattern: RegExp) {
    const dir = tempDir();
    const target = await ctxIn(dir, 'target.sqlite');
    const appId = seedSchool(target);
    const db = target.store!.db;
    const before = JSON.stringify([applicationsOf(target), readOverrides(db, appId), loadBaseDataSnapshot(db)]);
    await expect(importBundle(target, zip, 'bad.zip')).rejects.toThrow(pattern);
    // The same refusal when the chosen file is read where it lies (as the app and the CLI do), by call.
    const file = path.join(dir, 'bad.zip');
    fs.writeFileSync(file, zip);
    const byCall = await dispatchCall(target, 'bundle/import', { file: target.files.grantRead(file).token });
    expect(byCall.ok || byCall.error.message).toMatch(pattern);
    expect(byCall).toMatchObject({ ok: false, error: { where: { file: 'bad.zip' } } });
    expect(JSON.stringify([applicationsOf(target), readOverrides(db, appId), loadBaseDataSnapshot(db)])).toBe(before);
    // Refused before the backup: nothing at all was written.
    expect(fs.existsSync(backupsDirFor(target.dbPath))).toBe(false);
  }

  it('a file whose hash does not match', async () => {
    const { entries } = await realBundle(tempDir());
    const tampered = entries.map((e) =>
      e.path.endsWith('.docx') ? { ...e, bytes: Buffer.concat([e.bytes, Buffer.from(' ')]) } : e,
    );
    await expectRefused(await repack(tampered), /文件「.*\.docx」与清单记录的 SHA-256 校验值不符/);
  });

  it('a number where the field is text: 1e+308 as the 专业群 name, a number as a narrative', async () => {
    const { entries } = await realBundle(tempDir());
    // JSON.stringify writes 1e+308 just as a hand-edited file would.
    await expectRefused(
      await withManifest(entries, (m) => (m.application.params.groupName = 1e308)),
      /manifest\.json」：申报参数「服务专业群」（groupName）应为文字，却是数字 1e\+308。已拒绝导入，数据库未做任何修改/,
    );
    await expectRefused(
      await withManifest(entries, (m) => (m.application.values.schemeBudget = 42)),
      /字段「建设资金预算安排」（schemeBudget）应为文字，却是数字 42/,
    );
    await expectRefused(
      await withManifest(entries, (m) => (m.application.values.groupMajors = [{ name: 460301, enrolled: 320 }])),
      /字段「专业群内专业」（groupMajors）第 1 行「专业名称」应为文字，却是数字 460301/,
    );
    await expectRefused(
      await withManifest(
        entries,
        (m) => ((m.application as unknown as { confirmations: unknown }).confirmations = { '1.2': 'yes' }),
      ),
      /申报条件「.+」（1\.2）的确认应为「是」或「否」，却是文字「yes」/,
    );
    await expectRefused(
      await withManifest(entries, (m) => (m.application.values.centreArea = true)),
      /字段「建筑面积」（centreArea）应为数字，却是是\/否值 true/,
    );
  });

  it('a manifest field of the wrong type, naming the field', async () => {
    const { entries } = await realBundle(tempDir());
    await expectRefused(
      await withManifest(entries, (m) => ((m as unknown as { school: { name: unknown } }).school.name = 7)),
      /manifest\.json」内容不正确：字段「school\.name」应为文本/,
    );
  });

  it('a bundle of a notice this PC does not have', async () => {
    const { entries } = await realBundle(tempDir());
    await expectRefused(
      await withManifest(entries, (m) => (m.application.packId = 'henan-2099-1')),
      /本机的通知库中没有这个通知。请先在「通知库」导入该通知包/,
    );
  });

  it('two entries whose names differ only in letter case', async () => {
    const { entries } = await realBundle(tempDir());
    const docx = entries.find((e) => e.path.endsWith('.docx'))!;
    const twin = { name: docx.path.replace(/\.docx$/, '.DOCX'), data: docx.bytes };
    await expectRefused(rawZip(withListedExtra(entries, twin)), /只差字母大小写，在 Windows 上是同一个文件/);
    const same = rawZip([...withListedExtra(entries, { name: docx.path, data: docx.bytes })]);
    await expectRefused(same, /有两个同名的文件/);
  });

  it('a damaged entry (CRC) and a truncated file', async () => {
    const { bytes, entries } = await realBundle(tempDir());
    // Flip one byte inside the stored DOCX: the zip's own CRC no longer matches.
    const docx = entries.find((e) => e.path.endsWith('.docx'))!;
    const flipped = Buffer.from(bytes);
    flipped[flipped.indexOf(docx.bytes) + 2] ^= 0x01;
    await expectRefused(flipped, /\.docx」已损坏（CRC 校验值不符），已拒绝导入/);
    await expectRefused(bytes.subarray(0, Math.floor(bytes.length * 0.6)), /不是有效的申报材料包|已损坏/);
  });

  it('entry paths that escape the folder: ../, absolute, drive letter, backslash', async () => {
    const { entries } = await realBundle(tempDir());
    for (const [name, msg] of [
      ['../evil.txt', /跳出了所在文件夹/],
      ['a/../../evil.txt', /跳出了所在文件夹/],
      ['/etc/evil.txt', /绝对路径/],
      ['C:/Windows/evil.txt', /盘符/],
      ['C:evil.txt', /盘符/],
      ['a\\..\\evil.txt', /反斜杠/],
    ] as const) {
      await expectRefused(rawZip(withListedExtra(entries, { name, data: Buffer.from('x') })), msg);
    }
  });

  it('a symlink entry', async () => {
    const { entries } = await realBundle(tempDir());
    const folder = entries[0].path.split('/')[0];
    await expectRefused(
      rawZip(
        withListedExtra(entries, { name: `${folder}/link`, data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }),
      ),
      /是符号链接/,
    );
  });

  it('zip bombs: a high ratio, an absurd declared size, entries sharing their data — fast, before inflating', async () => {
    const { entries } = await realBundle(tempDir());
    const folder = entries[0].path.split('/')[0];
    const t0 = performance.now();
    await expectRefused(
      rawZip(
        withListedExtra(entries, { name: `${folder}/zeros.bin`, data: Buffer.alloc(20 * 1024 * 1024), deflate: true }),
      ),
      /压缩比异常/,
    );
    const zip = rawZip(
      withListedExtra(entries, { name: `${folder}/big.bin`, data: Buffer.from('small'), deflate: true }),
    );
    // Rewrite big.bin's declared uncompressed size in the central directory to 3 GB.
    const cdStart = zip.readUInt32LE(zip.length - 22 + 16);
    for (let p = cdStart; ;) {
      const nameLen = zip.readUInt16LE(p + 28);
      if (
        zip
          .subarray(p + 46, p + 46 + nameLen)
          .toString('utf8')
          .endsWith('big.bin')
      ) {
        zip.writeUInt32LE(3_000_000_000, p + 24);
        break;
      }
      p += 46 + nameLen;
    }
    await expectRefused(zip, /超过这类文件 200 MB 的上限/);
    // Overlap: a second central record pointing at the first entry's data.
    const shared = rawZip([
      { name: 'a/one.txt', data: Buffer.alloc(1000, 1) },
      { name: 'a/two.txt', data: Buffer.alloc(1000, 1) },
    ]);
    const cd = shared.readUInt32LE(shared.length - 22 + 16);
    const second = cd + 46 + 'a/one.txt'.length;
    shared.writeUInt32LE(0, second + 42);
    await expectRefused(shared, /与其他文件共用数据/);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('too many entries; a newer format; no manifest; an unlisted file; not a zip', async () => {
    const { entries } = await realBundle(tempDir());
    const many = Array.from({ length: 600 }, (_, i) => ({ name: `b/f${i}.txt`, data: Buffer.from('x') }));
    await expectRefused(rawZip(many), /申报材料包中有 600 个文件，超过上限/);
    await expectRefused(
      await withManifest(entries, (m) => (m.formatVersion = 99)),
      /更新版本的申报通 0\.1\.0-test 制作（格式版本 99）/,
    );
    await expectRefused(
      await repack(entries.filter((e) => !e.path.endsWith('manifest.json'))),
      /没有清单文件 manifest\.json/,
    );
    await expectRefused(
      await repack([...entries, { path: `${entries[0].path.split('/')[0]}/extra.exe`, bytes: Buffer.from('MZ') }]),
      /extra\.exe」不在清单中/,
    );
    await expectRefused(Buffer.from('not a zip at all'), /不是有效的申报材料包/);
  });
});
