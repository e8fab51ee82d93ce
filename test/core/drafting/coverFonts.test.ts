// A drafted cover prints its lines in the attachment's fonts: 合肥工业大学's 申报书 sets the field
// lines in 三号 仿宋_GB2312 and 创新创业教育中心 / 2019年 in bold 二号 楷体; the export keeps both
// (a written pack's cover, without these fonts, still prints 三号 in the body font).
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import { paragraphText } from '../../../shared/print/printDocument';
import { blankPrintDocument, draftedPack, SHARED_FORMS } from './support/draftFidelity';

describe('a drafted cover keeps its fonts', () => {
  it('field lines and the issuer print in the attachment’s face and size', async () => {
    const file = path.join(SHARED_FORMS, '02-hfut-2019-chuangye-xunlian-shijian-shenbaoshu.docx');
    if (!fs.existsSync(file))
      throw new Error(`找不到 ${file}：真实附件文件夹应在项目旁的 ../shared/forms（不复制进仓库），请放好后再运行`);
    const doc = (await readAttachment(fs.readFileSync(file), path.basename(file))).document;
    const pack = draftedPack(doc);
    const form = pack.forms[0];
    const cover = form.blocks.find((b) => b.type === 'cover');
    if (cover?.type !== 'cover') throw new Error('no cover drafted');
    expect(cover.linesFont).toMatchObject({ family: '仿宋_GB2312', size: 16 });
    expect(cover.issuerFont).toMatchObject({ family: '楷体', size: 22, bold: true });

    const printed = blankPrintDocument(pack, form).sections[0].blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b] : [],
    );
    const line = printed.find((p) => paragraphText(p).startsWith('项目名称'))!;
    expect(line.runs[0]).toMatchObject({ font: { eastAsia: '仿宋_GB2312' }, sizePt: 16 });
    const issuer = printed.find((p) => paragraphText(p) === '创新创业教育中心')!;
    expect(issuer.runs[0]).toMatchObject({ font: { eastAsia: '楷体' }, sizePt: 22, bold: true });
  });
});
