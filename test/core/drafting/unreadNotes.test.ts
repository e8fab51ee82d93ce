// What the drafter saw but could not keep is said in the summary, once per thing, with where it
// was: a QR code in the footer (无锡 申请表), a logo before a cover's title, are pictures not kept; a
// footer's page-number frame is not a loss to report; a text box's text is kept, as a paragraph.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import { paragraphTextOf } from '../../../shared/drafting/sourceDocument';
import { blankPrintDocument, draftedPack, SHARED_FORMS } from './support/draftFidelity';

async function notesOf(name: string): Promise<string[]> {
  const file = path.join(SHARED_FORMS, name);
  if (!fs.existsSync(file))
    throw new Error(`找不到 ${file}：真实附件文件夹应在项目旁的 ../shared/forms（不复制进仓库），请放好后再运行`);
  return (await readAttachment(fs.readFileSync(file), name)).document.notes ?? [];
}

describe('what a drafted attachment could not keep', () => {
  it('names the picture in a footer, and the header text moved onto the form', async () => {
    expect(await notesOf('11-wuxi-shangdai-zhuan-gongjijin-shenqingbiao.docx')).toEqual([
      '页眉中的文字已放到表单开头（只印一次）',
      '图片 1 处未保留（申报通的表单不含图片，请打印后另行贴上或删去）：页脚中一张',
    ]);
  });

  it('counts the cover logo once, says where it was, and nothing of the footer’s page-number frame', async () => {
    expect(await notesOf('02-hfut-2019-chuangye-xunlian-shijian-shenbaoshu.docx')).toEqual([
      '图片 1 处未保留（申报通的表单不含图片，请打印后另行贴上或删去）：「大学生创业（训练、实践）计划」之前一张',
    ]);
  });

  it('keeps a text box’s text where it stood: 河北 健康检查表’s 一寸照片 frame', async () => {
    const name = '13-hebei-shipin-yaopin-congye-renyuan-jiankang-jianchabiao.docx';
    expect(await notesOf(name)).toEqual(['文本框 1 处：其中的文字已作为普通段落放在它所在的段落之后（不再是框）']);
    const doc = (await readAttachment(fs.readFileSync(path.join(SHARED_FORMS, name)), name)).document;
    const texts = doc.sections[0].blocks.flatMap((b) => (b.kind === 'paragraph' ? [paragraphTextOf(b).trim()] : []));
    // Before the title, as the frame sits at the top of the page; its stacked characters read as one line.
    expect(texts.indexOf('一寸照片')).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('一寸照片')).toBeLessThan(texts.findIndex((t) => t.includes('健康检查表')));
    const exported = blankPrintDocument(draftedPack(doc), draftedPack(doc).forms[0]);
    expect(JSON.stringify(exported)).toContain('一寸照片');
  });
});
