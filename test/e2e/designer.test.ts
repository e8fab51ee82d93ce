// 从通知附件新建 in Chromium, as a clerk does it: choose the notice's attachments, see the draft as
// the printed form with its fields, fix a field, bind one from the catalogue, take every suggestion,
// check the notice's facts, save to the library, and open it again later.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Pack } from '../../shared/packs/packSchema';
import { findIdentifiers, type Finding, shownTexts } from './support/identifierText';
import { launchApp, type LaunchedApp, ROOT } from './support/launchApp';

let app: LaunchedApp;
let page: Page;
const FIXTURES = path.join(ROOT, 'test/fixtures/drafting');
const FORMS = path.resolve(ROOT, '../shared/forms');
/** Identifier-shaped text (keys, expressions) the designer showed; a clerk never sees ours. */
const findings: Finding[] = [];
/** Files whose folder the app opened (the file manager is not started in tests). */
const opened: string[] = [];
const scan = async (where: string) => findings.push(...findIdentifiers(await shownTexts(page), where));

async function addAttachment(file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-attachment').click()]);
  await chooser.setFiles(file);
  // The file is read in the page before it is listed: draft only once it is.
  await page.locator('.dz-files li', { hasText: path.basename(file) }).waitFor();
}

beforeAll(async () => {
  app = await launchApp({ demo: true });
  page = app.page;
  app.ctx.folderOpener = {
    showItemInFolder: (file) => {
      opened.push(file);
      return Promise.resolve();
    },
  };
  await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
  await page.getByTestId('new-from-attachment').click();
});
afterAll(async () => {
  await app?.close();
});

