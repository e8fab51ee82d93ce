import path from 'node:path/posix';
import { pipeline, type Readable } from 'node:stream';

import ExcelJS from 'exceljs';
import WorksheetReader from 'exceljs/lib/stream/xlsx/worksheet-reader.js';

import { openVerifiedZip, type VerifiedZip, WORKBOOK_ZIP_LIMITS, type ZipLimits } from '../files/openVerifiedZip.js';
import { FileDamage } from './fileDamage.js';
import {
  type CellRaw,
  columnLetter,
  type MergeRange,
  parseRangeRef,
  type RawRow,
  type RawSheet,
} from './sheetModel.js';
import { Utf8Boundaries, utf8Chunks } from './utf8Chunks.js';

// exceljs's own zip reading (unzipper, sequential) ignores CRC-32 and can wait forever on a damaged
// archive; its sheet parser is good. So the archive is opened here (openVerifiedZip: sizes bounded,
// CRCs checked) and exceljs's reader is driven part by part through its parse methods. exceljs is
// pinned (4.4.0) and test/core/imports/xlsxIntegrity.test.ts fails if these internals move.

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
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}

const MERGE_START = Buffer.from('mergeCells');
const MERGE_RE = /<(?:\w+:)?mergeCell\s[^>]*?ref="([^"]+)"/g;
const DIMENSION_RE = /<(?:\w+:)?dimension\s[^>]*?ref="[A-Z]*\d*:?[A-Z]*(\d+)"/;
const MISSING_STRING = Object.freeze({ missingSharedString: true });
/** Excel's own limit; a row number beyond it, or going backwards, is damage, not data. */
const MAX_ROW = 1_048_576;

interface SheetTap {
  merges: MergeRange[];
  /** The last row number the sheet's <dimension> names (written by Excel, WPS and LibreOffice), if any. */
  lastRow: number | null;
}

/**
 * exceljs's streaming reader drops <mergeCell> elements, and they come after all the rows. We pass
 * the sheet's XML through unchanged and keep only the tail from <mergeCells> on, which is small;
 * the <dimension> near the start gives the sheet's size for the progress bar.
 */
function tapSheetXml(src: AsyncIterable<Buffer>, out: SheetTap): AsyncIterable<Buffer> {
  return (async function* () {
    let tail: Buffer = Buffer.alloc(0);
    const kept: Buffer[] = [];
    let head = true;
    for await (const chunk of utf8Chunks(src)) {
      if (head) {
        head = false;
        const m = DIMENSION_RE.exec(chunk.subarray(0, 4096).toString('latin1'));
        if (m) out.lastRow = Number(m[1]);
      }
      yield chunk;
      if (kept.length) kept.push(chunk);
      else if (chunk.includes(MERGE_START)) kept.push(chunk);
      else if (tail.length && Buffer.concat([tail, chunk.subarray(0, 16)]).includes(MERGE_START))
        kept.push(tail, chunk);
      else tail = chunk.subarray(Math.max(0, chunk.length - 16));
    }
    if (!kept.length) return;
    const text = Buffer.concat(kept).toString('latin1');
    for (const m of text.matchAll(MERGE_RE)) {
      const r = parseRangeRef(m[1]);
      if (r) out.merges.push(r);
    }
  })();
}

/** Rows read so far in a sheet, reported every few thousand rows. */
export type ReadProgress = (p: { sheet: string; rowsRead: number; lastRow: number | null }) => void;
const REPORT_EVERY = 2000;

/** exceljs cell values (rich text, formulas, hyperlinks, errors) → plain values. */
export function plainCellValue(v: unknown): CellRaw {
  if (v === null || v === undefined) return null;
  // A <v> that is not a number parses as NaN: keep it visible as an error value, never as empty.
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return plainCellValue(o.result);
    if ('text' in o) return plainCellValue(o.text);
    if ('error' in o) return String(o.error);
  }
  // Nothing a cell holds reaches here; an unknown shape is no value rather than '[object Object]'.
  return null;
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
  // A cell pointing past the shared-string table would read as empty: it reads as a marker instead,
  // which readSheet refuses with the cell's place. The trap sits on the table's prototype, so the
  // in-range lookups of a 50,000-row sheet stay plain array reads; only a missing index reaches it.
  const strings = reader.sharedStrings ?? [];
  Object.setPrototypeOf(
    strings,
    new Proxy(Array.prototype, {
      get(target, key, receiver) {
        if (typeof key === 'string' && +key >= 0) return MISSING_STRING;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }),
  );
  reader.sharedStrings = strings;

  const sheets: RawSheet[] = [];
  for (const meta of reader.model?.sheets ?? []) {
    const rel = rels.find((r) => r.Id === meta.rId);
    // Chart and dialog sheets hold no rows.
    if (rel && !rel.Type.endsWith('/worksheet')) continue;
    const part = rel ? partPath(rel.Target) : `xl/worksheets/sheet${meta.id}.xml`;
    if (!zip.has(part))
      throw new FileDamage(`工作表「${meta.name}」的内容缺失`, `missing part ${part}`, { sheet: meta.name });
    sheets.push(await readSheet(zip, part, meta.name, reader, onProgress));
  }
  return sheets;
}

async function readSheet(
  zip: VerifiedZip,
  part: string,
  name: string,
  reader: ReaderInternals,
  onProgress?: ReadProgress,
): Promise<RawSheet> {
  const tap: SheetTap = { merges: [], lastRow: null };
  const ws = new WorksheetReader({
    workbook: reader,
    id: 0,
    iterator: tapSheetXml(zip.stream(part), tap),
    options: { worksheets: 'emit', hyperlinks: 'ignore' },
  });
  ws.name = name;
  const rows: RawRow[] = [];
  let read = 0;
  let last = 0;
  try {
    for await (const row of ws) {
      const n = row.number;
      if (!Number.isInteger(n) || n <= last || n > MAX_ROW)
        throw new FileDamage('行号错乱', `row number ${n} after ${last}`, { sheet: name, row: last + 1 });
      last = n;
      if (onProgress && ++read % REPORT_EVERY === 0) onProgress({ sheet: name, rowsRead: n, lastRow: tap.lastRow });
      const values = row.values as unknown[];
      let cells: CellRaw[] | null = null;
      for (let c = 1; c < values.length; c++) {
        const v = values[c];
        if (v === undefined || v === null) continue;
        if (v === MISSING_STRING)
          throw new FileDamage('单元格引用了不存在的共享文字', 'shared string index past the table', {
            sheet: name,
            row: n,
            column: columnLetter(c - 1),
          });
        const p = plainCellValue(v);
        if (p === null || (typeof p === 'string' && p.trim() === '')) continue;
        if (!cells) cells = new Array<CellRaw>(values.length - 1).fill(null);
        cells[c - 1] = p;
      }
      if (cells) rows.push({ r: n, cells });
    }
  } catch (e) {
    if (e instanceof FileDamage && !e.where.sheet) throw e.at({ sheet: name, row: last + 1 });
    throw e;
  }
  return { name, rows, merges: tap.merges };
}
