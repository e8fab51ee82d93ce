// A new 中职 school's first run, in Chromium at 1366×768: it gives its name, 办学层次 and 统一社会
// 信用代码 (a wrong check digit named plainly), and the home page shows its first steps and only the
// notices open to a 中职 school — 346号 (高职 only) is not offered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ noDatabase: true, viewport: { width: 1366, height: 768 } });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

describe('first run of a new 中职 school', () => {
  it('asks name, 办学层次 and 信用代码, and names a wrong check digit before creating anything', async () => {
    const form = page.getByRole('form', { name: '新建学校' });
    await form.getByRole('button', { name: '新建学校' }).click();
    await form.getByText('请填写学校名称').waitFor();
    await form.getByText('请选择办学层次').waitFor();
    await form.getByLabel('学校名称').fill('郑州市某某中等职业学校');
    await form.getByRole('radio', { name: '中职' }).check();
    await form.getByLabel('统一社会信用代码').fill('12410000MB1A2C3D4Y');
    await expect
      .poll(() => form.getByTestId('credit-code-error').textContent())
      .toBe('统一社会信用代码第 18 位（校验码）「Y」有误，按前 17 位应为「X」，请核对前 17 位或校验码');
    await form.getByRole('button', { name: '新建学校' }).click();
    expect(await app.call<{ open: boolean }>('store/status', {})).toMatchObject({ open: false });

    await form.getByLabel('统一社会信用代码').fill('12410000mb1a2c3d4x');
    await form.getByText('校验码正确').waitFor();
    await form.getByRole('button', { name: '新建学校' }).click();
    await page.getByTestId('school-level').filter({ hasText: '中职' }).waitFor();
    expect(await page.getByTestId('school-name').textContent()).toBe('郑州市某某中等职业学校');
    const school = await app.call<{ rows: Record<string, unknown>[] }>('dataset/list', { dataset: 'school' });
    expect(school.rows[0]).toMatchObject({ educationLevel: '中职', creditCode: '12410000MB1A2C3D4X' });
  });

  it('shows the first steps with their state: 学校信息 ✔, the rest still to do', async () => {
    const steps = page.getByTestId('first-steps').locator('li');
    expect(
      await steps.evaluateAll((els) =>
        els.map((e) => [e.querySelector('.home-step-title')!.firstChild!.textContent, e.getAttribute('data-state')]),
      ),
    ).toEqual([
      ['学校信息', 'done'],
      ['导入专业', 'todo'],
      ['导入设备台账', 'todo'],
      ['第一份申报', 'todo'],
    ]);
    expect(await steps.first().locator('.home-step-mark').textContent()).toBe('✔');
    // The next step is the one offered first: 导入专业 leads to the 专业 page.
    await steps.nth(1).getByRole('button', { name: '去导入' }).click();
    await page.getByRole('heading', { name: '专业', exact: true }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: '首页' }).click();
  });

  it('offers the notices open to a 中职 school with their deadlines, and not 346号', async () => {
    const notices = page.getByTestId('open-notices');
    await notices.locator('li').first().waitFor();
    const offered = await notices.locator('.home-docno').allTextContents();
    expect(offered).toContain('教办职成〔2023〕258号');
    expect(offered).not.toContain('教职成〔2024〕346号');
    expect(offered).not.toContain('教高〔2022〕52号');
    const n258 = notices.locator('li').filter({ hasText: '教办职成〔2023〕258号' });
    expect(await n258.textContent()).toContain('截止日期：2023年8月10日');
    await n258.getByRole('button', { name: '开始申报' }).waitFor();
    expect(await page.getByRole('button', { name: '教职成〔2024〕346号' }).count()).toBe(0);
    expect(await page.getByTestId('not-open').textContent()).toContain(
      '教职成〔2024〕346号（面向高职（专科）、高职（本科）学校）',
    );
    // Found in the 通知库 all the same, 346号 says plainly that it is not for this school.
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await page.getByRole('button', { name: '教职成〔2024〕346号', exact: true }).first().click();
    await expect
      .poll(() => page.getByTestId('audience-note').textContent())
      .toBe('本通知面向高职（专科）、高职（本科）学校；本校办学层次为「中职」，不在申报范围。');
    expect(app.pageErrors).toEqual([]);
  });
});
