// What the drafter saw but could not keep is said in the summary, once per thing: a QR code in the
// footer (无锡 申请表) is a picture not kept; a footer's page-number frame is not a loss to report.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import { SHARED_FORMS } from './support/draftFidelity';

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
      '图片 1 处未保留（申报通的表单不含图片）',
    ]);
  });

  it('counts the cover logo once and says nothing of the footer’s page-number frame', async () => {
    expect(await notesOf('02-hfut-2019-chuangye-xunlian-shijian-shenbaoshu.docx')).toEqual([
      '图片 1 处未保留（申报通的表单不含图片）',
    ]);
  });
});
