// One attachment file → SourceDocument, by what the file is (not only its name): .docx and .xlsx
// are read directly; .doc/.wps/.xls/.et go through LibreOffice first. Anything else is refused in
// Chinese, naming the file.
import { AppError } from '../../../shared/api/apiError.js';
import type { SourceDocument } from '../../../shared/drafting/sourceDocument.js';
import { convertWithLibreOffice, KIND_NAMES, type LegacyKind, saveAsAdvice } from './convertWithLibreOffice.js';
import { readDocx } from './readDocx.js';
import { isOle, oleFormat } from './sniffOle.js';

/** Excel's reader (exceljs) loads in about a second: only when a sheet is read, not for every Word file. */
async function readXlsxAttachment(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  return (await import('./readXlsxAttachment.js')).readXlsxAttachment(bytes, fileName);
}

/** 50 MB: a notice's attachment is a few hundred KB; far larger is not an attachment. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export interface ReadAttachmentResult {
  document: SourceDocument;
  /** Set when LibreOffice converted the file first. */
  convertedFrom?: LegacyKind;
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function readAttachment(bytes: Uint8Array, fileName: string): Promise<ReadAttachmentResult> {
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError(
      'ATTACHMENT_TOO_LARGE',
      `「${fileName}」有 ${Math.round(bytes.length / 1048576)} MB，超过附件的合理大小（50 MB），请确认选对了文件`,
      { file: fileName },
    );
  if (!bytes.length) throw new AppError('ATTACHMENT_EMPTY', `「${fileName}」是空文件`, { file: fileName });
  const ext = (/\.([A-Za-z0-9]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();
  if (ext === 'docx' || ext === 'docm' || ext === 'wpsx') {
    if (isOle(bytes)) return legacy(bytes, fileName, 'doc'); // a .doc renamed to .docx
    return { document: await readDocx(bytes, fileName) };
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    if (isOle(bytes)) return legacy(bytes, fileName, 'xls');
    if (!isZip(bytes))
      throw new AppError(
        'ATTACHMENT_DAMAGED',
        `「${fileName}」不是有效的 .xlsx 文件（可能已损坏或是改了扩展名的其他文件）`,
        {
          file: fileName,
        },
      );
    return { document: await readXlsxAttachment(bytes, fileName) };
  }
  if (ext === 'doc' || ext === 'wps' || ext === 'xls' || ext === 'et') {
    // Some .doc files are really .docx (saved by WPS with the old name): read them as they are.
    if (isZip(bytes))
      return {
        document:
          ext === 'xls' || ext === 'et' ? await readXlsxAttachment(bytes, fileName) : await readDocx(bytes, fileName),
      };
    if (ext === 'wps' || ext === 'et') return kingsoft(bytes, fileName, ext);
    return legacy(bytes, fileName, ext);
  }
  throw new AppError(
    'ATTACHMENT_UNSUPPORTED',
    `「${fileName}」不是 Word 或 Excel 文件。请选择通知的附件：.docx、.doc、.wps（Word/WPS 文字），或 .xlsx、.xls、.et（汇总表）`,
    { file: fileName },
  );
}

/**
 * WPS's own .wps/.et: since WPS Office 2005 a Word 97 document or an Excel BIFF8 workbook under
 * Kingsoft's name, converted as those are. Older WPS files (WPS 97/2000 text) and anything else
 * are refused, naming the file and how to save it anew.
 */
async function kingsoft(bytes: Uint8Array, fileName: string, ext: 'wps' | 'et'): Promise<ReadAttachmentResult> {
  const held = isOle(bytes) ? oleFormat(bytes) : undefined;
  const expected = ext === 'wps' ? 'doc' : 'xls';
  if (held !== expected)
    throw new AppError(
      'ATTACHMENT_UNSUPPORTED',
      `「${fileName}」不是申报通能读取的${KIND_NAMES[ext]}：${held ? `它其实是${held === 'doc' ? ' Word 文档' : ' Excel 工作簿'}，请改正扩展名后再选择` : '它可能是早期 WPS（如 WPS 2000）保存的文件，或已损坏'}。${saveAsAdvice(ext)}`,
      { file: fileName },
    );
  return legacy(bytes, fileName, ext);
}

async function legacy(bytes: Uint8Array, fileName: string, kind: LegacyKind): Promise<ReadAttachmentResult> {
  const converted = await convertWithLibreOffice(bytes, fileName, kind);
  const document =
    kind === 'xls' || kind === 'et'
      ? await readXlsxAttachment(converted, fileName)
      : await readDocx(converted, fileName);
  return { document, convertedFrom: kind };
}
