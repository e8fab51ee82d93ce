// "A school's clerk can do a new notice in under 15 minutes": the whole path in Chromium on an
// attachment the drafter was not tuned on (郑州轻工业学院's notice with its 申请表 and landscape
// 汇总表 in one Word file, from ../shared/forms): 通知库 → 从通知附件新建 → choose the file →
// take the suggested bindings → fix one field → set the notice's facts → save → 新建申报 → write
// the 创业项目介绍 → export the 申请表. Every click and every field typed is counted, and the
// count is printed: the human time is estimated from it (docs/packs.md §10), not from machine time.
import fs from 'node:fs';
import path from 'node:path';

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Pack } from '../../shared/packs/packSchema';
import { readZipEntry } from './support/docxTables';
import { exportedFile } from './support/exportedFile';
import { launchApp, type LaunchedApp, ROOT } from './support/launchApp';

const FORMS = path.resolve(ROOT, '../shared/forms');
const NOTICE = path.join(FORMS, '06-zzuli-2017-chuangye-zhongxin-ruzhu-tongzhi-shenqingbiao-huizongbiao.docx');

let app: LaunchedApp;
let page: Page;
const actions = { clicks: 0, typed: 0 };
const steps: string[] = [];

async function click(target: Locator, what: string) {
  await target.click();
  actions.clicks++;
  steps.push(`点击 ${what}`);
}
async function type(target: Locator, text: string, what: string) {
  await target.fill(text);
  actions.typed++;
  steps.push(`填写 ${what}`);
}

beforeAll(async () => {
  if (!fs.existsSync(NOTICE))
    throw new Error(`找不到 ${NOTICE}：真实附件文件夹应在项目旁的 ../shared/forms（不复制进仓库），请放好后再运行`);
  app = await launchApp({ demo: true });
  page = app.page;
});
afterAll(async () => {
  if (steps.length)
    console.log(`办一个新通知：点击 ${actions.clicks} 次，填写 ${actions.typed} 项\n  ${steps.join('\n  ')}`);
  await app?.close();
});

describe('a clerk does a new notice from its Word attachment', () => {
  it('drafts the notice, fixes it, saves it, applies and exports, in few steps', async () => {
    await click(page.getByRole('navigation').getByRole('button', { name: '通知库' }), '通知库');
    await click(page.getByTestId('new-from-attachment'), '从通知附件新建');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-attachment').click()]);
    actions.clicks++;
    steps.push('点击 添加附件文件…');
    await chooser.setFiles(NOTICE);
    actions.clicks++;
    steps.push('在文件对话框中选中附件');
    await page.locator('.dz-files li', { hasText: path.basename(NOTICE) }).waitFor();
    await click(page.getByTestId('draft-button'), '起草通知包');
    const summary = page.getByTestId('designer-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      '附件1 郑州轻工业学院大学生创业中心项目入驻申请表',
      '附件2 郑州轻工业学院大学生创业中心入驻项目汇总表（横版）',
    ]);

    // The suggested bindings, all at once.
    const accept = page.getByTestId('accept-all');
    if (await accept.isEnabled()) await click(accept, '全部采用建议');
    expect(await summary.textContent()).toMatch(/待确认 0/);

    // One field fixed: the form's 「E-mail」 is the team leader's 电子邮箱.
    await click(page.locator('[data-testid^="chip-"]', { hasText: 'E-mail' }).first(), '字段「E-mail」');
    const inspector = page.getByTestId('field-inspector');
    await type(inspector.getByLabel('名称'), '负责人电子邮箱', '字段名称');

    // The notice's facts, as the drafter read them from the notice: checked, and one added (the
    // deadline 「11月20日前」 has no year in the notice; the title's 2017 gives it).
    await click(page.getByTestId('open-facts'), '通知信息');
    const facts = page.getByTestId('notice-facts');
    expect(await facts.getByLabel('标题').inputValue()).toBe('关于遴选2017-2018年度大学生创业中心入驻项目的通知');
    expect(await facts.getByLabel('电子版邮箱').inputValue()).toBe('943617821@qq.com');
    expect(await facts.getByLabel('截止日期').inputValue()).toBe('2017-11-20');
    await type(facts.getByLabel('报送单位'), '系楼101办公室', '报送单位');
    await click(page.getByTestId('save-pack'), '保存到通知库');
    await page.getByText('已保存到通知库').waitFor();
    const packId = await facts.getByLabel('通知编号（英文）').inputValue();
    const saved = await app.call<{ pack: Pack }>('pack/get', { packId });
    expect(saved.pack.fields.find((f) => f.label === '负责人电子邮箱')).toBeDefined();
    expect(saved.pack.deadline).toBe('2017-11-20');
    // The applicant's 联系电话 and E-mail are the student's: never the school's contacts.
    expect(saved.pack.fields.filter((f) => /联系电话|电子邮箱/.test(f.label)).map((f) => f.bind)).toEqual([
      undefined,
      undefined,
    ]);
    expect(saved.pack.submission?.recipient).toBe('系楼101办公室');

    // Apply: the notice page, 新建申报, then the editor.
    await click(page.getByRole('button', { name: '查看通知' }), '查看通知');
    await click(page.getByRole('button', { name: '新建申报' }), '新建申报');
    await page.getByRole('tab', { name: /附件1/ }).waitFor({ timeout: 30_000 });
    const narrative = saved.pack.fields.find((f) => f.type === 'narrative' && f.label.startsWith('创业项目介绍'))!;
    const box = page.getByTestId(`field-${narrative.key}`).locator('textarea');
    const text = '本项目面向校园开展二手教材循环交易，团队五人，已完成工商注册。';
    await type(box, text, '创业项目介绍');
    await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });

    await click(page.getByTestId('download-docx').first(), '导出本表 Word');
    const file = await exportedFile(page, 60_000);
    const xml = (await readZipEntry(file.bytes, 'word/document.xml')).toString('utf8');
    expect(xml.replace(/<[^>]+>/g, '')).toContain(text);
    expect(app.pageErrors).toEqual([]);
    // The whole path: about twenty actions, most of them clicks.
    expect(actions.clicks + actions.typed).toBeLessThanOrEqual(20);
  });
});
