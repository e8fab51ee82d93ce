// The form editor as office staff use it, in Chromium against browser mode: bound values marked and
// reset, an invalid value blocking export until accepted, 字数 against the limit, autosave surviving a
// reload, the 素材库, the completeness bar's 「下一项」 and the bundle export.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Pack, ResolvedField } from '../../shared/packs/packSchema';
import { listZipEntries } from './support/docxTables';
import { exportedFile } from './support/exportedFile';
import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
let demoId: number;
let demoTitle: string;
/** A narrative of 教办职成〔2023〕258号 with the smallest word limit the notice sets. */
let narrative: { key: string; limit: number };
let typed = '';

async function coreField(key: string, id: number): Promise<ResolvedField> {
  const r = await app.call<{ resolved: { fields: Record<string, ResolvedField> } }>('application/get', {
    applicationId: id,
  });
  return r.resolved.fields[key];
}

async function openApplication(title: string) {
  await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
  await page.getByRole('button', { name: title, exact: true }).first().click();
  await page.getByRole('tablist').waitFor();
}

/** The field's editor, switching to the tab (form) that holds it. */
async function showField(key: string) {
  const field = page.getByTestId(`field-${key}`);
  for (const tab of await page.getByRole('tab').all()) {
    if (await field.count()) break;
    await tab.click();
  }
  return field;
}

async function waitSaved() {
  await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
}

async function create258(title: string): Promise<number> {
  return (await app.call<{ id: number }>('application/create', { packId: 'henan-2023-258', params: {}, title })).id;
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  const [demo] = await app.call<{ id: number; title: string }[]>('application/list', { packId: 'henan-2024-346' });
  demoId = demo.id;
  demoTitle = demo.title;
  const { pack } = await app.call<{ pack: Pack }>('pack/get', { packId: 'henan-2023-258' });
  const limited = pack.fields
    .filter((f) => f.type === 'narrative' && f.wordLimit)
    .sort((a, b) => a.wordLimit! - b.wordLimit!);
  narrative = { key: limited[0].key, limit: limited[0].wordLimit! };
  await openApplication(demoTitle);
});
afterAll(async () => {
  await app?.close();
});

