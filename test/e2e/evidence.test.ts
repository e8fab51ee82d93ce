// 佐证材料 and 专业目录 in Chromium: a PDF uploaded to an enterprise is listed under that
// enterprise, previews from a blob: URL, and is removed again; the catalogue page shows its source
// and counts, finds a major, and lists every error of a broken catalogue file by sheet, row and column.
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

async function onePagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Certificate of cooperation', { x: 60, y: 760, size: 18 });
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  page.on('dialog', (d) => void d.accept());
});
afterAll(async () => {
  await app?.close();
});

describe('佐证材料', () => {
  it('uploads a PDF to an enterprise, lists it under that enterprise, previews it and removes it', async () => {
    const enterprises = await app.call<{ rows: { id: number; name: string }[] }>('dataset/list', {
      dataset: 'enterprises',
    });
    const target = enterprises.rows[1];
    await page.getByRole('navigation').getByRole('button', { name: '佐证材料' }).click();
    await page.getByText('还没有佐证材料').waitFor();

    const upload = page.getByRole('region', { name: '添加佐证材料' });
    expect(await upload.getByLabel('数据集').inputValue()).toBe('enterprises');
    await upload.getByLabel('查找记录').fill(target.name);
    await upload.getByLabel('记录', { exact: true }).selectOption({ label: target.name });
    await upload.getByLabel('说明').fill('校企合作协议');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      upload.getByRole('button', { name: '选择文件并上传…' }).click(),
    ]);
    await chooser.setFiles({ name: '合作协议.pdf', mimeType: 'application/pdf', buffer: await onePagePdf() });

    const table = page.getByRole('table', { name: '佐证材料列表' });
    const row = table.locator('tbody tr').filter({ hasText: '合作协议.pdf' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['合作企业及成员单位', target.name, '合作协议.pdf', 'PDF', '1', '校企合作协议']),
    );
    const saved = await app.call<{ items: { rowId: number; dataset: string }[] }>('evidence/list', {});
    expect(saved.items).toEqual([expect.objectContaining({ dataset: 'enterprises', rowId: target.id })]);

    await row.getByRole('button', { name: '预览' }).click();
    const frame = page.getByTitle('PDF 预览：合作协议.pdf');
    await frame.waitFor();
    // Shown by token from the core (files/view/…), typed by its own bytes: the page never holds the file.
    const src = (await frame.getAttribute('src')) ?? '';
    expect(src).toMatch(/^\.\/files\/view\/[0-9a-f]{32}$/);
    const served = await page.evaluate(async (url) => {
      const r = await fetch(url);
      const head = new Uint8Array(await r.arrayBuffer()).subarray(0, 5);
      return { status: r.status, type: r.headers.get('content-type'), head: String.fromCharCode(...head) };
    }, src);
    expect(served).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });

    await row.getByRole('button', { name: '移除' }).click();
    // Asked in the app's own dialog, naming the record and the file.
    const ask = page.getByRole('dialog', { name: '移除佐证材料？' });
    expect(await ask.textContent()).toContain(`从「${target.name}」上移除佐证材料「合作协议.pdf」`);
    await ask.getByRole('button', { name: '移除' }).click();
    await page.getByText('还没有佐证材料').waitFor();
    expect(await page.getByTitle('PDF 预览：合作协议.pdf').count()).toBe(0);
    expect((await app.call<{ items: unknown[] }>('evidence/list', {})).items).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('专业目录', () => {
  it('shows the loaded catalogue, finds a major and lists each error of a broken file by place', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '专业目录' }).click();
    const source = page.getByTestId('catalogue-source');
    await source.waitFor();
    const before = await source.textContent();
    const counts = page.getByRole('table', { name: '各层次专业数' });
    expect(await counts.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);

    await page.getByLabel('专业代码或名称').fill('工业机器人');
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByRole('table', { name: '查找结果' }).getByText('工业机器人技术').first().waitFor();

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目录');
    ws.addRow(['层次', '专业代码', '专业名称', '专业大类', '专业类']);
    ws.addRow(['高职专科', '460305', '工业机器人技术', '装备制造大类', '自动化类']);
    ws.addRow(['高职专科', 'ABC', '', '装备制造大类', '自动化类']);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '增补专业目录…' }).click(),
    ]);
    await chooser.setFiles({
      name: '坏目录.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const alert = page.getByRole('alert').filter({ hasText: '坏目录.xlsx' });
    await alert.waitFor();
    const lines = await alert.locator('li').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toMatch(/工作表「目录」，第 3 行，专业代码 列：.*ABC/);
    // All or nothing: the catalogue in use is unchanged.
    expect(await source.textContent()).toBe(before);

    await page
      .getByRole('region', { name: '与目录不符的专业' })
      .getByText(/代码和名称都与专业目录一致|与目录不符的专业（\d+ 个）/)
      .first()
      .waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
