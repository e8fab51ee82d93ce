// 数据概览 in Chromium on the demo school: the key figures by year in a table and six charts, and
// 开始新年度 from there — asked in the app's own dialog, the new year appears with its yearly
// figures flagged as not yet entered, and the year before keeps its data.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

const tableRows = () => page.getByRole('table', { name: '各年度关键数据' }).locator('tbody tr');

describe('数据概览', () => {
  it('shows every year of the demo school with its figures and a chart per figure', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '数据概览' }).click();
    await expect.poll(() => tableRows().count()).toBe(5);
    const first = await tableRows().first().locator('td').allTextContents();
    expect(first[0]).toBe('2021');
    // 在校生 is in the thousands and 仪器设备总值 in 万元 with two decimals.
    expect(Number(first[1].replace(/,/g, ''))).toBeGreaterThan(1000);
    expect(first[2]).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    for (const title of [
      '全日制在校生',
      '仪器设备总值',
      '技能大赛及获奖',
      '社会培训',
      '合作企业',
      '双师型教师占专任教师比例',
    ]) {
      await expect
        .poll(() => page.getByRole('region', { name: title }).locator('svg.recharts-surface').count())
        .toBeGreaterThan(0);
    }
    expect(await page.locator('td.db-gap').count()).toBe(0);
  });

  it('starts a new year after asking in the app, and flags its empty yearly figures', async () => {
    const before = await app.call<{ rows: { enrolled: number | null }[] }>('dataset/list', {
      dataset: 'majors',
      year: 2025,
    });
    await page.getByRole('button', { name: '开始新年度' }).click();
    const dialog = page.getByRole('dialog', { name: '开始 2026 年度？' });
    await dialog.getByText('2025 年度的数据不会改动').waitFor();
    await dialog.getByRole('button', { name: '开始新年度' }).click();
    await expect.poll(() => tableRows().count()).toBe(6);
    const row2026 = tableRows().last();
    expect(await row2026.locator('td').first().textContent()).toBe('2026');
    expect(await row2026.locator('td').nth(1).getAttribute('class')).toBe('db-gap');
    expect(await page.getByRole('status', { name: '尚未填写的数据' }).textContent()).toMatch(/2026 年度（在校生.*培训/);
    const after = await app.call<{ rows: { enrolled: number | null }[] }>('dataset/list', {
      dataset: 'majors',
      year: 2025,
    });
    expect(after.rows).toEqual(before.rows);
    const copied = await app.call<{ rows: { enrolled: number | null }[] }>('dataset/list', {
      dataset: 'majors',
      year: 2026,
    });
    expect(copied.rows.length).toBe(before.rows.length);
    expect(copied.rows.every((r) => r.enrolled === null)).toBe(true);
  });
});
