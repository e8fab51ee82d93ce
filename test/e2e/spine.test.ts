// The spine end to end, as a newcomer does it in browser mode on an empty data folder: open the demo
// school, rename it, create the 346号 application choosing its parameters, download the 申报书 as
// DOCX, and check the DOCX's own XML: the new name and enterprise (1)'s data in their cells.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cellAfterLabel, docxTableRows, readZipEntry } from './support/docxTables';
import { exportedFile } from './support/exportedFile';
import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ noDatabase: true });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

describe('spine: first run → demo school → 346号 申报书 DOCX', () => {
  it('fills the 申报书 from the data just entered, in the right cells', async () => {
    const newName = `河南测试职业技术学院${Date.now() % 10000}`;

    // First run: no database yet.
    await page.getByRole('button', { name: '打开示例学校' }).click();
    await page.getByRole('navigation').waitFor();

    // 学校基本信息: change the name; leaving the box saves it (the page saves each field itself).
    await page.getByRole('navigation').getByRole('button', { name: '学校基本信息' }).click();
    const nameBox = page.locator('#school-name');
    await nameBox.fill(newName);
    await nameBox.blur();
    await expect.poll(() => page.getByTestId('school-name').textContent(), { timeout: 10_000 }).toBe(newName);

    // 通知库 → 教职成〔2024〕346号 → choose the parameters → 新建申报.
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await page.getByRole('button', { name: '教职成〔2024〕346号' }).click();
    const e1 = page.getByLabel('合作企业（1）');
    await e1.locator('option').nth(2).waitFor({ state: 'attached' });
    const chosen = (await e1.locator('option').nth(2).getAttribute('value'))!;
    await e1.selectOption(chosen);
    await expect.poll(() => e1.inputValue()).toBe(chosen);
    await page.getByRole('button', { name: '新建申报' }).click();
    // The demo school already has its 346号 application: the notice's 限报1个 is said, and the user goes on.
    await page.getByRole('button', { name: '仍然新建' }).click();
    await page.getByRole('tab', { name: '附件1 申报书' }).waitFor();

    // The 申报书 as DOCX, where the export message says it was saved.
    await page.getByTestId('download-docx').click();
    const saved = await exportedFile(page, 60_000);
    expect(saved.path).toMatch(/\.docx$/);
    const docx = saved.bytes;
    const xml = (await readZipEntry(docx, 'word/document.xml')).toString('utf8');
    const rows = docxTableRows(xml);

    const schoolRow = rows.find((r) => r.some((c) => c === '学校名称'));
    expect(schoolRow, '申报书中没有「学校名称」一行').toBeDefined();
    expect(cellAfterLabel(schoolRow!, '学校名称')).toBe(newName);

    // The 合作企业（1） block: from its label row up to the 合作企业（2） block.
    const start = rows.findIndex((r) => r.some((c) => c.replace(/\s/g, '').includes('合作企业（1）')));
    const end = rows.findIndex((r, i) => i > start && r.some((c) => c.replace(/\s/g, '').includes('合作企业（2）')));
    expect(start).toBeGreaterThanOrEqual(0);
    const block = rows.slice(start, end < 0 ? undefined : end);
    const enterprises = (
      await app.call<{ rows: { name: string; creditCode: string }[] }>('dataset/list', { dataset: 'enterprises' })
    ).rows;
    const e = enterprises.find((x) => x.name === chosen)!;
    expect(e.creditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
    const nameCell = block.map((r) => cellAfterLabel(r, '企业名称')).find((x) => x !== undefined);
    const codeCell = block.map((r) => cellAfterLabel(r, '统一社会信用代码')).find((x) => x !== undefined);
    expect(nameCell).toBe(e.name);
    expect(codeCell).toBe(e.creditCode);
    expect(app.pageErrors).toEqual([]);
  });
});
