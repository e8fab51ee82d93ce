// The 佐证材料 tab of the application editor in Chromium: files from the evidence store are picked
// for 佐证材料页码 items, the page total turns red past 346号's 50 pages, every change is saved in
// merge order, and the exported bundle's merged 佐证材料 PDF holds the picked pages, with the
// export's progress bar (数据 … 打包) shown while it runs.

import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readBundleZip } from '../../electron/core/bundles/readBundleZip';
import { exportedFile } from './support/exportedFile';
import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

async function pdfBytes(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`page ${i + 1}`, { x: 60, y: 760, size: 18 });
  return doc.save();
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  const enterprises = await app.call<{ rows: { id: number }[] }>('dataset/list', { dataset: 'enterprises' });
  const rowId = enterprises.rows[0].id;
  await app.call('evidence/add', {
    dataset: 'enterprises',
    rowId,
    file: app.chosen('营业执照.pdf', await pdfBytes(1)),
    note: '',
  });
  await app.call('evidence/add', {
    dataset: 'enterprises',
    rowId,
    file: app.chosen('设备台账扫描件.pdf', await pdfBytes(50)),
    note: '',
  });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('佐证材料 tab', () => {
  it('picks files per item, warns past the 50-page limit, saves in order, and the export merges them', async () => {
    const [demo] = await app.call<{ id: number; title: string }[]>('application/list', { packId: 'henan-2024-346' });
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await page.getByRole('button', { name: demo.title, exact: true }).first().click();
    await page.getByRole('tab', { name: '佐证材料' }).click();
    const total = page.getByTestId('evidence-total');
    await total.waitFor();
    const saved = page.getByTestId('evidence-save-state');

    await page
      .getByLabel('为「申报专业」添加材料')
      .selectOption({ label: '营业执照.pdf（1 页） — 合作企业及成员单位' });
    await page
      .getByLabel('为「学校基本信息」添加材料')
      .selectOption({ label: '设备台账扫描件.pdf（50 页） — 合作企业及成员单位' });
    await expect.poll(() => saved.textContent()).toBe('已保存（2 个材料）');
    // 1 index page + 50 + 1 = 52 > 50
    expect(await total.textContent()).toMatch(/合计 52 页.*上限 50 页，超出 2 页/);
    expect(await total.getAttribute('class')).toContain('over');
    // Saved in the forms' order: 学校基本信息 comes before 申报专业 in the 申报书.
    const picks = await app.call<{ picks: { evidenceKey: string; name: string }[] }>('bundle/evidencePicks', {
      applicationId: demo.id,
    });
    expect(picks.picks.map((p) => [p.evidenceKey, p.name])).toEqual([
      ['evSchool', '设备台账扫描件.pdf'],
      ['evMajorName', '营业执照.pdf'],
    ]);

    await page.getByRole('button', { name: '移除 设备台账扫描件.pdf' }).click();
    await expect.poll(() => saved.textContent()).toBe('已保存（1 个材料）');
    expect(await total.textContent()).toMatch(/合计 2 页/);
    expect(await total.getAttribute('class')).not.toContain('over');
    expect(await page.locator('tr[data-key="evMajorName"] .ep-range').textContent()).toBe('2');

    await page.getByRole('button', { name: '导出申报材料包' }).click();
    // Two 佐证材料 of 45 places: the pre-export list names the rest, and the user goes on.
    await page.getByRole('button', { name: '仍然导出' }).click();
    const bar = page.getByRole('progressbar', { name: '导出进度' });
    await bar.waitFor();
    expect(await page.getByTestId('export-progress').locator('li').allTextContents()).toEqual([
      '数据',
      '佐证材料',
      '排版',
      'DOCX',
      'XLSX',
      'PDF',
      '打包',
    ]);
    const entries = await readBundleZip((await exportedFile(page)).bytes, 'bundle.zip');
    const merged = entries.find((e) => /佐证材料\.pdf$/.test(e.path));
    expect(merged).toBeDefined();
    // the 目录索引 page and the one picked page
    expect((await PDFDocument.load(merged!.bytes)).getPageCount()).toBe(2);
    await page.getByTestId('export-progress').waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
