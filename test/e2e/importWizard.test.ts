// 从Excel导入 in Chromium on an empty school: a ledger kept in 万元 is previewed with the unit
// named, imported, and undone in one step; a file with a wrong 信用代码 shows the problem by row and
// column and cannot be imported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp, ROOT } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
const FIXTURES = path.join(ROOT, 'test/fixtures/import');

beforeAll(async () => {
  app = await launchApp({ demo: false, schoolName: '导入测试学院' });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

async function openWizard(datasetLabel: string, fixture: string) {
  await page.getByRole('navigation').getByRole('button', { name: datasetLabel }).click();
  await page.getByRole('button', { name: '从Excel导入' }).click();
  const dialog = page.getByRole('dialog', { name: `从Excel导入「${datasetLabel}」` });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: '选择文件…' }).click(),
  ]);
  await chooser.setFiles(path.resolve(FIXTURES, fixture));
  return dialog;
}

const equipmentRows = async () =>
  (await app.call<{ rows: { assetNo: string; amount: number }[] }>('dataset/list', { dataset: 'equipment' })).rows;

describe('从Excel导入', () => {
  it('previews a ledger kept in 万元 with the unit named, imports it, and undoes the import in one step', async () => {
    const sent: { url: string; headers: Record<string, string>; body: string }[] = [];
    const record = (r: Request) => {
      if (r.method() === 'POST') sent.push({ url: r.url(), headers: r.headers(), body: r.postData() ?? '' });
    };
    page.on('request', record);
    const dialog = await openWizard('仪器设备', 'equipment-wan-yuan.xlsx');
    await dialog.getByText('检查通过：3 行数据没有发现问题。').waitFor();
    expect(await dialog.getByRole('status').allTextContents()).toContain(
      '「金额」列按万元填写（见表头「金额（万元）」），导入时换算为元保存',
    );
    // The preview shows the amounts as they will be saved, in 元.
    await dialog.getByRole('cell', { name: '186,000.00' }).first().waitFor();

    await dialog.getByRole('button', { name: '导入 3 行' }).click();
    await dialog.getByText('导入完成：新增 3 行，更新 0 行').waitFor();
    page.off('request', record);
    // The chosen file went once, as itself, to the upload door; every call names it by its token only.
    const uploads = sent.filter((r) => r.url.endsWith('/files/upload'));
    expect(uploads.map((r) => decodeURIComponent(r.headers['x-file-name']))).toEqual(['equipment-wan-yuan.xlsx']);
    const calls = sent.filter((r) => /\/api\/import%2F(preview|apply)$/.test(r.url));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    const fileB64 = fs.readFileSync(path.join(FIXTURES, 'equipment-wan-yuan.xlsx')).toString('base64');
    for (const c of calls) {
      const input = JSON.parse(c.body) as Record<string, unknown>;
      expect(input.file).toMatch(/^[0-9a-f]{32}$/);
      expect(Object.keys(input)).not.toContain('dataBase64');
      expect(c.body).not.toContain(fileB64.slice(0, 64));
      expect(c.body.length).toBeLessThan(2000);
    }
    expect((await equipmentRows()).map((r) => [r.assetNo, r.amount])).toEqual([
      ['SB2019002', 18_600_000],
      ['SB2021001', 2_980_500],
      ['SB2022001', 680_000],
    ]);

    await dialog.getByRole('button', { name: '撤销本次导入' }).click();
    await dialog.getByText('已撤销本次导入').waitFor();
    expect(await equipmentRows()).toEqual([]);
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect.poll(() => page.getByTestId('grid-count').textContent()).toBe('共 0 行');
  });

  it('lists a wrong 信用代码 by sheet, row and column, and does not let the file be imported', async () => {
    const dialog = await openWizard('合作企业及成员单位', 'enterprises-bad-credit-code.xlsx');
    const problems = dialog.locator('.import-problems li');
    await problems.first().waitFor();
    expect(await problems.count()).toBe(1);
    expect(await problems.first().textContent()).toMatch(
      /^工作表「合作企业」，第 7 行，B 列「统一社会信用代码」：.*校验码/,
    );
    expect(await dialog.getByRole('button', { name: /^导入 \d+ 行$/ }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    const { rows } = await app.call<{ rows: unknown[] }>('dataset/list', { dataset: 'enterprises' });
    expect(rows).toEqual([]);
  });

  it('goes back to choosing another file after a Word document or a damaged workbook, and reads the next one', async () => {
    // A clerk picks the notice's Word attachment by mistake (all files shown), then a broken workbook.
    const word = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-wizard-')), '关于报送设备台账的通知.docx');
    fs.writeFileSync(word, '这是一份通知，不是表格。');
    const dialog = await openWizard('仪器设备', word);
    const again = dialog.getByRole('button', { name: '重新选择文件…' });
    await again.waitFor();
    // Said in Chinese, naming the file.
    expect(await dialog.locator('.banner-error').textContent()).toContain('文件「关于报送设备台账的通知.docx」');
    expect(await again.isEnabled()).toBe(true);
    for (const next of [path.join(FIXTURES, 'malformed.xlsx'), path.join(FIXTURES, 'equipment-utf8.csv')]) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), again.click()]);
      await chooser.setFiles(next);
      if (next.endsWith('.xlsx')) await dialog.locator('.banner-error', { hasText: 'malformed.xlsx' }).waitFor();
    }
    await dialog.getByRole('button', { name: /^导入 \d+ 行$/ }).waitFor();
    expect(await dialog.locator('.banner-error').count()).toBe(0);
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await equipmentRows()).toEqual([]);
    fs.rmSync(path.dirname(word), { recursive: true, force: true });
  });

  it('fills a required column the file lacks with one value chosen in the mapping (a 教师名单 without 任职类型)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('教师名单');
    ws.addRow(['工号', '姓名', '性别']);
    ws.addRow(['T0001', '王建华', '男']);
    ws.addRow(['T0002', '李红梅', '女']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-wizard-'));
    const file = path.join(dir, '教师名单.xlsx');
    await wb.xlsx.writeFile(file);
    try {
      await page.getByRole('navigation').getByRole('button', { name: '教师' }).click();
      await page.getByRole('button', { name: '从Excel导入' }).click();
      const dialog = page.getByRole('dialog', { name: '从Excel导入「教师」' });
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        dialog.getByRole('button', { name: '选择文件…' }).click(),
      ]);
      await chooser.setFiles(file);
      const missing = dialog.locator('.import-problems li').filter({ hasText: '文件中没有「任职类型」列（必填）' });
      await missing.waitFor();
      // The mapping is folded away under the problem; the problem opens it.
      expect(await dialog.getByLabel('「任职类型」对应的列').isVisible()).toBe(false);
      await missing.getByRole('button', { name: '调整列对应' }).click();
      await dialog.getByLabel('「任职类型」对应的列').selectOption({ label: '全部填为「专任教师」' });
      await dialog.getByText('检查通过：2 行数据没有发现问题。').waitFor();
      await dialog.getByRole('button', { name: '导入 2 行' }).click();
      await dialog.getByText('导入完成：新增 2 行，更新 0 行').waitFor();
      const { rows } = await app.call<{ rows: { name: string; employment: string }[] }>('dataset/list', {
        dataset: 'teachers',
      });
      expect(rows.map((r) => [r.name, r.employment])).toEqual([
        ['王建华', '专任教师'],
        ['李红梅', '专任教师'],
      ]);
      await dialog.getByRole('button', { name: '完成' }).click();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('undoes an earlier import from 导入记录, after asking in the app', async () => {
    const batch = await app.call<{ batchId: number; inserted: number }>('import/apply', {
      dataset: 'equipment',
      file: app.chosen('设备.csv', fs.readFileSync(path.join(FIXTURES, 'equipment-utf8.csv'))),
    });
    expect((await equipmentRows()).length).toBe(4);
    await page.getByRole('navigation').getByRole('button', { name: '导入记录' }).click();
    const row = page.locator('tr', { hasText: '设备.csv' });
    await row.getByRole('button', { name: '撤销' }).click();
    const ask = page.getByRole('dialog', { name: `撤销第 ${batch.batchId} 次导入？` });
    expect(await ask.textContent()).toContain('删除它新增的 4 行');
    await ask.getByRole('button', { name: '撤销导入' }).click();
    await expect.poll(async () => (await equipmentRows()).length).toBe(0);
  });
});
