// Computed fields in the editor, in Chromium against browser mode: a 合计 follows the parts while the
// user types (before anything is saved), the printed preview shows it, it cannot be typed into when
// the pack locks it, and the core keeps the same total after the save and refuses an overwrite.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ResolvedField } from '../../shared/packs/packSchema';
import { launchApp, type LaunchedApp, ROOT } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
let applicationId: number;
const TITLE = '示例实训基地（合计）';

async function coreField(key: string): Promise<ResolvedField> {
  const r = await app.call<{ resolved: { fields: Record<string, ResolvedField> } }>('application/get', {
    applicationId,
  });
  return r.resolved.fields[key];
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  // The complete example pack of docs/: its 经费投入合计 is computed from two fields and locked.
  const file = path.join(ROOT, 'docs/example-pack.json');
  await app.call('pack/import', {
    file: app.chosen('example-pack.json', fs.readFileSync(file)),
  });
  applicationId = (
    await app.call<{ id: number }>('application/create', { packId: 'example-2025-1', params: {}, title: TITLE })
  ).id;
  await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
  await page.getByRole('button', { name: TITLE, exact: true }).first().click();
  await page.getByTestId('field-fundGov').waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('computed fields in the editor', () => {
  it('shows a locked total as text, not as a box to type into', async () => {
    const total = page.getByTestId('field-fundTotal');
    await total.getByTestId('locked-fundTotal').waitFor();
    expect(await total.locator('input, textarea').count()).toBe(0);
    expect(await total.getByTestId('locked-fundTotal').getAttribute('title')).toBe('自动计算，不能改写');
  });

  it('follows every keystroke in the parts, before the save, and the preview prints the same total', async () => {
    const gov = page.getByTestId('field-fundGov').locator('input');
    const ent = page.getByTestId('field-fundEnterprise').locator('input');
    const locked = page.getByTestId('locked-fundTotal');
    await gov.fill('');
    await gov.pressSequentially('12.5');
    await ent.fill('');
    await ent.pressSequentially('3');
    // Read at once: the editor saves only after a pause, so this is the on-screen recomputation.
    expect(await locked.textContent()).toBe('15.50 万元');
    await ent.pressSequentially('0');
    expect(await locked.textContent()).toBe('42.50 万元');
    const previewText = () =>
      page.getByTestId('form-preview').evaluate((f: HTMLIFrameElement) => f.contentDocument?.body.textContent ?? '');
    await expect.poll(previewText, { timeout: 10_000 }).toContain('42.50');
  });

  it('keeps the total after the save, and the core refuses to overwrite a locked field', async () => {
    await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
    expect((await coreField('fundTotal')).value).toBe(42.5);
    await expect(app.call('application/setValue', { applicationId, fieldKey: 'fundTotal', value: 1 })).rejects.toThrow(
      /锁定|不能改写/,
    );
    expect((await coreField('fundTotal')).value).toBe(42.5);
    expect(app.pageErrors).toEqual([]);
  });
});