describe('form editor', () => {
  it('marks a bound value as from the base data, marks an override 已修改, and 恢复默认 brings the default back', async () => {
    const field = page.getByTestId('field-schoolAffiliation');
    const input = field.locator('input');
    const bound = await input.inputValue();
    expect(bound).not.toBe('');
    await expect.poll(() => field.getByTestId('badge-data').getAttribute('title')).toContain('学校基本信息');

    await input.fill('郑州市教育局');
    await field.getByTestId('badge-modified').waitFor();
    expect(await field.getByTestId('badge-data').count()).toBe(0);
    await waitSaved();
    expect(await coreField('schoolAffiliation', demoId)).toMatchObject({ overridden: true, value: '郑州市教育局' });

    await field.getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => input.inputValue()).toBe(bound);
    await field.getByTestId('badge-data').waitFor();
    expect(await field.getByTestId('badge-modified').count()).toBe(0);
    expect(await coreField('schoolAffiliation', demoId)).toMatchObject({ overridden: false, value: bound });
  });

  it('shows an invalid value in place and blocks export until it is accepted or fixed', async () => {
    const exportButton = page.getByRole('button', { name: '导出申报材料包' });
    expect(await exportButton.isDisabled()).toBe(false);
    const field = page.getByTestId('field-schoolEnrolled');
    await field.locator('input').fill('一万二');
    await field.locator('.fe-problem').filter({ hasText: '应为数字' }).waitFor();
    await expect.poll(() => exportButton.isDisabled()).toBe(true);
    await field.getByRole('button', { name: '确认无误，仍要导出' }).click();
    await expect.poll(() => exportButton.isDisabled()).toBe(false);
    expect((await coreField('schoolEnrolled', demoId)).problems.find((p) => p.code === 'type')?.accepted).toBe(true);
    await field.getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => field.locator('.fe-problem').count()).toBe(0);
    expect(typeof (await coreField('schoolEnrolled', demoId)).value).toBe('number');
  });

  it('counts 字数 as Word does while typing and warns past the limit', async () => {
    const id = await create258('联合体推荐书（测试）');
    await openApplication('联合体推荐书（测试）');
    const field = await showField(narrative.key);
    const box = field.locator('textarea');
    await box.fill('甲'.repeat(narrative.limit - 5));
    await box.press('End');
    await page.keyboard.type('乙乙乙 AI 2024');
    // limit − 5 + 3 CJK characters + «AI» + «2024» = the limit exactly: no warning yet.
    await expect
      .poll(() => field.getByTestId('word-count').textContent())
      .toBe(`${narrative.limit} / ${narrative.limit} 字`);
    expect(await field.getByRole('alert').count()).toBe(0);
    await page.keyboard.type('丙丙丙丙丙');
    await expect
      .poll(() => field.getByTestId('word-count').textContent())
      .toBe(`${narrative.limit + 5} / ${narrative.limit} 字，超出 5 字`);
    await expect.poll(() => field.getByRole('alert').textContent()).toContain('超出字数上限');
    await waitSaved();
    await field.locator('.fe-problem').filter({ hasText: '字' }).waitFor();
    const saved = await coreField(narrative.key, id);
    expect(saved.wordCount).toBe(narrative.limit + 5);
    expect(saved.problems.map((p) => p.code)).toContain('wordLimit');
    typed = `${'甲'.repeat(narrative.limit - 5)}乙乙乙 AI 2024丙丙丙丙丙`;
  });

  it('keeps what was typed across a reload of the window, even a keystroke made just before it (autosave)', async () => {
    const box = page.getByTestId(`field-${narrative.key}`).locator('textarea');
    await box.press('End');
    await page.keyboard.type('丁');
    typed += '丁';
    // No wait for 已保存: the reload comes inside the 300 ms save delay.
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await openApplication('联合体推荐书（测试）');
    const field = await showField(narrative.key);
    await expect.poll(() => field.locator('textarea').inputValue()).toBe(typed);
  });

  it('offers earlier narratives in the 素材库 with their 字数 against the new limit, and inserts one', async () => {
    const id = await create258('联合体推荐书（第二份）');
    await openApplication('联合体推荐书（第二份）');
    const field = await showField(narrative.key);
    await field.getByRole('button', { name: '素材库…' }).click();
    const lib = page.getByTestId('material-library');
    await lib.getByPlaceholder(/输入关键词/).fill('乙乙乙');
    const item = lib.locator('.ml-item').first();
    await item.waitFor();
    expect(await item.getByTestId('word-count').textContent()).toBe(
      `${narrative.limit + 6} / ${narrative.limit} 字，超出 6 字`,
    );
    await item.getByRole('button', { name: '替换为此段' }).click();
    await expect.poll(() => field.locator('textarea').inputValue()).toBe(typed);
    await waitSaved();
    expect((await coreField(narrative.key, id)).wordCount).toBe(narrative.limit + 6);
  });

  it('goes from the completeness bar to the next field still empty or invalid', async () => {
    const [second] = (await app.call<{ id: number; title: string }[]>('application/list', {})).filter(
      (a) => a.title === '联合体推荐书（第二份）',
    );
    await page.getByRole('button', { name: '下一项待填 ›' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.fe-field')?.id ?? ''))
      .toMatch(/^field-/);
    const key = (await page.evaluate(() => document.activeElement!.closest('.fe-field')!.id)).slice('field-'.length);
    const f = await coreField(key, second.id);
    expect(
      f.value === null ||
        f.value === '' ||
        (Array.isArray(f.value) && !f.value.length) ||
        f.problems.some((p) => !p.accepted),
    ).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the bundle as one zip, marks the application 已导出, then 已提交 on request', async () => {
    await openApplication(demoTitle);
    // The answer the page gets names the zip by token: no file's bytes pass through the page.
    const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/bundle%2Fexport', {
      timeout: 90_000,
    });
    await page.getByRole('button', { name: '导出申报材料包' }).click();
    // The demo has no 佐证材料: the pre-export list says so, and the user goes on.
    await page.getByRole('button', { name: '仍然导出' }).click();
    const body = await (await answer).text();
    expect(body.length).toBeLessThan(2000);
    const parsed = JSON.parse(body) as { ok: boolean; value: { file: { token: string; fileName: string } } };
    expect(parsed.ok).toBe(true);
    expect(parsed.value.file.token).toMatch(/^[0-9a-f]{32}$/);
    expect(parsed.value.file.fileName).toMatch(/\.zip$/);
    const saved = await exportedFile(page);
    expect(saved.path).toMatch(/\.zip$/);
    const entries = await listZipEntries(saved.bytes);
    expect(entries.some((e) => /申报书.*\.docx$/.test(e))).toBe(true);
    await expect.poll(() => page.getByTestId('app-status').textContent(), { timeout: 10_000 }).toBe('已导出');
    await page.getByRole('button', { name: '标记为已提交' }).click();
    await expect.poll(() => page.getByTestId('app-status').textContent()).toBe('已提交');
    const [summary] = await app.call<{ status: string }[]>('application/list', { packId: 'henan-2024-346' });
    expect(summary.status).toBe('submitted');
  });
});
