// 导入申报材料包 in Chromium: the demo school's 346号 bundle, exported through the core, is imported into
// a second, empty school through the page — the application it restores, confirm, what was taken —
// without any base data; and a bundle with one file changed after export is refused, naming that file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';

import { dispatchCall } from '../../electron/core/api/dispatchCall';
import { createAppContext } from '../../electron/core/appContext';
import { APP_VERSION } from '../../electron/core/appVersion';
import { readBundleZip } from '../../electron/core/bundles/readBundleZip';
import type { OutputFile } from '../../shared/api/callFields';
import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
let bundle: { fileName: string; bytes: Buffer };
const tempDirs: string[] = [];

/** The demo school's 346号 application, exported as the window's 导出申报材料包 does (bundle/export). */
async function exportDemoBundle(): Promise<{ fileName: string; bytes: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-e2e-demo-'));
  tempDirs.push(dir);
  const ctx = createAppContext({ dbPath: path.join(dir, 'demo.sqlite'), dataDir: dir, appVersion: APP_VERSION });
  try {
    const made = await dispatchCall(ctx, 'store/createDemo', {});
    if (!made.ok) throw new Error(made.error.message);
    const list = await dispatchCall(ctx, 'application/list', { packId: 'henan-2024-346' });
    const apps = list.ok ? (list.value as { id: number }[]) : [];
    if (!apps.length) throw new Error('示例学校没有 346号 申报');
    const r = await dispatchCall(ctx, 'bundle/export', { applicationId: apps[0].id, pdf: false });
    if (!r.ok) throw new Error(r.error.message);
    const out = (r.value as { file: OutputFile }).file;
    // Saved to a temp file as the user would have it, and read back from there.
    const { path: file } = await ctx.files.deliver(out.token, path.join(dir, out.fileName));
    return { fileName: out.fileName, bytes: fs.readFileSync(file) };
  } finally {
    ctx.store?.close();
  }
}

/** The same entries zipped again with one file's bytes changed, the manifest left as exported. */
async function tampered(bytes: Buffer, pick: (p: string) => boolean): Promise<{ zip: Buffer; changed: string }> {
  const entries = await readBundleZip(bytes, 'b.zip');
  const target = entries.find((e) => pick(e.path));
  if (!target) throw new Error('no entry to tamper with');
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(e === target ? Buffer.concat([e.bytes, Buffer.from(' ')]) : e.bytes, e.path);
  z.end();
  const chunks: Buffer[] = [];
  await new Promise<void>((res, rej) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => res());
    z.outputStream.on('error', rej);
  });
  return { zip: Buffer.concat(chunks), changed: target.path };
}

async function upload(name: string, buffer: Buffer) {
  await page.getByRole('navigation').getByRole('button', { name: '导入申报材料包' }).click();
  const choose = page.getByRole('button', { name: /选择材料包|重新选择/ });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
  await chooser.setFiles({ name, mimeType: 'application/zip', buffer });
}

async function enterpriseCount(): Promise<number> {
  return (await app.call<{ rows: unknown[] }>('dataset/list', { dataset: 'enterprises' })).rows.length;
}

beforeAll(async () => {
  bundle = await exportDemoBundle();
  app = await launchApp({ demo: false, schoolName: '新建测试学校' });
  page = app.page;
}, 180_000);

afterAll(async () => {
  await app?.close();
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('导入申报材料包', () => {
  it('refuses a bundle whose file was changed after export, naming the file, and writes nothing', async () => {
    const bad = await tampered(bundle.bytes, (p) => p.endsWith('.docx'));
    await upload(bundle.fileName, bad.zip);
    const refused = page.getByTestId('bundle-refused');
    await refused.waitFor();
    const text = (await refused.textContent()) ?? '';
    expect(text).toContain(`未导入「${bundle.fileName}」`);
    expect(text).toContain(`「${bad.changed}」`);
    expect(text).toContain('SHA-256');
    expect(text).toContain('数据库没有任何改动');
    expect(await page.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    expect(await enterpriseCount()).toBe(0);
  });

  it('shows the application the demo’s 346号 bundle restores, imports it on confirm, and brings no base data', async () => {
    await upload(bundle.fileName, bundle.bytes);
    await page.getByTestId('bundle-verified').waitFor();
    const facts = page.getByRole('definition').filter({ hasText: '教职成〔2024〕346号' });
    expect(await facts.count()).toBe(1);
    expect(await page.getByTestId('bundle-verified').textContent()).toMatch(
      /全部 \d+ 个文件的 SHA-256 校验值与清单一致/,
    );
    expect(await page.getByTestId('bundle-application').textContent()).toContain('新增一份申报');
    const table = page.getByRole('table', { name: '将要恢复的内容' });
    expect(await table.getByRole('row').filter({ hasText: '申报专业' }).textContent()).toContain('机电一体化技术');
    expect(await table.getByRole('row').filter({ hasText: '填写内容' }).textContent()).toMatch(
      /\d+ 项（其中叙述 \d+ 段）/,
    );
    expect(await page.getByTestId('bundle-no-base-data').textContent()).toContain('材料包中没有学校的基础数据');

    await page.getByRole('button', { name: '确认导入' }).click();
    const done = page.getByTestId('bundle-imported');
    await done.waitFor({ timeout: 30_000 });
    const text = (await done.textContent()) ?? '';
    expect(text).toContain('从材料包中取用了');
    expect(text).toMatch(/新增申报「.+」（第 1 号）/);
    expect(text).toMatch(/填写内容 \d+ 项/);
    expect(text).toContain('导入前的数据库已备份到');
    // Nothing of the demo's base data came along; the school keeps its own name.
    expect(await enterpriseCount()).toBe(0);
    expect(await page.getByTestId('school-name').textContent()).toBe('新建测试学校');
    const apps = await app.call<{ packId: string }[]>('application/list', {});
    expect(apps.map((a) => a.packId)).toEqual(['henan-2024-346']);
    await page.getByRole('button', { name: '打开导入的申报' }).click();
    await page.getByRole('tablist').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
