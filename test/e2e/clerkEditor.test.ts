// The application editor as a clerk meets it, in Chromium: the layout at 1366×657 (a browser with
// its toolbars), then at 1366×768 the clickable problem list, 「下一项待填」 going to required fields first, the
// preview following the field being edited and zooming, and the export message with the file's
// folder and 「打开所在文件夹」, its options remembered.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { installedFontSet } from '../../shared/fonts/missingFontRemarks';
import { exportedFile } from './support/exportedFile';
import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
let demo: { id: number; title: string };
const opened: string[] = [];

async function openApplication(title: string) {
  await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
  await page.getByRole('button', { name: title, exact: true }).first().click();
  await page.getByRole('tablist').waitFor();
  await page.getByTestId('completeness').waitFor();
}

/** The key of the field holding the keyboard focus. */
const focusedField = () => page.evaluate(() => document.activeElement?.closest('.fe-field')?.id.slice(6) ?? '');

/** Where the preview outlines the field being edited, and whether that place is in the frame's view. */
const previewMark = () =>
  page.getByTestId('form-preview').evaluate((f: HTMLIFrameElement) => {
    const el = f.contentDocument?.querySelector<HTMLElement>('.pv-active');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { field: el.dataset.field, inView: r.bottom > 0 && r.top < f.contentWindow!.innerHeight };
  });

beforeAll(async () => {
  app = await launchApp({ demo: true, viewport: { width: 1366, height: 657 } });
  page = app.page;
  app.ctx.folderOpener = {
    showItemInFolder: (file) => {
      opened.push(file);
      return Promise.resolve();
    },
  };
  [demo] = await app.call<{ id: number; title: string }[]>('application/list', { packId: 'henan-2024-346' });
  await openApplication(demo.title);
});
afterAll(async () => {
  await app?.close();
});

