// Damaged and hostile workbooks, as a user meets them: a copy with a flipped byte, a cut-off
// download, a renamed Word file, a zip bomb, a CSV with broken bytes or a last line cut in half.
// Each is refused in Chinese naming the file (and row where known) — never read as changed values.
import fs from 'node:fs';
import path from 'node:path';

import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';

import { prepareImport } from '../../../electron/core/imports/previewImport';
import { readWorkbookFile } from '../../../electron/core/imports/readWorkbookFile';
import { AppError } from '../../../shared/api/apiError';
import { awardsDataset } from '../../../shared/datasets/awardsDataset';
import { craftZip, entryOf, xlsxAround, zeroBombEntry } from '../support/craftZip';

const RELIABILITY = path.resolve(__dirname, '../../fixtures/reliability');
const awardsXlsx = fs.readFileSync(path.join(RELIABILITY, 'awards-3000.xlsx'));

async function refusal(fileName: string, bytes: Uint8Array): Promise<AppError> {
  try {
    await readWorkbookFile(fileName, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error(`${fileName} was read`);
}

/** Chinese for office staff: besides the file name, no English word of a library or the engine. */
function expectChinese(message: string, fileName: string) {
  expect(message.replaceAll(fileName, '').replace(/Excel|WPS|CSV|UTF-8|GBK|xlsx|xls/g, '')).not.toMatch(/[A-Za-z]{3,}/);
}

function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe('damaged .xlsx', () => {
  it('refuses 40 byte-flipped copies of a 3,000-row award list, each naming the file — none is read', async () => {
    const rnd = seeded(13);
    for (let i = 0; i < 40; i++) {
      const copy = Buffer.from(awardsXlsx);
      // Inside the compressed sheet data, where a flip would otherwise change a value.
      const at = 2000 + Math.floor(rnd() * (copy.length - 4000));
      copy[at] ^= 1 + Math.floor(rnd() * 254);
      const e = await refusal('awards-3000.xlsx', copy);
      expect(e.code).toMatch(/^IMPORT_(BAD_XLSX|TOO_LARGE)$/);
      expect(e.message).toContain('「awards-3000.xlsx」');
      expect(e.where?.file).toBe('awards-3000.xlsx');
      expectChinese(e.message, 'awards-3000.xlsx');
    }
  });

  it('still reads the undamaged list whole', async () => {
    const p = await prepareImport(awardsDataset, { fileName: 'awards-3000.xlsx', bytes: awardsXlsx, year: 2024 });
    expect(p.parsed.rows).toHaveLength(3000);
    expect(p.parsed.problemCount).toBe(0);
  });

  it('refuses a copy cut off half-way (an interrupted download)', async () => {
    const e = await refusal('awards-3000.xlsx', awardsXlsx.subarray(0, awardsXlsx.length >> 1));
    expect(e.message).toMatch(/^无法读取「awards-3000\.xlsx」：文件已损坏或不是 Excel 工作簿/);
  });

  it('refuses a 600 MB zip bomb by its compression ratio, and one that lies about its size as damaged', async () => {
    const honest = await refusal('台账.xlsx', xlsxAround(zeroBombEntry('s', 600)));
    expect(honest.code).toBe('IMPORT_TOO_LARGE');
    expect(honest.message).toBe('「台账.xlsx」的压缩比异常，可能是恶意构造的文件，已拒绝导入，未做任何修改。');
    const lying = await refusal('台账.xlsx', xlsxAround(zeroBombEntry('s', 600, 4096)));
    expect(lying.message).toMatch(/^「台账\.xlsx」已损坏：文件内容的校验码不符/);
  });

  it('says what a renamed Word document is', async () => {
    const docx = craftZip([entryOf('[Content_Types].xml', '<Types/>'), entryOf('word/document.xml', '<w:document/>')]);
    expect((await refusal('名单.xlsx', docx)).message).toMatch(/^「名单\.xlsx」：这是 Word 文档，不是 Excel 工作簿/);
  });

  it('refuses a cell pointing past the shared-string table, naming the sheet', async () => {
    const sheet = entryOf(
      's',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>7</v></c></row></sheetData></worksheet>',
    );
    // Add a one-string table the workbook's relationships point at.
    const zip = craftZip([
      entryOf('[Content_Types].xml', '<Types/>'),
      entryOf(
        'xl/workbook.xml',
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      entryOf(
        'xl/_rels/workbook.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
      entryOf(
        'xl/sharedStrings.xml',
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>大赛名称</t></si></sst>',
      ),
      { ...sheet, name: 'xl/worksheets/sheet1.xml' },
    ]);
    const e = await refusal('名单.xlsx', zip);
    expect(e.message).toBe(
      '「名单.xlsx」 工作表「名单」，第 2 行，A 列：单元格引用了不存在的共享文字，文件可能已损坏，已拒绝导入。请在 Excel 或 WPS 中打开确认，「另存为」Excel 工作簿（.xlsx）后再试，或从原始来源重新获取文件。未导入任何数据。',
    );
    expect(e.where).toMatchObject({ file: '名单.xlsx', sheet: '名单', row: 2, column: 'A' });
  });
});

describe('damaged .xls', () => {
  it('never answers a byte-flipped copy with English or console noise', async () => {
    const xls = fs.readFileSync(path.join(RELIABILITY, 'awards-800-libreoffice.xls'));
    const noise = vi.spyOn(console, 'error');
    const rnd = seeded(7);
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      const copy = Buffer.from(xls);
      copy[Math.floor(rnd() * copy.length)] ^= 0x5a;
      try {
        await readWorkbookFile('获奖.xls', copy);
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expectChinese((e as AppError).message, '获奖.xls');
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(noise).not.toHaveBeenCalled();
    noise.mockRestore();
  });
});

describe('damaged CSV', () => {
  const header = '大赛名称,级别,获奖等级,获奖日期\n';
  const rows = Array.from({ length: 8 }, (_, i) => `全国职业院校技能大赛,国家级,一等奖,2024-05-${10 + i}\n`).join('');

  it('refuses UTF-8 with one damaged byte inside a Chinese character, naming its row (not read as GBK)', async () => {
    const bytes = Buffer.from(header + rows, 'utf8');
    const row7 = bytes.indexOf(Buffer.from('全国', 'utf8'), bytes.indexOf(Buffer.from('2024-05-15')));
    bytes[row7 + 1] = 0x41; // breaks 全 in the 7th line
    const e = await refusal('获奖.csv', bytes);
    expect(e.code).toBe('IMPORT_CSV_DAMAGED');
    expect(e.where?.row).toBe(8);
    expect(e.message).toMatch(/^「获奖\.csv」第 8 行有问题/);
  });

  it('refuses GBK with a byte that is no character, naming its row; whole GBK still reads', async () => {
    const good = iconv.encode(header + rows, 'gbk');
    expect((await readWorkbookFile('获奖.csv', good)).sheets[0].rows).toHaveLength(9);
    const bad = Buffer.from(good);
    const at = bad.indexOf(iconv.encode('2024-05-13', 'gbk'));
    bad[at - 3] = 0xff; // inside 一等奖 of the 5th data row (line 5)
    const e = await refusal('获奖.csv', bad);
    expect(e.details?.[0].message).toMatch(/^第 5 行含有无法识别的字符/);
  });

  it('refuses a file whose last line was cut off, and one ending inside a quote', async () => {
    const cut = Buffer.from(header + rows.slice(0, -6), 'utf8');
    const e = await refusal('获奖.csv', cut);
    expect(e.details?.[0].message).toBe(
      '第 9 行（最后一行）没有换行符结尾，文件可能被截断。如确认这一行完整，请在行末加一个换行后保存',
    );
    const quote = await refusal('获奖.csv', Buffer.from(`${header}"全国职业院校技能大赛,国家级`, 'utf8'));
    expect(quote.details?.[0].message).toBe('第 2 行的引号没有闭合，文件到此结束：文件可能被截断');
  });
});
