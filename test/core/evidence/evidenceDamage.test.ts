// 佐证 files are checked when added, while the user still has the original: a PDF cut off, a PDF
// whose compressed content fails its checksum, a PNG with a damaged chunk, a JPEG without its end.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { checkEvidenceBytes } from '../../../electron/core/evidence/checkEvidenceBytes';
import { AppError } from '../../../shared/api/apiError';

const pdf = fs.readFileSync(path.resolve(__dirname, '../../fixtures/reliability/evidence-certificate.pdf'));

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('checkEvidenceBytes', () => {
  it('accepts a PDF written by LibreOffice and gives its page count', async () => {
    expect(await checkEvidenceBytes(pdf, 'application/pdf', '证书.pdf')).toBeGreaterThan(0);
  });

  it('refuses a PDF cut off, and one whose compressed page content was damaged', async () => {
    const cut = await refusal(checkEvidenceBytes(pdf.subarray(0, pdf.length - 900), 'application/pdf', '证书.pdf'));
    expect(cut.message).toBe(
      '文件「证书.pdf」已损坏（文件不完整，可能被截断），未添加。请用原始文件或重新扫描、导出后再添加。',
    );
    const stream = pdf.indexOf('stream\n') + 7 + 40;
    const flipped = Buffer.from(pdf);
    flipped[stream] ^= 0xff;
    const bad = await refusal(checkEvidenceBytes(flipped, 'application/pdf', '证书.pdf'));
    expect(bad.code).toBe('EVIDENCE_PDF_INVALID');
    expect(bad.message).toMatch(/^文件「证书\.pdf」已损坏（PDF (内容的校验不符|结构无法读取)）/);
  });

  it('checks PNG chunk CRCs and the JPEG end marker', async () => {
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), data])) >>> 0);
      return Buffer.concat([len, Buffer.from(type), data, crc]);
    };
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    const png = Buffer.concat([
      Buffer.from('89504e470d0a1a0a', 'hex'),
      chunk('IHDR', ihdr),
      chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 255, 255, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(await checkEvidenceBytes(png, 'image/png', '照片.png')).toBeNull();
    const bad = Buffer.from(png);
    bad[45] ^= 1;
    expect((await refusal(checkEvidenceBytes(bad, 'image/png', '照片.png'))).code).toBe('EVIDENCE_IMAGE_INVALID');
    expect((await refusal(checkEvidenceBytes(png.subarray(0, 50), 'image/png', '照片.png'))).message).toMatch(
      /图片不完整/,
    );
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    expect((await refusal(checkEvidenceBytes(jpeg, 'image/jpeg', '扫描.jpg'))).message).toMatch(/图片不完整/);
  });
});
