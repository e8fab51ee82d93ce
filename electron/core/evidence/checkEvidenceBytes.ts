import zlib from 'node:zlib';

import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

import { AppError } from '../../../shared/api/apiError.js';
import type { ErrorCode } from '../../../shared/api/errorCodes.js';
import { errorFields, logEvent } from '../log/appLog.js';

// 佐证材料 go into the upload bundle's merged PDF months later; a file damaged now (a cut-off copy
// from a USB stick, a flipped byte) must be refused now, while the user still has the original.
// pdf-lib reads leniently, so the checks it does not make are made here: the end marker of a PDF,
// every compressed stream inflating with its checksum, PNG chunk CRCs, JPEG's end marker.

const TAIL = 2048;
const IMAGE: ErrorCode = 'EVIDENCE_IMAGE_INVALID';

function damaged(fileName: string, why: string, detail: string, code: ErrorCode = 'EVIDENCE_PDF_INVALID'): AppError {
  logEvent('warn', 'evidence.refused', { why: detail });
  return new AppError(code, `文件「${fileName}」已损坏（${why}），未添加。请用原始文件或重新扫描、导出后再添加。`, {
    file: fileName,
  });
}

function isFlate(stream: PDFRawStream): boolean {
  const f = stream.dict.get(PDFName.of('Filter'));
  if (f instanceof PDFName) return f === PDFName.of('FlateDecode');
  // A filter chain: only a lone FlateDecode is checked (others wrap it in encodings we do not undo).
  return f instanceof PDFArray && f.size() === 1 && f.get(0) === PDFName.of('FlateDecode');
}

async function checkPdf(bytes: Uint8Array, fileName: string): Promise<number> {
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - TAIL))).includes('%%EOF'))
    throw damaged(fileName, '文件不完整，可能被截断', 'no %%EOF');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
  } catch (e) {
    logEvent('warn', 'evidence.pdf-unreadable', errorFields(e));
    throw damaged(fileName, 'PDF 结构无法读取', 'pdf-lib load failed');
  }
  const pages = doc.getPageCount();
  if (pages < 1) throw damaged(fileName, 'PDF 中没有页面', 'no pages');
  // Encrypted streams cannot be inflated as they are; their integrity is the viewer's business.
  if (doc.isEncrypted) return pages;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || !isFlate(obj)) continue;
    try {
      zlib.inflateSync(obj.contents);
    } catch (e) {
      // A stream cut short without its checksum is common in real scanner output and readable; a
      // wrong checksum or an impossible code is damage.
      if ((e as NodeJS.ErrnoException).code === 'Z_BUF_ERROR') continue;
      throw damaged(fileName, 'PDF 内容的校验不符', (e as Error).message);
    }
  }
  return pages;
}

function checkPng(bytes: Uint8Array, fileName: string): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let sawEnd = false;
  while (at + 12 <= b.length) {
    const len = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8);
    if (at + 12 + len > b.length) break;
    const crc = b.readUInt32BE(at + 8 + len);
    if (zlib.crc32(b.subarray(at + 4, at + 8 + len)) >>> 0 !== crc)
      throw damaged(fileName, '图片数据的校验码不符', `PNG chunk ${type.toString('latin1')} CRC`, IMAGE);
    at += 12 + len;
    if (type.toString('latin1') === 'IEND') {
      sawEnd = true;
      break;
    }
  }
  if (!sawEnd) throw damaged(fileName, '图片不完整，可能被截断', 'PNG without IEND', IMAGE);
}

function checkJpeg(bytes: Uint8Array, fileName: string): void {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64)));
  if (!tail.includes(Buffer.from([0xff, 0xd9])))
    throw damaged(fileName, '图片不完整，可能被截断', 'JPEG without EOI', IMAGE);
}

/** Checks a 佐证 file whose type was sniffed; returns a PDF's page count (null for images). Throws AppError. */
export async function checkEvidenceBytes(
  bytes: Uint8Array,
  mime: 'application/pdf' | 'image/jpeg' | 'image/png',
  fileName: string,
): Promise<number | null> {
  if (mime === 'application/pdf') return checkPdf(bytes, fileName);
  if (mime === 'image/png') checkPng(bytes, fileName);
  else checkJpeg(bytes, fileName);
  return null;
}