describe('通知包设计器', () => {
  it('drafts the 346号 attachments (Word and Excel) and shows them as printed forms with their fields', async () => {
    await addAttachment(path.join(FIXTURES, 'henan-2024-346-notice-with-forms.docx'));
    await addAttachment(path.join(FIXTURES, 'henan-2024-346-summary.xlsx'));
    await page.getByTestId('draft-button').click();
    const summary = page.getByTestId('designer-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/^4 张表单 · \d+ 个字段（已绑定 \d+，待确认 \d+，自动计算 10/);
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual([
      '附件1 河南省职业教育高水平专业化产教融合实训中心申报书',
      '附件2 XX学校职业教育高水平专业化产教融合实训中心建…',
      '附件3 河南省职业教育高水平专业化产教融合实训中心申报…（横版）',
      '河南省职业教育高水平专业化产教融合实训中心申报…（Excel 表）（横版）',
    ]);
    // The cover's 申报单位 is bound, and shows the demo school's name.
    const school = page.getByTestId('chip-schoolName').first();
    await school.waitFor();
    await page.locator('.dz-chip-value').first().waitFor({ timeout: 20_000 });
    expect(await school.getAttribute('class')).toContain('dz-chip-bound');
    expect(await school.textContent()).toContain('河南示范职业技术学院');
    // Tables keep their merges: the basic-information table's block labels span their rows.
    const lead = page.locator('td[rowspan="9"]', { hasText: '基本信息' });
    expect(await lead.count()).toBe(1);
  });

  it('changes a field, binds one from the catalogue with the school’s value, and marks 佐证材料', async () => {
    // 实训教学师资团队 is one of the demo school's 指标: bound through it.
    const team = page.locator('[data-testid^="chip-"]', { hasText: '实训教学师资团队' }).first();
    await team.click();
    const inspector = page.getByTestId('field-inspector');
    await inspector.waitFor();
    // The school's value comes from the core's preview of the pack, a moment after the click.
    await expect
      .poll(() => inspector.getByTestId('binding-preview').textContent(), { timeout: 20_000 })
      .toMatch(/本校的值：\d+/);

    // An unbound one: the 预期成效 narrative gets a word limit and becomes required.
    await page.locator('[data-testid^="chip-"]', { hasText: '预期成效' }).first().click();
    await inspector.getByLabel('字数上限').fill('800');
    await inspector.getByText('必填').click();
    await inspector.getByTestId('evidence-required').check();

    // Bind the 2022 社会培训 field from the catalogue by hand (as if the drafter had missed it).
    await page.locator('[data-testid^="chip-"]', { hasText: '面向社会开展职业培训情况2022年' }).first().click();
    await inspector.getByRole('button', { name: '清除绑定（改由填表人填写）' }).click();
    await inspector.getByTestId('choose-binding').click();
    await inspector.getByLabel('搜索字段目录').fill('社会培训');
    await inspector.getByRole('button', { name: /面向社会开展职业培训（人次）/ }).click();
    await inspector.getByLabel('年度').fill('2022');
    await scan('设计器 字段目录');
    await inspector.getByRole('button', { name: '绑定到此字段' }).click();
    await inspector.getByTestId('binding-preview').waitFor();
    await page.waitForFunction(() =>
      /本校的值：\d/.test(document.querySelector('[data-testid="binding-preview"]')?.textContent ?? ''),
    );
    await scan('设计器 字段设置');
    expect(findings).toEqual([]);
  });

  it('takes every suggestion at once and edits the notice’s facts', async () => {
    const accept = page.getByTestId('accept-all');
    if (await accept.isEnabled()) await accept.click();
    expect(await page.getByTestId('designer-summary').textContent()).toMatch(/待确认 0/);
    await page.getByTestId('open-facts').click();
    const facts = page.getByTestId('notice-facts');
    expect(await facts.getByLabel('文号').inputValue()).toBe('教职成〔2024〕346号');
    expect(await facts.getByLabel('发文单位').inputValue()).toBe('河南省教育厅、河南省财政厅');
    expect(await facts.getByLabel('截止日期').inputValue()).toBe('2024-11-15');
    expect(await facts.getByLabel('纸质份数').inputValue()).toBe('2');
    await facts.getByLabel('通知编号').fill('henan-2024-346-designed');
    await facts.getByLabel('报送单位').fill('省教育厅职成教处');
    await scan('设计器 通知信息');
    expect(findings).toEqual([]);
  });

  it('saves to the library; the saved pack has the edits and opens again in the designer', async () => {
    await page.getByTestId('save-pack').click();
    await page.getByText('已保存到通知库').waitFor();
    const saved = await app.call<{ pack: Pack }>('pack/get', { packId: 'henan-2024-346-designed' });
    const outcomes = saved.pack.fields.find((f) => f.label === '预期成效');
    expect(outcomes).toMatchObject({ type: 'narrative', wordLimit: 800, required: true, evidenceRequired: true });
    expect(saved.pack.submission?.recipient).toBe('省教育厅职成教处');
    const training = saved.pack.fields.find((f) => f.label.endsWith('面向社会开展职业培训情况2022年'));
    expect(training?.bind).toBe("sum(forYear(data.training, 2022), 'personTimes')");

    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    const card = page.getByTestId('notice-henan-2024-346-designed');
    await card.waitFor();
    // The notice page shows the facts set in the designer.
    await card.getByRole('button', { name: '教职成〔2024〕346号' }).click();
    await page
      .getByText(/报送至：省教育厅职成教处/)
      .first()
      .waitFor();
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await card.getByRole('button', { name: '在设计器中打开' }).click();
    await page.getByTestId('designer-summary').waitFor();
    expect(await page.getByTestId('designer-summary').textContent()).toMatch(/^4 张表单/);

    // 导出通知包文件: the core writes the pack file and the browser downloads it; no bytes from the page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出通知包文件' }).click(),
    ]);
    expect(download.url()).toMatch(/\/files\/download\/[0-9a-f]{32}$/);
    const file = await download.path();
    const shared = JSON.parse(fs.readFileSync(file, 'utf8')) as Pack;
    expect(shared.id).toBe('henan-2024-346-designed');
    expect(shared.fields.find((f) => f.label === '预期成效')).toMatchObject({ wordLimit: 800 });
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a file that is not a form, and says how to save an old .doc as .docx without LibreOffice', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await page.getByTestId('new-from-attachment').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-attachment').click()]);
    await chooser.setFiles({
      name: '申报书.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('这不是 Word 文件'),
    });
    await page.getByTestId('draft-button').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('「申报书.docx」');

    const doc = path.join(FORMS, 'orig', '11-wuxi-shangdai-zhuan-gongjijin-shenqingbiao.doc');
    if (!fs.existsSync(doc)) throw new Error(`找不到 ${doc}：真实附件文件夹应在项目旁的 ../shared/forms`);
    await page.getByRole('button', { name: '移除' }).click();
    await addAttachment(doc);
    process.env.SHENBAOTONG_SOFFICE = 'none'; // the server runs in this process: as on a PC without LibreOffice
    try {
      await page.getByTestId('draft-button').click();
      await page.getByRole('alert').filter({ hasText: '没有找到 LibreOffice' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('WPS 文字「文件」→「另存为」');
      // The page has the file's bytes, not its folder: a copy goes to the export folder, which opens.
      await page.getByRole('button', { name: /放到文件夹中并打开文件夹/ }).click();
      const copy = path.join(app.tempDir, '导出', path.basename(doc));
      await expect.poll(() => opened).toEqual([copy]);
      expect(fs.readFileSync(copy).equals(fs.readFileSync(doc))).toBe(true);
      expect(await page.getByTestId('legacy-save-as').textContent()).toContain('另存为新格式');
    } finally {
      delete process.env.SHENBAOTONG_SOFFICE;
    }
  });
});