describe('the application editor for a clerk', () => {
  it('keeps at least 60 % of a 1366×657 window for the form and its preview', async () => {
    const m = await page.evaluate(() => ({
      fields: document.querySelector('.ap-fields')!.getBoundingClientRect(),
      preview: document.querySelector('.ap-preview')!.getBoundingClientRect(),
      height: window.innerHeight,
    }));
    expect(m.height).toBe(657);
    expect(m.fields.height / m.height).toBeGreaterThanOrEqual(0.6);
    expect(m.preview.height / m.height).toBeGreaterThanOrEqual(0.6);
    expect(m.fields.bottom).toBeLessThanOrEqual(m.height);
    // The rest at 1366×768, the common office screen.
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('lists the problems on a click of 「N 项有问题」, and a click on one goes to its field', async () => {
    const { id } = await app.call<{ id: number }>('application/create', {
      packId: 'henan-2023-258',
      params: {},
      title: '联合体推荐书（问题清单）',
    });
    await openApplication('联合体推荐书（问题清单）');
    const count = page.getByTestId('problem-count');
    const n = Number((await count.textContent())!.match(/\d+/)![0]);
    const { resolved } = await app.call<{
      resolved: { fields: Record<string, { label: string; problems: { accepted: boolean }[] }> };
    }>('application/get', { applicationId: id });
    const withProblems = Object.entries(resolved.fields).filter(([, f]) => f.problems.some((p) => !p.accepted));
    expect(n).toBe(withProblems.length);

    await count.click();
    const list = page.getByTestId('problem-list');
    const items = list.locator('button.pl-item');
    expect(await items.count()).toBeGreaterThanOrEqual(n);
    const labels = await list.locator('.pl-field').allTextContents();
    for (const [, f] of withProblems) expect(labels.some((l) => l.startsWith(f.label))).toBe(true);

    // One on another tab than the one shown: the tab switches and the field gets the focus.
    const target = items.filter({ hasText: '附件2' }).nth(1);
    const label = (await target.locator('.pl-field').textContent())!;
    await target.click();
    await expect.poll(() => list.count()).toBe(0);
    expect(await page.getByRole('tab', { name: '附件2 推荐书' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(focusedField).not.toBe('');
    const key = await focusedField();
    expect(withProblems.find(([k]) => k === key)?.[1].label).toBe(label);
    // The preview outlines the same field where it prints.
    await expect.poll(previewMark).toEqual({ field: key, inView: true });
    await page.keyboard.press('Escape');
  });

  it('goes to a required field first with 「下一项待填」, never to a 佐证材料页码 cell', async () => {
    await app.call('application/setValue', { applicationId: demo.id, fieldKey: 'schoolName', value: '' });
    await openApplication(demo.title);
    // The form is complete but for 申报单位, and dozens of 页码 cells the export fills.
    expect(await page.getByTestId('problem-count').textContent()).toContain('1 项有问题');
    await page.getByRole('tab', { name: '附件2 建设方案' }).click();
    await page.getByRole('button', { name: '下一项待填 ›' }).click();
    await expect.poll(focusedField).toBe('schoolName');
    expect(await page.getByRole('tab', { name: '附件1 申报书' }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('field-schoolName').getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => page.getByTestId('problem-count').count()).toBe(0);
    expect(await page.getByTestId('completeness').getByRole('button', { name: '全部完成' }).isDisabled()).toBe(true);
  });

  it('scrolls the preview to the field being edited and outlines it there', async () => {
    const field = page.getByTestId('field-e2CreditCode');
    await field.locator('input').focus();
    await expect.poll(previewMark).toEqual({ field: 'e2CreditCode', inView: true });
    // Typing keeps it outlined and in view through the redraws.
    await field.locator('input').press('End');
    await page.keyboard.type('9');
    await page.waitForTimeout(400);
    expect(await previewMark()).toEqual({ field: 'e2CreditCode', inView: true });
    await field.getByRole('button', { name: '恢复默认' }).click();
  });

  it('zooms the preview and remembers the zoom', async () => {
    const zoom = () =>
      page.getByTestId('form-preview').evaluate((f: HTMLIFrameElement) => {
        const html = f.contentDocument!.documentElement;
        return Number(getComputedStyle(html).zoom);
      });
    await page.getByLabel('预览缩放比例').selectOption('1.5');
    await expect.poll(zoom).toBe(1.5);
    await page.getByRole('button', { name: '缩小预览' }).click();
    await expect.poll(zoom).toBe(1.25);
    await page.reload();
    await openApplication(demo.title);
    await expect.poll(zoom).toBe(1.25);
    expect(await page.getByLabel('预览缩放比例').inputValue()).toBe('1.25');
    await page.getByLabel('预览缩放比例').selectOption('fit');
    await expect.poll(zoom).toBeLessThan(1);
  });

  it('says where the exported bundle is, opens its folder, and remembers 同时生成PDF', async () => {
    const withPdf = page.getByLabel('同时生成PDF');
    await withPdf.check();
    await page.getByRole('button', { name: '导出申报材料包' }).click();
    // The demo has no 佐证材料: the pre-export list says so, and the clerk goes on.
    await page.getByRole('button', { name: '仍然导出' }).click();
    const saved = await exportedFile(page, 120_000);
    const exportDir = path.join(app.tempDir, '导出');
    expect(path.dirname(saved.path)).toBe(exportDir);
    expect(await saved.message.getByTestId('export-folder').textContent()).toBe(exportDir);
    expect(await saved.message.textContent()).toContain(`已导出申报材料包「${path.basename(saved.path)}」`);
    expect(saved.bytes.subarray(0, 2).toString()).toBe('PK');
    // No font remark: this run has no font list to judge by, and a guess would only alarm.
    expect(await saved.message.textContent()).not.toContain('字体');

    await saved.message.getByRole('button', { name: '打开所在文件夹' }).click();
    await expect.poll(() => opened).toEqual([saved.path]);

    await page.reload();
    await openApplication(demo.title);
    expect(await page.getByLabel('同时生成PDF').isChecked()).toBe(true);
    await page.getByLabel('同时生成PDF').uncheck();
  });

  it('exports one form as PDF, naming a font this PC lacks in words a clerk can act on', async () => {
    app.ctx.fontCatalog = {
      installedFamilies: () => Promise.resolve(installedFontSet(['FangSong', 'SimHei', 'SimSun', 'Segoe UI Symbol'])),
    };
    const button = page.getByTestId('download-pdf');
    await button.click();
    const saved = await exportedFile(page, 60_000);
    app.ctx.fontCatalog = undefined;
    expect(saved.path).toMatch(/\.pdf$/);
    expect(saved.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.existsSync(saved.path)).toBe(true);
    const text = await saved.message.textContent();
    expect(text).toContain('本机缺少 仿宋_GB2312，打印前请安装；已用 仿宋 代替');
    expect(text).toContain('本机缺少 方正小标宋简体');
    expect(text).not.toMatch(/Segoe|MS Gothic|缺少时用/);
    expect(app.pageErrors).toEqual([]);
  });
});
