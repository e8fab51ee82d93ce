import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import yazl from 'yazl';

import type { AppContext } from '../../../electron/core/appContext.js';
import { sha256Hex } from '../../../electron/core/bundles/bundleZipWriter.js';
import { exportBundleToBytes } from '../../../electron/core/bundles/exportApplicationBundle.js';
import { importBundle } from '../../../electron/core/bundles/importBundle.js';
import { inspectBundle } from '../../../electron/core/bundles/inspectBundle.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { backupsDirFor } from '../../../electron/core/store/backupDatabase.js';
import { evidenceItem, fakeSource, makeContext, seedSchool, tempDir } from './bundleFixtures.js';
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

/** A real bundle from a seeded school, and its entries. */
async function realBundle(dir: string) {
  const src = await ctxIn(dir, 'source.sqlite');
  const appId = seedSchool(src);
  const evidence = [await evidenceItem('e1', '合作协议', 2, 'coopEvidence')];
  const r = await exportBundleToBytes(src, appId, { source: fakeSource({ evidence }) });
  return { src, bytes: r.bytes, entries: await readBundleZip(r.bytes, 'b.zip') };
}

function withoutVolatile(rows: Record<string, unknown>[] | undefined) {
  return (rows ?? []).map(({ id: _id, ...rest }) => rest);
}

/** Re-packs entries (optionally changed) with yazl, keeping the manifest as it was. */
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

