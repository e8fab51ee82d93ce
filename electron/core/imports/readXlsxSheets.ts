import path from 'node:path/posix';
import { pipeline, type Readable } from 'node:stream';

import ExcelJS from 'exceljs';

import { openVerifiedZip, type VerifiedZip, WORKBOOK_ZIP_LIMITS, type ZipLimits } from '../files/openVerifiedZip.js';
import { FileDamage } from './fileDamage.js';
import { type ReadProgress, readSheetXml } from './readSheetXml.js';
import type { RawSheet } from './sheetModel.js';
import { Utf8Boundaries } from './utf8Chunks.js';

// exceljs's own zip reading (unzipper, sequential) ignores CRC-32 and can wait forever on a damaged
// archive. So the archive is opened here (openVerifiedZip: sizes bounded, CRCs checked); exceljs
// parses the workbook, its relationships and the shared strings through its parse methods (it is
// pinned, 4.4.0), and each sheet's rows are read by readSheetXml straight from saxes events, which
// keeps the cell values exceljs would make without building its Row and Cell objects.

interface Rel {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}
interface ReaderInternals {
  workbookRels?: Rel[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  sharedStrings?: unknown[];
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}

/** An XML part as text chunks cut at character boundaries; any error of the source reaches the reader. */
function xmlPart(zip: VerifiedZip, name: string): Readable {
  return pipeline(zip.stream(name), new Utf8Boundaries(), () => undefined);
}

/** A relationship target → the archive path (targets are relative to xl/, or absolute from the root). */
function partPath(target: string): string {
  const t = target.replace(/\\/g, '/');
  return t.startsWith('/') ? path.normalize(t).slice(1) : path.normalize(path.join('xl', t));
}

/** What the archive is when it is not a workbook: said plainly instead of 「找不到工作表」. */
function notAWorkbook(zip: VerifiedZip): FileDamage {
  if (zip.has('word/document.xml'))
    return new FileDamage('这是 Word 文档，不是 Excel 工作簿', 'docx instead of xlsx', {});
  if (zip.has('ppt/presentation.xml'))
    return new FileDamage('这是 PowerPoint 演示文稿，不是 Excel 工作簿', 'pptx instead of xlsx', {});
  if (zip.has('content.xml') && zip.has('mimetype'))
    return new FileDamage(
      '这是 OpenDocument（.ods 等）文件，请在 WPS 或 LibreOffice 中「另存为」Excel 工作簿（.xlsx）',
      'opendocument',
      {},
    );
  return new FileDamage('压缩包中没有 Excel 工作簿的内容（xl/workbook.xml）', 'no xl/workbook.xml', {});
}

/**
 * Reads every sheet of an .xlsx, in the workbook's tab order, keeping non-empty rows as plain
 * values plus the merge list. Sheet XML streams through exceljs's parser (a 50,000-row ledger never
 * sits in memory as an exceljs workbook). Throws ZipProblem (archive) or FileDamage (content).
 */
export async function readXlsxSheets(
  bytes: Uint8Array,
  onProgress?: ReadProgress,
  limits: ZipLimits = WORKBOOK_ZIP_LIMITS,
): Promise<RawSheet[]> {
  const zip = await openVerifiedZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
  if (!zip.has('xl/workbook.xml')) throw notAWorkbook(zip);
  // A damaged byte inside compressed data inflates to garbage long before the CRC at the entry's end
  // would tell: check every entry first, so damage is reported as damage and never parsed as data.
  await zip.verifyAll();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(null as unknown as string, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles would tell which numbers are dates, but exceljs then tests every numeric cell's format
    // (a third of the read time on a ledger). Date fields convert Excel serial numbers instead.
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  if (zip.has('xl/_rels/workbook.xml.rels')) await reader._parseRels(xmlPart(zip, 'xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(xmlPart(zip, 'xl/workbook.xml'));
  const rels = reader.workbookRels ?? [];
  const sst = rels.find((r) => r.Type.endsWith('/sharedStrings'));
  const sstPath = sst ? partPath(sst.Target) : 'xl/sharedStrings.xml';
  if (zip.has(sstPath)) {
    for await (const _ of reader._parseSharedStrings(xmlPart(zip, sstPath))) {
      /* cached on the reader */
    }
  }
  const strings = reader.sharedStrings ?? [];
  const date1904 = reader.properties?.model?.date1904 === true;

  const sheets: RawSheet[] = [];
  for (const meta of reader.model?.sheets ?? []) {
    const rel = rels.find((r) => r.Id === meta.rId);
    // Chart and dialog sheets hold no rows.
    if (rel && !rel.Type.endsWith('/worksheet')) continue;
    const part = rel ? partPath(rel.Target) : `xl/worksheets/sheet${meta.id}.xml`;
    if (!zip.has(part))
      throw new FileDamage(`工作表「${meta.name}」的内容缺失`, `missing part ${part}`, { sheet: meta.name });
    try {
      const { rows, merges } = await readSheetXml(zip.stream(part), meta.name, strings, onProgress);
      sheets.push({ name: meta.name, rows, merges, ...(date1904 ? { date1904 } : {}) });
    } catch (e) {
      throw e instanceof FileDamage && !e.where.sheet ? e.at({ sheet: meta.name }) : e;
    }
  }
  return sheets;
}
