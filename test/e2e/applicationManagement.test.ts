// The notice page as a school office uses it: what the notice asks and how each item is handled,
// the quota warning in the notice's words, renaming, copying, deleting and restoring applications,
// answering the conditions the data cannot decide, the 自查表 download, a 不适用 target for a 高职
// school, and the list of what is missing before an export (which still goes on when confirmed).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ApplicationSummary } from '../../shared/api/applicationCalls';
import { exportedFile } from './support/exportedFile';
import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
const apps = () => app.call<ApplicationSummary[]>('application/list', { packId: 'henan-2024-346' });

async function openNotice(docNo: string) {
  await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
  await page.getByRole('button', { name: docNo }).click();
  await page.getByTestId('notice-requirements').waitFor();
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  await openNotice('教职成〔2024〕346号');
}, 180_000);
afterAll(async () => {
  await app?.close();
});

describe('通知页：申报管理', { timeout: 120_000 }, () => {
  it('lists what the notice asks: computed from the data, asked of the school, forms, and the submission', async () => {
    const computed = page.getByTestId('req-computed');
    await computed.locator('li[data-rule="1.1"]').filter({ hasText: '本校 17,234 人，要求 ≥ 15,000 人' }).waitFor();
    expect(await page.getByTestId('req-confirm').locator('li[data-rule="1.2"]').textContent()).toContain('待确认');
    expect(await page.getByTestId('req-forms').textContent()).toContain(
      '附件1 河南省职业教育高水平专业化产教融合实训中心申报书报送：纸质2份，加盖公章，同时提交电子版',
    );
    const submission = await page.getByTestId('req-submission').textContent();
    expect(submission).toContain('截止时间：2024年11月15日');
    expect(submission).toContain('佐证材料：纸质1份，加盖公章，同时提交电子版，不超过50页');
    expect(submission).toContain('电子版发送至：zhijiaochu2021@126.com');
    expect(submission).toContain('名额：每所高等职业学校限报1个');
  });

  it('answers a condition the data cannot decide, and the list shows the answer', async () => {
    const row = page.getByTestId('eligibility-panel').locator('tr[data-rule="1.2"]');
    await row.getByRole('button', { name: '条件 1.2：是' }).click();
    await row.locator('.el-confirmed').filter({ hasText: '已确认：是' }).waitFor();
    await page.getByTestId('req-confirm').locator('li[data-rule="1.2"]').filter({ hasText: '已确认：是' }).waitFor();
  });

  it('warns in the notice’s words before a second application, and creates it when the user goes on', async () => {
    await page.getByRole('button', { name: '新建申报' }).click();
    const dialog = page.getByRole('dialog', { name: '超出通知规定的名额' });
    expect(await dialog.getByTestId('quota-warning').textContent()).toContain('通知要求「每所高等职业学校限报1个」');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await apps()).toHaveLength(1);
    await page.getByRole('button', { name: '新建申报' }).click();
    await page.getByRole('button', { name: '仍然新建' }).click();
    await page.getByTestId('app-status').waitFor();
    expect(await apps()).toHaveLength(2);
    // The answer given on the notice page came along into the new application.
    const newest = (await apps()).at(-1)!;
    const check = await app.call<{ rules: { id: string; status: string }[] }>('eligibility/check', {
      packId: 'henan-2024-346',
      applicationId: newest.id,
      params: {},
    });
    expect(check.rules.find((r) => r.id === '1.2')?.status).toBe('met');
    await openNotice('教职成〔2024〕346号');
  });

  it('renames in place, copies for next year, deletes after asking and restores from the history', async () => {
    const [first, second] = await apps();
    const row = page.getByTestId(`application-${second.id}`);
    await row.getByRole('button', { name: '重命名' }).click();
    await row.getByLabel('申报名称').fill('备选：工业机器人方向');
    await row.getByRole('button', { name: '保存' }).click();
    await row.getByRole('button', { name: '备选：工业机器人方向' }).waitFor();
    expect((await apps()).find((a) => a.id === second.id)?.title).toBe('备选：工业机器人方向');

    await page.getByTestId(`application-${first.id}`).getByRole('button', { name: '复制' }).click();
    const copy = page.getByRole('dialog', { name: '复制申报' });
    expect(await copy.getByRole('alert').textContent()).toContain('每所高等职业学校限报1个');
    await copy.getByLabel('新申报的名称').fill('2025年度实训中心申报');
    expect(await copy.getByLabel('统计年度').inputValue()).toBe('2024');
    await copy.getByRole('button', { name: '复制' }).click();
    await page.getByRole('button', { name: '2025年度实训中心申报' }).waitFor();
    const copied = (await apps()).find((a) => a.title === '2025年度实训中心申报')!;
    expect(copied.params.baseYear).toBe(2024);

    await page.getByTestId(`application-${second.id}`).getByRole('button', { name: '删除' }).click();
    const ask = page.getByRole('dialog', { name: '删除这份申报？' });
    expect(await ask.textContent()).toContain('删除前会自动备份');
    await ask.getByRole('button', { name: '删除' }).click();
    await page.getByTestId(`application-${second.id}`).waitFor({ state: 'detached' });
    const deleted = page.getByTestId('deleted-applications');
    await deleted.getByText('备选：工业机器人方向').waitFor();
    expect((await apps()).some((a) => a.id === second.id)).toBe(false);

    await deleted.getByRole('button', { name: '恢复' }).click();
    await page.getByRole('dialog', { name: '恢复这份申报？' }).getByRole('button', { name: '恢复' }).click();
    await page.getByTestId(`application-${second.id}`).waitFor();
    expect(await deleted.textContent()).toContain('已恢复');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('自查', { timeout: 120_000 }, () => {
  it('shows 38号 T3 as 不适用 for a 高职 school, and downloads the 目标自查表', async () => {
    await openNotice('郑政办〔2023〕38号');
    const t3 = page.getByTestId('eligibility-panel').locator('tr[data-rule="T3"]');
    expect(await t3.locator('.el-badge').textContent()).toBe('不适用');
    expect(await t3.textContent()).toContain('仅适用于中职学校');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
    expect(download.suggestedFilename()).toBe('河南示范职业技术学院郑政办〔2023〕38号目标自查表.docx');
  });

  it('says a programme notice has no conditions, with no verdict', async () => {
    await openNotice('教职成〔2023〕189号');
    expect(await page.getByTestId('req-none').textContent()).toContain(
      '本通知没有可核对的申报条件，不作符合与否的结论',
    );
    expect(await page.locator('body').textContent()).not.toMatch(/符合申报条件。|：符合申报条件/);
  });
});

describe('导出前核对', { timeout: 180_000 }, () => {
  it('lists the missing 佐证材料 with the empty 页码 cells, and exports only after the user confirms', async () => {
    const [first] = await apps();
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await page.getByRole('button', { name: '教职成〔2024〕346号' }).click();
    await page.getByRole('button', { name: first.title }).first().click();
    await page.getByTestId('app-status').waitFor();

    await page.getByRole('button', { name: '导出申报材料包' }).click();
    const list = page.getByTestId('export-checklist');
    await list.waitFor();
    expect(await list.getByTestId('ec-evidence').textContent()).toMatch(
      /^没有选用任何佐证材料：导出后 \d+ 个「佐证材料页码」格将空着学校基本信息/,
    );
    expect(await list.getByTestId('ec-unconfirmed').textContent()).toMatch(
      /^10 项申报条件尚未由学校确认1\.2 办学定位清晰/,
    );
    await page.getByRole('button', { name: '取消' }).click();
    await list.waitFor({ state: 'detached' });
    expect((await apps()).find((a) => a.id === first.id)?.status).toBe('draft');

    await page.getByRole('button', { name: '导出申报材料包' }).click();
    await page.getByRole('button', { name: '仍然导出' }).click();
    // Saved where the export message says (browser mode saves through the core, not as a download).
    expect((await exportedFile(page, 120_000)).path).toMatch(/申报材料（机电一体化技术专业）\.zip$/);
    await expect.poll(() => page.getByTestId('app-status').textContent(), { timeout: 10_000 }).toBe('已导出');
  });
});
