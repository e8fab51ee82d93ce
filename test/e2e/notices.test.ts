// 通知库 in Chromium: every notice with 文号, deadline and days left (overdue in red), programme
// notices with their project types, a pack file imported from disk (a broken one refused with the
// place of each error), and the eligibility verdict following the chosen parameters.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp, ROOT } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

/** A seed pack with the parts the tests below change (to make it invalid, or a new notice). */
interface EditablePack {
  id: string;
  level: string;
  docNo: string;
  eligibility: { rules: { op: string }[] };
}
const seed = (id: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/packs', `${id}.json`), 'utf8')) as EditablePack;

async function importFile(name: string, json: unknown) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入通知包' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
  await page.getByTestId('notice-henan-2024-346').waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('通知库', () => {
  it('lists every seed notice with its kind, deadline state and the school’s applications', async () => {
    for (const id of ['henan-2024-346', 'henan-2023-258', 'zhengzhou-2023-38', 'henan-2023-189', 'henan-2022-52'])
      await page.getByTestId(`notice-${id}`).waitFor();
    const card = page.getByTestId('notice-henan-2024-346');
    expect(await card.locator('.kind-badge').textContent()).toBe('申报类');
    // The deadline 2024-11-15 has passed on this machine's clock: shown as overdue, in red.
    expect(await card.locator('.nl-overdue').textContent()).toMatch(/^已逾期 \d+ 天$/);
    expect(await card.locator('.nl-overdue').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(198, 40, 40)');
    expect(await card.locator('.status-badge').first().textContent()).toBe('草稿');
    const programme = page.getByTestId('notice-henan-2022-52');
    expect(await programme.locator('.kind-badge').textContent()).toBe('项目类通知');
    expect(await programme.locator('.nl-projects').textContent()).toContain('每年遴选认定 3-5所');
  });

  it('refuses a broken pack file with every error and its place, and imports a good one', async () => {
    const bad = seed('zhengzhou-2023-38');
    bad.id = 'broken-pack';
    bad.level = '乡';
    bad.eligibility.rules[0].op = '≈';
    await importFile('broken.json', bad);
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
    await alert.waitFor();
    expect(await alert.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await alert.textContent()).toContain('level');
    expect(await page.getByTestId('notice-broken-pack').count()).toBe(0);

    const good = seed('zhengzhou-2023-38');
    good.id = 'zhengzhou-2024-test';
    good.docNo = '郑政办〔2024〕99号';
    await importFile('good.json', good);
    await page.getByTestId('notice-zhengzhou-2024-test').waitFor();
    expect(await page.getByTestId('notice-zhengzhou-2024-test').locator('.nl-tag').textContent()).toBe('导入');
  });

  it('checks eligibility for the parameters being chosen and says the verdict in words', async () => {
    await page.getByRole('button', { name: '教职成〔2024〕346号' }).click();
    const verdict = page.getByTestId('eligibility-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(
      /^1-4项基本条件 (全部满足|满足 \d+\/\d+ 项).*，5-10项 满足 \d 项（需 ≥ 4 项.*）：(符合|不符合)申报条件|尚待确认/,
    );
    const rows = page.getByTestId('eligibility-panel').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    expect(await rows.first().textContent()).toContain('办学定位清晰，办学规模较大');
    expect(await page.getByTestId('eligibility-panel').locator('tr[data-rule="1.1"]').textContent()).toContain(
      '15,000 人',
    );
    // 2.1 is the chosen 服务专业群's enrolment: another group gives another figure.
    const groupRow = rows.filter({ hasText: '实训中心所服务专业（专业群）全日制在校生' });
    const before = await groupRow.locator('td').nth(2).textContent();
    const group = page.getByLabel('服务专业群');
    const other = await group.locator('option').nth(1).getAttribute('value');
    await group.selectOption(other);
    await expect.poll(() => groupRow.locator('td').nth(2).textContent()).not.toBe(before);
  });
});