function manifestOf(entries: { path: string; bytes: Buffer }[]) {
  return JSON.parse(entries.find((e) => e.path.endsWith('manifest.json'))!.bytes.toString('utf8'));
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

describe('bundle import', () => {
  it('round trip: export, then import into a fresh database reproduces the base data and the application', async () => {
    const dir = tempDir();
    const { src, bytes } = await realBundle(dir);
    const fresh = await ctxIn(dir, 'fresh.sqlite');
    const inspection = await inspectBundle(fresh.store!.db, bytes, 'b.zip');
    const ent = inspection.diff.datasets.find((d) => d.dataset === 'enterprises')!;
    expect(ent).toMatchObject({ added: 2, changed: 0, unchanged: 0, year: null });
    expect(inspection.diff.datasets.find((d) => d.dataset === 'school')).toMatchObject({ changed: 1 });
    expect(inspection.application.action).toBe('add');
    expect(inspection.data.evidence).toEqual([expect.objectContaining({ title: '合作协议', range: '2-3', pages: 2 })]);

    const r = await importBundle(fresh, bytes, 'b.zip');
    expect(fs.existsSync(r.backup.path)).toBe(true);
    const a = loadBaseDataSnapshot(src.store!.db);
    const b = loadBaseDataSnapshot(fresh.store!.db);
    expect(b.school).toEqual(a.school);
    for (const name of Object.keys(a.data) as (keyof typeof a.data)[]) {
      expect(withoutVolatile(b.data[name] as Record<string, unknown>[]), name).toEqual(
        withoutVolatile(a.data[name] as Record<string, unknown>[]),
      );
    }
    const app = fresh
      .store!.db.prepare('SELECT pack_id, title, params_json FROM application WHERE id = ?')
      .get(r.applicationId);
    expect(app).toEqual({
      pack_id: 'henan-2024-346',
      title: '产教融合实训中心申报',
      params_json: JSON.stringify({ majorName: '机电一体化技术' }),
    });
    expect(
      fresh
        .store!.db.prepare('SELECT field_key, value_json FROM application_value WHERE application_id = ?')
        .all(r.applicationId),
    ).toEqual([{ field_key: 'centreName', value_json: JSON.stringify('智能制造实训中心') }]);

    // A second import changes nothing and updates the same application.
    const again = await inspectBundle(fresh.store!.db, bytes, 'b.zip');
    expect(again.diff.datasets.every((d) => d.added === 0 && d.changed === 0)).toBe(true);
    expect(again.application).toMatchObject({ action: 'update', existingId: r.applicationId });
  });

  it('shows changes by data set: a record changed in the database is reported with its field', async () => {
    const dir = tempDir();
    const { bytes } = await realBundle(dir);
    const target = await ctxIn(dir, 'target.sqlite');
    seedSchool(target);
    target.store!.db.prepare("UPDATE enterprise SET nature = '国有企业' WHERE name = '郑州某某数控有限公司'").run();
    const i = await inspectBundle(target.store!.db, bytes, 'b.zip');
    const ent = i.diff.datasets.find((d) => d.dataset === 'enterprises')!;
    expect(ent).toMatchObject({ added: 0, changed: 1, unchanged: 1 });
    expect(ent.examples[0]).toMatchObject({ record: '郑州某某数控有限公司', kind: 'changed' });
    expect(ent.examples[0].fields).toContain('企业性质');
  });

  async function expectRefused(zip: Buffer, pattern: RegExp) {
    const dir = tempDir();
    const target = await ctxIn(dir, 'target.sqlite');
    seedSchool(target);
    const before = JSON.stringify(loadBaseDataSnapshot(target.store!.db));
    const apps = target.store!.db.prepare('SELECT count(*) AS n FROM application').get();
    await expect(importBundle(target, zip, 'bad.zip')).rejects.toThrow(pattern);
    expect(JSON.stringify(loadBaseDataSnapshot(target.store!.db))).toBe(before);
    expect(target.store!.db.prepare('SELECT count(*) AS n FROM application').get()).toEqual(apps);
    // Refused before the backup: nothing at all was written.
    expect(fs.existsSync(backupsDirFor(target.dbPath))).toBe(false);
  }

  it('refuses a file whose hash does not match, naming the file', async () => {
    const { entries } = await realBundle(tempDir());
    const tampered = entries.map((e) =>
      e.path.endsWith('data.json')
        ? { ...e, bytes: Buffer.from(e.bytes.toString('utf8').replace('郑州某某数控有限公司', '郑州另一家有限公司')) }
        : e,
    );
    await expectRefused(await repack(tampered), /文件「.*\/data\.json」与清单记录的 SHA-256 校验值不符/);
  });

  it('refuses entry paths that escape the folder: ../, absolute, drive letter, backslash', async () => {
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

  it('refuses a symlink entry', async () => {
    const { entries } = await realBundle(tempDir());
    const folder = entries[0].path.split('/')[0];
    await expectRefused(
      rawZip(
        withListedExtra(entries, { name: `${folder}/link`, data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }),
      ),
      /是符号链接/,
    );
  });

  it('refuses an entry that inflates beyond a sane ratio', async () => {
    const { entries } = await realBundle(tempDir());
    const folder = entries[0].path.split('/')[0];
    await expectRefused(
      rawZip(
        withListedExtra(entries, { name: `${folder}/zeros.bin`, data: Buffer.alloc(20 * 1024 * 1024), deflate: true }),
      ),
      /压缩比异常/,
    );
  });

  it('refuses an entry whose declared size is absurd', async () => {
    const { entries } = await realBundle(tempDir());
    const folder = entries[0].path.split('/')[0];
    const zip = rawZip(
      withListedExtra(entries, { name: `${folder}/big.bin`, data: Buffer.from('small'), deflate: true }),
    );
    // Rewrite the declared uncompressed size of the last-but-one entry (big.bin) in the central directory to 3 GB.
    const cdStart = zip.readUInt32LE(zip.length - 22 + 16);
    let p = cdStart;
    for (;;) {
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
    await expectRefused(zip, /超过单个文件上限/);
  });

  it('refuses too many entries', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ name: `b/f${i}.txt`, data: Buffer.from('x') }));
    await expectRefused(rawZip(many), /导入包中有 600 个文件，超过上限/);
  });

  it('refuses a manifest of a newer format version', async () => {
    const { entries } = await realBundle(tempDir());
    const m = manifestOf(entries);
    m.formatVersion = 99;
    await expectRefused(
      await repack(
        entries.map((e) => (e.path.endsWith('manifest.json') ? { ...e, bytes: Buffer.from(JSON.stringify(m)) } : e)),
      ),
      /更新版本的申报通制作（格式版本 99）/,
    );
  });

  it('refuses a bundle without a manifest', async () => {
    const { entries } = await realBundle(tempDir());
    await expectRefused(
      await repack(entries.filter((e) => !e.path.endsWith('manifest.json'))),
      /没有清单文件 manifest\.json/,
    );
  });

  it('refuses a file that is not in the manifest', async () => {
    const { entries } = await realBundle(tempDir());
    await expectRefused(
      await repack([...entries, { path: `${entries[0].path.split('/')[0]}/extra.exe`, bytes: Buffer.from('MZ') }]),
      /extra\.exe」不在清单中/,
    );
  });

  it('refuses a file that is not a zip', async () => {
    await expectRefused(Buffer.from('not a zip at all'), /不是有效的导入包/);
  });

  it('keeps the database unchanged when a row fails while writing (all or nothing)', async () => {
    const dir = tempDir();
    const { entries } = await realBundle(dir);
    // A valid bundle whose second enterprise has a bad credit code: the first one must not stay.
    const dataEntry = entries.find((e) => e.path.endsWith('data.json'))!;
    const data = JSON.parse(dataEntry.bytes.toString('utf8'));
    data.baseData.data.enterprises[1].creditCode = '91410100MA44C6XR60';
    const newData = Buffer.from(JSON.stringify(data));
    const m = manifestOf(entries);
    const f = m.files.find((x: { path: string }) => x.path === dataEntry.path);
    f.sha256 = sha256Hex(newData);
    f.size = newData.length;
    const zip = await repack(
      entries.map((e) =>
        e === dataEntry
          ? { ...e, bytes: newData }
          : e.path.endsWith('manifest.json')
            ? { ...e, bytes: Buffer.from(JSON.stringify(m)) }
            : e,
      ),
    );
    const fresh = await ctxIn(dir, 'fresh2.sqlite');
    await expect(importBundle(fresh, zip, 'b.zip')).rejects.toThrow(/导入未完成，数据库未做任何修改/);
    expect(fresh.store!.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 0 });
    expect(fresh.store!.db.prepare('SELECT count(*) AS n FROM application').get()).toEqual({ n: 0 });
    expect(path.basename(fs.readdirSync(backupsDirFor(fresh.dbPath))[0])).toMatch(/before-bundle-import/);
  });
});
