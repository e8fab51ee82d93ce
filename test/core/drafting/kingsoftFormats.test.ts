// WPS's own file names: a .wps is a Word 97 document and an .et an Excel BIFF8 workbook under
// Kingsoft's name. They go through LibreOffice as .doc/.xls do (handed over under those names, so
// LibreOffice does not take them for Microsoft Works files); without LibreOffice the clerk is told how
// to save them anew in WPS; a .wps that is neither (WPS 2000 text, a damaged file) is refused,
// naming the file.
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import type { SourceDocument, SourceTable } from '../../../shared/drafting/sourceDocument';
import { paragraphTextOf } from '../../../shared/drafting/sourceDocument';

const FIXTURES = path.resolve(__dirname, '../../fixtures/drafting');
const read = (name: string) => readAttachment(fs.readFileSync(path.join(FIXTURES, name)), name);
const tables = (d: SourceDocument) =>
  d.sections.flatMap((s) => s.blocks).filter((b): b is SourceTable => b.kind === 'table');
const text = (d: SourceDocument) =>
  d.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'paragraph' ? [paragraphTextOf(b)] : []))
    .join('');

const saved = process.env.SHENBAOTONG_SOFFICE;
afterEach(() => {
  if (saved === undefined) delete process.env.SHENBAOTONG_SOFFICE;
  else process.env.SHENBAOTONG_SOFFICE = saved;
});

describe('WPS 文字 (.wps) and WPS 表格 (.et) attachments', () => {
  it('a .wps is read as the Word document it is, with its tables', async () => {
    const wps = await read('henan-2023-258-recommendation.wps');
    expect(wps.convertedFrom).toBe('wps');
    expect(wps.document.fileName).toBe('henan-2023-258-recommendation.wps');
    // The same bytes named .doc give the same document: the .wps went the .doc way.
    const bytes = fs.readFileSync(path.join(FIXTURES, 'henan-2023-258-recommendation.wps'));
    const doc = await readAttachment(bytes, 'henan-2023-258-recommendation.doc');
    expect(doc.convertedFrom).toBe('doc');
    expect(tables(wps.document).length).toBeGreaterThanOrEqual(6);
    expect(tables(wps.document).map((t) => t.rows.length)).toEqual(tables(doc.document).map((t) => t.rows.length));
    expect(text(wps.document)).toBe(text(doc.document));
  }, 120_000);

  it('an .et is read as the workbook it is, its sheet landscape with its columns', async () => {
    const et = await read('henan-2024-346-summary.et');
    expect(et.convertedFrom).toBe('et');
    const xlsx = await read('henan-2024-346-summary.xlsx');
    expect(tables(et.document)[0].rows.length).toBe(tables(xlsx.document)[0].rows.length);
    expect(tables(et.document)[0].columnsMm.length).toBe(tables(xlsx.document)[0].columnsMm.length);
    expect(et.document.sections[0].page.landscape).toBe(true);
  }, 120_000);

  it('without LibreOffice, says how to save the .wps as .docx in WPS or Word', async () => {
    process.env.SHENBAOTONG_SOFFICE = 'none';
    await expect(read('henan-2023-258-recommendation.wps')).rejects.toThrow(
      /「henan-2023-258-recommendation\.wps」是WPS 文字文档（\.wps），这台电脑上没有找到 LibreOffice.*WPS 文字「文件」→「另存为」→ 文件类型选「Microsoft Word 文件\(\*\.docx\)」/,
    );
    await expect(read('henan-2024-346-summary.et')).rejects.toThrow(
      /「henan-2024-346-summary\.et」是WPS 表格（\.et）.*WPS 表格「文件」→「另存为」/,
    );
  });

  it('refuses a .wps that is not a Word 97 document, naming the file', async () => {
    // WPS 2000 saved plain text in its own layout; garbage, or an .xls named .wps, is refused the same way.
    const wps2000 = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0x00, 0x57, 0x50, 0x53]), Buffer.from('申报书正文', 'utf16le')]),
    );
    await expect(readAttachment(wps2000, '申报书.wps')).rejects.toThrow(
      /「申报书\.wps」不是申报通能读取的WPS 文字文档（\.wps）.*早期 WPS/,
    );
    const xls = fs.readFileSync(path.join(FIXTURES, 'henan-2024-346-summary.et'));
    await expect(readAttachment(xls, '汇总表.wps')).rejects.toThrow(/「汇总表\.wps」.*其实是 Excel 工作簿/);
    await expect(readAttachment(new Uint8Array(64).fill(7), '表.et')).rejects.toThrow(
      /「表\.et」不是申报通能读取的WPS 表格/,
    );
  });
});
