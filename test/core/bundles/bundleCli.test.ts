import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import type { AppContext } from '../../../electron/core/appContext.js';
import { exportBundleToDir } from '../../../electron/core/bundles/exportApplicationBundle.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { runCliProcess } from '../support/runCliProcess.js';
import { evidenceItem, fakeSource, makeContext, seedSchool, tempDir } from './bundleFixtures.js';

const cli = runCliProcess;

let ctx: AppContext | undefined;
afterEach(() => ctx?.store?.close());

describe('CLI', () => {
  it('export writes the demo school’s 346号 bundle and prints its path', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.sqlite');
    expect((await cli(['init', '--db', db, '--demo'])).code).toBe(0);
    const out = path.join(dir, 'out');
    const r = await cli(['export', 'henan-2024-346', '--db', db, '--out', out]);
    expect(r.stderr).not.toMatch(/错误/);
    expect(r.code).toBe(0);
    const zipPath = r.stdout.trim().split('\n').at(-1)!;
    expect(path.dirname(zipPath)).toBe(out);
    expect(path.basename(zipPath)).toMatch(/^.+职业教育高水平专业化产教融合实训中心申报材料（.+专业）\.zip$/);
    const names = (await readBundleZip(fs.readFileSync(zipPath), zipPath)).map((e) =>
      e.path.split('/').slice(1).join('/'),
    );
    expect(names).toContain('manifest.json');
    expect(names).not.toContain('data.json');
    // Named by the pack's file rules: 申报书 and 建设方案 as DOCX, the 汇总表 as XLSX; no PDF without --pdf.
    expect(names.some((n) => /申报书（.+专业）\.docx$/.test(n))).toBe(true);
    expect(names.some((n) => /建设方案\.docx$/.test(n))).toBe(true);
    expect(names.some((n) => /申报汇总表\.xlsx$/.test(n))).toBe(true);
    expect(names.some((n) => n.endsWith('.pdf'))).toBe(false);
    const demo = new Database(db, { readonly: true });
    expect(demo.prepare("SELECT status FROM application WHERE pack_id = 'henan-2024-346'").get()).toEqual({
      status: 'exported',
    });
    expect(demo.prepare('SELECT count(*) AS n FROM application_export').get()).toEqual({ n: 1 });
    demo.close();
    expect(fs.readdirSync(out)).toEqual([path.basename(zipPath)]);
  });

  it('bundle import --dry-run shows the application it would restore and writes nothing; without it, imports', async () => {
    const dir = tempDir();
    ctx = await makeContext(dir, 'source.sqlite');
    const appId = seedSchool(ctx);
    const bundle = await exportBundleToDir(ctx, appId, dir, {
      source: fakeSource({ evidence: [await evidenceItem('e1', '协议', 1)] }),
    });
    const target = path.join(dir, 'target.sqlite');
    expect((await cli(['init', '--db', target, '--name', '空白学校'])).code).toBe(0);

    const dry = await cli(['bundle', 'import', bundle.path, '--db', target, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/「产教融合实训中心申报」：新增一份申报/);
    expect(dry.stdout).toMatch(
      /填写内容 3 项（其中叙述 1 段），确认接受的问题 1 项，学校确认的申报条件 1 条，佐证材料选择 1 个/,
    );
    expect(dry.stdout).toMatch(/未写入任何内容/);
    const peek = new Database(target, { readonly: true });
    expect(peek.prepare('SELECT count(*) AS n FROM application').get()).toEqual({ n: 0 });
    peek.close();

    const real = await cli(['bundle', 'import', bundle.path, '--db', target]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/已导入：\n {2}新增申报「产教融合实训中心申报」（第 1 号）\n {2}申报参数 2 项/);
    const after = new Database(target, { readonly: true });
    expect(after.prepare('SELECT title FROM application').all()).toEqual([{ title: '产教融合实训中心申报' }]);
    // No base data from a bundle: the target keeps its own school and has no enterprises.
    expect(after.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 0 });
    expect(after.prepare('SELECT name FROM school').get()).toEqual({ name: '空白学校' });
    after.close();
  });

  it('bundle import refuses a tampered bundle with a Chinese message and exit code 1', async () => {
    const dir = tempDir();
    ctx = await makeContext(dir, 'source.sqlite');
    const appId = seedSchool(ctx);
    const bundle = await exportBundleToDir(ctx, appId, dir, { source: fakeSource() });
    const entries = await readBundleZip(fs.readFileSync(bundle.path), 'x');
    // Flip a byte inside the stored DOCX entry: the zip stays readable, the hash does not match.
    const bytes = fs.readFileSync(bundle.path);
    const docx = entries.find((e) => e.path.endsWith('.docx'))!;
    const at = bytes.indexOf(docx.bytes);
    bytes[at] ^= 0x20;
    const bad = path.join(dir, 'bad.zip');
    fs.writeFileSync(bad, bytes);
    const target = path.join(dir, 'target.sqlite');
    await cli(['init', '--db', target, '--name', '空白学校']);
    const r = await cli(['bundle', 'import', bad, '--db', target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/错误：申报材料包中的「.*\.docx」已损坏（CRC 校验值不符）|SHA-256 校验值不符/);
  });
});
