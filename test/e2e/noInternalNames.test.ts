// No internal key, id or English name is shown to a user anywhere: this test walks every page of
// the demo school in Chromium at 1366×768 — every navigator entry, every notice, the editor of each
// seed application with each of its tabs and its print preview, and the dialogs that open from them
// — and fails on any identifier-shaped text (camelCase, snake_case, dotted keys, expression text,
// program values) and on record numbers shown where a record's name belongs.
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DATASETS } from '../../shared/datasets/datasetRegistry';
import { findIdentifiers, type Finding, shownTexts } from './support/identifierText';
import { launchApp, type LaunchedApp, ROOT } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
const findings: Finding[] = [];
const visited: string[] = [];
let previewTexts = 0;

/**
 * Found by this walk on pages other engineers are changing in this wave (reported to the lead);
 * any finding not listed here fails the test. Each entry: the page and what shows there. Empty:
 * 指标代码, 所属实训场所 and the 38号 condition sources were mended on the dataui branch.
 */
const KNOWN_ELSEWHERE: { page: RegExp; rule: string; why: string }[] = [];

/** Waits until the page has drawn its data (no 「正在…」 placeholder) and a moment for late lists. */
async function settle() {
  await page
    .locator('.app-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

async function scan(where: string) {
  await settle();
  visited.push(where);
  const texts = await shownTexts(page);
  previewTexts += texts.filter((t) => t.inFrame).length;
  findings.push(...findIdentifiers(texts, where));
}

/** Grid columns that hold another record's number (a key ending in Id) must show its name instead. */
async function scanRecordNumbers(where: string, datasetLabel: string) {
  const def = DATASETS.find((d) => d.label === datasetLabel);
  if (!def) return;
  const grid = page.getByRole('grid').first();
  if (!(await grid.count())) return;
  const headers = (await grid.getByRole('columnheader').allTextContents()).map((h) => h.replace(/[*（(].*$/, ''));
  for (const f of def.fields.filter((x) => /Id$/.test(x.key))) {
    const col = headers.findIndex((h) => h.trim() === f.label);
    if (col < 0) continue;
    const cells = await grid
      .getByRole('row')
      .evaluateAll(
        (rows, c) => rows.map((r) => r.querySelectorAll('[role="gridcell"]')[c]?.textContent?.trim() ?? ''),
        col,
      );
    for (const text of cells.filter((t) => /^\d+$/.test(t)))
      findings.push({
        page: where,
        rule: 'record number',
        match: text,
        text: `${f.label}：${text}`,
        kind: 'text',
        at: 'gridcell',
      });
  }
}

async function nav(label: string) {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
}

beforeAll(async () => {
  app = await launchApp({ demo: true, viewport: { width: 1366, height: 768 } });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

describe('no internal names anywhere', () => {
  it('walks every navigator page, with the grid filters and its dialogs open', async () => {
    const labels = (await page.getByRole('navigation').getByRole('button').allTextContents()).map((l) => l.trim());
    expect(labels.length).toBeGreaterThan(15);
    for (const label of labels) {
      await nav(label);
      await scan(label);
      await scanRecordNumbers(label, label);
      // A grid page: its column filters, too.
      const filters = page.getByRole('button', { name: /^筛选/ }).first();
      if (await filters.count()) {
        await filters.click();
        await scan(`${label} · 筛选`);
        await filters.click();
      }
    }
  });

  it('walks the import wizard with a real ledger, and the 开始新年度 question', async () => {
    await nav('仪器设备');
    await settle();
    await page.getByRole('button', { name: '从Excel导入' }).click();
    const wizard = page.getByRole('dialog').first();
    await wizard.waitFor();
    await scan('仪器设备 · 从Excel导入');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      wizard
        .getByRole('button', { name: /选择文件/ })
        .first()
        .click(),
    ]);
    await chooser.setFiles(path.join(ROOT, 'test/fixtures/import/equipment-real-world.xlsx'));
    await wizard
      .getByText(/核对|预览|行/)
      .first()
      .waitFor();
    await scan('仪器设备 · 从Excel导入 · 核对');
    // The column mapping, where it folds: opened too.
    const mapping = wizard.getByRole('button', { name: /对应/ });
    if (await mapping.count()) {
      await mapping.first().click();
      await scan('仪器设备 · 从Excel导入 · 列的对应');
    }
    await wizard
      .getByRole('button', { name: /^(关闭|取消)$/ })
      .last()
      .click();
    await wizard.waitFor({ state: 'detached' });

    await nav('数据概览');
    const startYear = page.getByRole('button', { name: /开始新年度/ });
    if (await startYear.count()) {
      await startYear.first().click();
      await scan('数据概览 · 开始新年度');
      await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    }
  });

  it('walks every notice page', async () => {
    const packs = await app.call<{ id: string; docNo: string }[]>('pack/list', {});
    for (const p of packs) {
      await nav('通知库');
      await settle();
      await page.getByRole('button', { name: p.docNo, exact: true }).first().click();
      await scan(`通知 ${p.docNo}`);
    }
  });

  it('walks the editor of each seed application: every tab, the preview, parameters, problems and 素材库', async () => {
    const seeds = await app.call<{ id: number; title: string; docNo: string }[]>('application/list', {});
    expect(seeds.length).toBeGreaterThan(0);
    // And a fresh 258号 application: its problems, empty tables and narratives show too.
    await app.call('application/create', { packId: 'henan-2023-258', params: {}, title: '联合体推荐书（走查）' });
    const apps = await app.call<{ id: number; title: string; docNo: string }[]>('application/list', {});
    for (const a of apps) {
      await nav('通知库');
      await settle();
      await page.getByRole('button', { name: a.title, exact: true }).first().click();
      await page.getByRole('tablist').waitFor();
      const where = `申报 ${a.docNo}`;
      const change = page.getByRole('button', { name: '修改参数' });
      if (await change.count()) {
        await change.click();
        await scan(`${where} · 修改参数`);
        await page.getByRole('button', { name: '收起' }).click();
      }
      const tabs = await page.getByRole('tab').allTextContents();
      for (const tab of tabs) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        // The preview redraws a moment after the form shows.
        await page.waitForTimeout(700);
        await scan(`${where} · ${tab}`);
      }
      await page.getByRole('tab').first().click();
      const problems = page.getByTestId('problem-count');
      if (await problems.count()) {
        await problems.click();
        await scan(`${where} · 问题清单`);
        await page.keyboard.press('Escape');
      }
      // The list shown before an export (cancelled: nothing is exported).
      const exportButton = page.getByRole('button', { name: '导出申报材料包' });
      if (await exportButton.isEnabled()) {
        await exportButton.click();
        const checklist = page.getByRole('dialog', { name: /导出前请核对/ });
        if (
          await checklist.waitFor({ timeout: 5000 }).then(
            () => true,
            () => false,
          )
        ) {
          await scan(`${where} · 导出前核对`);
          await checklist.getByRole('button', { name: '取消' }).click();
        }
      }
      const material = page.getByRole('button', { name: '素材库…' });
      if (await material.count()) {
        await material.first().click();
        await scan(`${where} · 素材库`);
        await page.keyboard.press('Escape');
        const close = page.getByTestId('material-library').getByRole('button', { name: /关闭/ });
        if (await close.count()) await close.first().click();
      }
    }
  });

  it('found no identifier-shaped text on any page it walked', () => {
    expect(visited.length).toBeGreaterThan(25);
    // The print preview's own text was read too (the page inside the frame).
    expect(previewTexts).toBeGreaterThan(100);
    const known = (f: Finding) => KNOWN_ELSEWHERE.some((k) => k.page.test(f.page) && k.rule === f.rule);
    const line = (f: Finding) => `[${f.page}] ${f.rule}「${f.match}」 in ${f.kind} of ${f.at}: ${f.text}`;
    const stillKnown = findings.filter(known);
    if (stillKnown.length)
      console.warn(
        `走查发现（他人负责的页面，已报告）${stillKnown.length} 处：\n${[...new Set(stillKnown.map((f) => `[${f.page}] ${f.rule}「${f.match}」`))].slice(0, 12).join('\n')}`,
      );
    expect(findings.filter((f) => !known(f)).map(line)).toEqual([]);
  });
});
