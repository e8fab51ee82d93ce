// 备份与恢复 in Chromium on the demo school: 立即备份, 数据库检查, checking a backup, restoring it (the
// state it replaces is backed up first and restoring that one undoes the restore), 导出诊断信息
// without the school's name in it, deleting a backup.
import fs from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  await page.getByRole('navigation').getByRole('button', { name: '备份与恢复' }).click();
});
afterAll(async () => {
  await app?.close();
});

const rows = () => page.locator('table.backup-table tbody tr');
const enterpriseNames = async () =>
  (await app.call<{ rows: { name: string }[] }>('dataset/list', { dataset: 'enterprises' })).rows.map((r) => r.name);

describe('备份与恢复', () => {
  it('backs up on request and lists the backup with its reason, school and schema version', async () => {
    await page.getByText('还没有备份').waitFor();
    await page.getByRole('button', { name: '立即备份' }).click();
    await page
      .getByRole('status')
      .getByText(/已备份.*手动备份一直保留/)
      .waitFor();
    await expect.poll(() => rows().count()).toBe(1);
    const cells = await rows().first().locator('td').allTextContents();
    expect(cells[1]).toBe('手动备份');
    expect(cells[2]).toBe('河南示范职业技术学院');
    expect(cells[3]).toMatch(/^版本 \d{4}$/);
    expect(cells[5]).toBe('一直保留，直到您删除');
  });

  it('checks the database and a backup, each with a plain report', async () => {
    await page.getByRole('button', { name: '数据库检查' }).click();
    const report = page.getByRole('region', { name: '数据库检查' });
    await report.getByText('数据库完好，没有发现问题').waitFor();
    expect(await report.getByText('数据库文件完整性', { exact: true }).count()).toBe(1);
    expect(await report.getByText('佐证材料文件', { exact: true }).count()).toBe(1);
    await rows().first().getByRole('button', { name: '检查' }).click();
    await page.getByText('这份备份完好，可以恢复').waitFor();
  });

  it('restores a backup after asking, and the restore itself can be undone', async () => {
    await app.call('dataset/save', { dataset: 'enterprises', upserts: [{ name: '备份之后新增的企业' }] });
    expect(await enterpriseNames()).toContain('备份之后新增的企业');

    await rows().first().getByRole('button', { name: '恢复…' }).click();
    const dialog = page.getByRole('dialog', { name: '从这份备份恢复？' });
    await dialog.getByText(/恢复前会先把现在的数据备份为「恢复备份前」/).waitFor();
    await dialog.getByRole('button', { name: '恢复' }).click();
    await page
      .getByRole('status')
      .getByText(/已恢复到 .* 的备份（手动备份）。恢复前的数据已备份/)
      .waitFor();
    expect(await enterpriseNames()).not.toContain('备份之后新增的企业');
    await expect.poll(() => rows().count()).toBe(2);
    const undo = rows().filter({ hasText: '恢复备份前' });
    expect(await undo.count()).toBe(1);

    await undo.getByRole('button', { name: '恢复…' }).click();
    await page.getByRole('dialog', { name: '从这份备份恢复？' }).getByRole('button', { name: '恢复' }).click();
    await page
      .getByRole('status')
      .getByText(/已恢复到 .*（恢复备份前/)
      .waitFor();
    expect(await enterpriseNames()).toContain('备份之后新增的企业');
    expect(app.pageErrors).toEqual([]);
  });

  it('exports diagnostics without the school name, and deletes a backup after asking', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出诊断信息' }).click();
    const file = await (await download).path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^申报通诊断信息/);
    expect(text).toContain('【数据库检查】');
    expect(text).toContain('enterprise: ');
    expect(text).not.toContain('河南示范职业技术学院');
    expect(text).not.toContain(app.tempDir);

    const before = await rows().count();
    await rows().last().getByRole('button', { name: '删除…' }).click();
    await page.getByRole('dialog', { name: '删除这份备份？' }).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => rows().count()).toBe(before - 1);
  });
});
