// 学校数据包 in Chromium: the demo school makes one (the dialog says it holds personal data), a new PC
// restores it from the welcome page, restoring over a school asks first and backs up; a file that is
// not a package is refused. And the export panel lists the upload bundle's files before writing it.
import fs from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

let demo: LaunchedApp;
let fresh: LaunchedApp | undefined;
let saved: { name: string; bytes: Buffer } | null = null;

beforeAll(async () => {
  demo = await launchApp({ demo: true });
}, 180_000);

afterAll(async () => {
  await demo?.close();
  await fresh?.close();
});

async function choosePackage(page: Page, name: string, buffer: Buffer) {
  const choose = page.getByRole('button', { name: /选择学校数据包|重新选择/ });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

describe('学校数据包', () => {
  it('the export panel lists the bundle’s files, and says no base data or unprinted personal data is in it', async () => {
    const page = demo.page;
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    const [app] = await demo.call<{ title: string }[]>('application/list', { packId: 'henan-2024-346' });
    await page.getByRole('button', { name: app.title, exact: true }).first().click();
    const contents = page.getByTestId('bundle-contents');
    await contents.waitFor();
    await contents.locator('summary').click();
    const files = await contents.getByRole('list', { name: '材料包中的文件' }).locator('li').allTextContents();
    expect(files.some((f) => /申报书（.+专业）\.docx/.test(f))).toBe(true);
    expect(files.some((f) => /申报汇总表\.xlsx/.test(f))).toBe(true);
    expect(files.at(-1)).toMatch(/^manifest\.json/);
    expect(files.some((f) => f.includes('data.json'))).toBe(false);
    expect(await contents.textContent()).toContain('不含学校的基础数据，也不含表中没有印出的身份证号、手机号');
    // With PDF asked for, the PDFs join the list before anything is written.
    await page.getByRole('checkbox', { name: '同时生成PDF' }).check();
    await expect
      .poll(async () => (await contents.locator('li').allTextContents()).filter((f) => /\.pdf/.test(f)).length)
      .toBe(3);
  });

  it('makes the package after a dialog that says plainly it holds personal data', async () => {
    const page = demo.page;
    await page.getByRole('navigation').getByRole('button', { name: '学校数据包' }).click();
    expect(await page.getByTestId('school-package-warning').textContent()).toMatch(
      /身份证号.*手机号.*请勿上传.*电子邮件/,
    );
    await page.getByRole('button', { name: '生成学校数据包…' }).click();
    const dialog = page.getByRole('dialog', { name: '学校数据包含有个人信息' });
    expect(await dialog.textContent()).toMatch(/请勿上传到任何网站或平台，请勿通过电子邮件/);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: '我已知晓，生成' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^河南示范职业技术学院 学校数据包 \d{8}\.sbtdata$/);
    saved = { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
    const made = page.getByTestId('school-package-made');
    await made.waitFor();
    expect(await made.textContent()).toMatch(/教师891/);
    expect(demo.pageErrors).toEqual([]);
  });

  it('a new PC restores it from the welcome page; restoring over a school asks and backs up first', async () => {
    expect(saved).not.toBeNull();
    fresh = await launchApp({ noDatabase: true });
    const page = fresh.page;
    await page.getByRole('heading', { name: '从学校数据包恢复' }).waitFor();
    await choosePackage(page, 'not-a-package.sbtdata', Buffer.from('hello'));
    const refused = page.getByTestId('school-package-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/不是有效的学校数据包.*现有数据没有任何改动/);

    await choosePackage(page, saved!.name, saved!.bytes);
    await page.getByTestId('school-package-verified').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '恢复这所学校' }).click();
    await page.getByRole('dialog', { name: '恢复学校数据？' }).getByRole('button', { name: '恢复' }).click();
    await expect
      .poll(() => page.getByTestId('school-name').textContent(), { timeout: 60_000 })
      .toBe('河南示范职业技术学院');
    expect(await page.getByRole('status').filter({ hasText: '已从学校数据包恢复' }).count()).toBe(1);
    expect((await fresh.call<{ rows: unknown[] }>('dataset/list', { dataset: 'teachers' })).rows).toHaveLength(891);

    // Now the same package over the school that is open: asked first, backed up first.
    await page.getByRole('navigation').getByRole('button', { name: '学校数据包' }).click();
    await choosePackage(page, saved!.name, saved!.bytes);
    await page.getByRole('button', { name: '用数据包替换现有学校…' }).click({ timeout: 60_000 });
    const dialog = page.getByRole('dialog', { name: '替换现有学校的全部数据？' });
    expect(await dialog.textContent()).toContain('替换前会自动备份当前数据库');
    await dialog.getByRole('button', { name: '备份后替换' }).click();
    const done = page.getByTestId('school-package-restored');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toMatch(/替换前的数据库已备份到：.*before-school-restore/);
    expect(fresh.pageErrors).toEqual([]);
  });
});
