// 撤销 of 删除行 in Chromium against browser mode: a clerk attaches a 佐证 to an enterprise, deletes
// the enterprise in the grid, the autosave deletes it (and its 佐证 link), then 撤销 brings the
// record back under its own id with the 佐证 still on it — listed on the 佐证材料 page and
// previewable. 重做 deletes it again and a second 撤销 brings it back again; an 撤销 before the
// autosave keeps the record untouched.
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchApp, type LaunchedApp } from './support/launchApp';

type Row = Record<string, unknown> & { id: number };
interface Item {
  rowId: number;
  name: string;
  note: string;
}

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

async function onePagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Business licence', { x: 60, y: 760, size: 18 });
  return Buffer.from(await doc.save());
}

const enterprises = async () => (await app.call<{ rows: Row[] }>('dataset/list', { dataset: 'enterprises' })).rows;
const evidenceOf = async (rowId: number) =>
  (await app.call<{ items: Item[] }>('evidence/list', { dataset: 'enterprises', rowId })).items.map((i) => [
    i.name,
    i.note,
  ]);

async function waitSaved() {
  await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
}

/** Presses a key on the grid and waits until the autosave has stored the result. */
async function pressAndSave(key: string) {
  await page.getByTestId('grid-editor').focus();
  await page.keyboard.press(key);
  await page.getByTestId('save-status').filter({ hasNotText: '已保存' }).waitFor({ timeout: 5_000 });
  await waitSaved();
}

describe('撤销 of a deleted row', () => {
  it('brings the row back with its 佐证, also after 重做 and a second 撤销', async () => {
    const target = (await enterprises())[3];

    // A 佐证 attached on the 佐证材料 page, as a clerk does it.
    await page.getByRole('navigation').getByRole('button', { name: '佐证材料' }).click();
    const upload = page.getByRole('region', { name: '添加佐证材料' });
    await upload.getByLabel('数据集').selectOption('enterprises');
    await upload.getByLabel('查找记录').fill(String(target.name));
    await upload.getByLabel('记录', { exact: true }).selectOption({ label: String(target.name) });
    await upload.getByLabel('说明').fill('营业执照副本');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      upload.getByRole('button', { name: '选择文件并上传…' }).click(),
    ]);
    await chooser.setFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: await onePagePdf() });
    await page
      .getByRole('table', { name: '佐证材料列表' })
      .locator('tbody tr')
      .filter({ hasText: '营业执照.pdf' })
      .waitFor();
    expect(await evidenceOf(target.id)).toEqual([['营业执照.pdf', '营业执照副本']]);

    // Deleted in the grid; the autosave removes the record and its 佐证 link.
    await page.getByRole('navigation').getByRole('button', { name: '合作企业及成员单位' }).click();
    const nameCell = page.locator('[data-cell="3:0"]');
    await nameCell.waitFor();
    expect(await nameCell.textContent()).toBe(target.name);
    await nameCell.click();
    await page.getByRole('toolbar').getByRole('button', { name: '删除', exact: true }).click();
    const ask = page.getByRole('dialog', { name: '删除 1 行？' });
    expect(await ask.textContent()).toContain('记录连同佐证材料一起恢复');
    await ask.getByRole('button', { name: '删除' }).click();
    await waitSaved();
    expect((await enterprises()).some((r) => r.id === target.id)).toBe(false);
    expect(await evidenceOf(target.id)).toEqual([]);

    // 撤销: the same record (same id) with its 佐证.
    await pressAndSave('Control+z');
    expect(await page.locator('[data-cell="3:0"]').textContent()).toBe(target.name);
    expect((await enterprises()).find((r) => r.id === target.id)).toMatchObject({ name: target.name });
    expect(await evidenceOf(target.id)).toEqual([['营业执照.pdf', '营业执照副本']]);

    // 重做 deletes it again, a second 撤销 brings it back again.
    await pressAndSave('Control+y');
    expect(await evidenceOf(target.id)).toEqual([]);
    await pressAndSave('Control+z');
    expect(await evidenceOf(target.id)).toEqual([['营业执照.pdf', '营业执照副本']]);

    // The 佐证材料 page lists it under the enterprise again, and the preview opens.
    await page.getByRole('navigation').getByRole('button', { name: '佐证材料' }).click();
    const row = page
      .getByRole('table', { name: '佐证材料列表' })
      .locator('tbody tr')
      .filter({ hasText: '营业执照.pdf' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(
      expect.arrayContaining([String(target.name), '营业执照.pdf', '营业执照副本']),
    );
    await row.getByRole('button', { name: '预览' }).click();
    await page.getByTitle('PDF 预览：营业执照.pdf').waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the row and its 佐证 when 撤销 comes before the autosave', async () => {
    const target = (await enterprises())[3];
    expect(await evidenceOf(target.id)).toEqual([['营业执照.pdf', '营业执照副本']]);
    await page.getByRole('navigation').getByRole('button', { name: '合作企业及成员单位' }).click();
    const nameCell = page.locator('[data-cell="3:0"]');
    await nameCell.waitFor();
    await nameCell.click();
    await page.getByRole('toolbar').getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('dialog', { name: '删除 1 行？' }).getByRole('button', { name: '删除' }).click();
    await page.getByTestId('grid-editor').focus();
    await page.keyboard.press('Control+z');
    await waitSaved();
    expect(await nameCell.textContent()).toBe(target.name);
    expect((await enterprises())[3]).toMatchObject({ id: target.id, name: target.name });
    expect(await evidenceOf(target.id)).toEqual([['营业执照.pdf', '营业执照副本']]);
    expect(app.pageErrors).toEqual([]);
  });
});
