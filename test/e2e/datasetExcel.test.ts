// 导出Excel模板 and 导出Excel on a data set page, in Chromium against browser mode: each is a browser
// download streamed from the core's outbox (an <a download> of /files/download/<token>), and the file
// the user gets is the workbook the core made, under its Chinese name.
import fs from 'node:fs';

import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  await page.getByRole('navigation').getByRole('button', { name: '仪器设备', exact: true }).click();
});
afterAll(async () => {
  await app?.close();
});

/** Clicks a toolbar button and answers the downloaded workbook, its name and the call's answer size. */
async function download(button: string) {
  const call = page.waitForResponse((r) => r.url().includes('/api/dataset%2Fexport'));
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const answer = await (await call).text();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await file.path()) as never);
  return { name: file.suggestedFilename(), sheet: wb.worksheets[0], answer };
}

describe('数据集的 Excel 导出', () => {
  it('downloads the import template, named in Chinese, its headers the importer reads', async () => {
    const t = await download('导出Excel模板');
    expect(t.name).toBe('仪器设备导入模板.xlsx');
    expect((t.sheet.getRow(3).values as unknown[]).slice(1, 4)).toEqual(['资产编号', '资产名称', '规格型号']);
    // The call's answer names the file by token; the workbook itself never passed through the page.
    expect(t.answer.length).toBeLessThan(500);
    expect(JSON.parse(t.answer)).toMatchObject({ ok: true, value: { file: { fileName: '仪器设备导入模板.xlsx' } } });
    await page.getByText('已导出：仪器设备导入模板.xlsx').waitFor();
  });

  it('downloads the data set’s rows, as many as the page lists', async () => {
    const x = await download('导出Excel');
    expect(x.name).toMatch(/^仪器设备.*\.xlsx$/);
    const rows = (await app.call<{ rows: unknown[] }>('dataset/list', { dataset: 'equipment' })).rows.length;
    expect(rows).toBeGreaterThan(0);
    expect(x.sheet.actualRowCount).toBeGreaterThanOrEqual(rows);
    expect(app.pageErrors).toEqual([]);
  });
});
