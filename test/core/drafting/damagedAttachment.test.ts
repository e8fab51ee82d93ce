// A damaged or hostile .docx/.xlsx attachment is refused in Chinese, naming the file (and the part),
// before any of it becomes a draft: a part whose bytes disagree with their CRC-32 (what a bad copy or
// download leaves), a zip bomb, a truncated file. The attachments are real ones (LibreOffice-saved
// fixtures), changed the way damage changes them.
import fs from 'node:fs';
import path from 'node:path';

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import { AppError } from '../../../shared/api/apiError';

const FIXTURES = path.resolve(__dirname, '../../fixtures/drafting');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

/** The same archive with one part's recorded CRC-32 changed, in its local header and in the directory. */
function withWrongCrc(zip: Buffer, part: string): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  let changed = 0;
  for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + 1)) {
    // Local header: signature 30 bytes before the name, CRC at +14. Central: 46 before, CRC at +16.
    if (out.readUInt32LE(at - 30) === 0x04034b50 && out.readUInt16LE(at - 4) === name.length) {
      out.writeUInt32LE((out.readUInt32LE(at - 30 + 14) ^ 0x1) >>> 0, at - 30 + 14);
      changed++;
    } else if (out.readUInt32LE(at - 46) === 0x02014b50 && out.readUInt16LE(at - 18) === name.length) {
      out.writeUInt32LE((out.readUInt32LE(at - 46 + 16) ^ 0x1) >>> 0, at - 46 + 16);
      changed++;
    }
  }
  if (changed !== 2) throw new Error(`${part}: found ${changed} headers, expected 2`);
  return out;
}

/** What readAttachment refused with (the test fails if it read the file). */
async function refusalOf(bytes: Buffer, name: string): Promise<AppError> {
  const e: unknown = await readAttachment(bytes, name).then(
    () => new Error(`${name} was read`),
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw e;
  expect(e.code).toBe('ATTACHMENT_DAMAGED');
  expect(e.where?.file).toBe(name);
  return e;
}

describe('a damaged or hostile attachment is refused, naming the file', () => {
  it('a .docx whose document.xml does not match its CRC-32', async () => {
    const bytes = withWrongCrc(fixture('henan-2023-258-recommendation.docx'), 'word/document.xml');
    const e = await refusalOf(bytes, '推荐表.docx');
    expect(e.message).toMatch(/^「推荐表\.docx」已损坏（其中的 word\/document\.xml）：内容的校验码不符/);
    expect(e.where?.path).toBe('word/document.xml');
  });

  it('an .xlsx whose sheet does not match its CRC-32 (exceljs alone would read it)', async () => {
    const bytes = withWrongCrc(fixture('henan-2024-346-summary.xlsx'), 'xl/worksheets/sheet1.xml');
    const e = await refusalOf(bytes, '汇总表.xlsx');
    expect(e.message).toMatch(/^「汇总表\.xlsx」已损坏（其中的 xl\/worksheets\/sheet1\.xml）/);
  });

  it('a .docx whose document.xml inflates a thousandfold (zip bomb)', async () => {
    const zip = await JSZip.loadAsync(fixture('henan-2023-258-recommendation.docx'));
    zip.file('word/document.xml', Buffer.alloc(16 * 1024 * 1024, 0x20));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const e = await refusalOf(bytes, '附件1.docx');
    expect(e.message).toMatch(
      /^「附件1\.docx」（其中的 word\/document\.xml）的压缩比异常（\d+ 倍），可能是恶意构造的文件/,
    );
  });

  it('an .xlsx cut short (an interrupted copy)', async () => {
    const whole = fixture('henan-2024-346-summary.xlsx');
    const e = await refusalOf(whole.subarray(0, whole.length - 200), '汇总表.xlsx');
    expect(e.message).toMatch(/^「汇总表\.xlsx」无法读取：不是有效的 Office 文件/);
  });

  it('the undamaged attachments still read', async () => {
    const docx = await readAttachment(fixture('henan-2023-258-recommendation.docx'), '推荐表.docx');
    expect(docx.document.sections.length).toBeGreaterThan(0);
    const xlsx = await readAttachment(fixture('henan-2024-346-summary.xlsx'), '汇总表.xlsx');
    expect(xlsx.document.sections.length).toBeGreaterThan(0);
  });
});
