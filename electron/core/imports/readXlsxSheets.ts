import { Readable } from 'node:stream';

import ExcelJS from 'exceljs';

import { type CellRaw, type MergeRange, parseRangeRef, type RawRow, type RawSheet } from './sheetModel.js';
import { Utf8Boundaries, utf8Chunks } from './utf8Chunks.js';

const MERGE_START = Buffer.from('mergeCells');
const MERGE_RE = /<(?:\w+:)?mergeCell\s[^>]*?ref="([^"]+)"/g;

const DIMENSION_RE = /<(?:\w+:)?dimension\s[^>]*?ref="[A-Z]*\d*:?[A-Z]*(\d+)"/;

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
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return plainCellValue(o.result);
    if ('text' in o) return plainCellValue(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

/**
 * Reads every sheet of an .xlsx with exceljs's streaming reader (a 50,000-row ledger never sits in
 * memory as an exceljs workbook), keeping non-empty rows as plain values plus the merge list.
 * Sheets come back in the workbook's tab order.
 */
export async function readXlsxSheets(bytes: Uint8Array, onProgress?: ReadProgress): Promise<RawSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles would tell which numbers are dates, but exceljs then tests every numeric cell's format
      // (a third of the read time on a ledger). Date fields convert Excel serial numbers instead.
      styles: 'ignore',
      hyperlinks: 'ignore',
      entries: 'ignore',
    },
  );
  // Shared strings come from a stream exceljs reads itself: cut that one at character boundaries too.
  const withStrings = reader as unknown as {
    _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  };
  const parseSharedStrings = withStrings._parseSharedStrings;
  withStrings._parseSharedStrings = function (entry) {
    return parseSharedStrings.call(this, entry.pipe(new Utf8Boundaries()));
  };
  const found: { sheet: RawSheet; sheetId: number }[] = [];
  const book = reader as unknown as {
    model?: { sheets?: { id: number; name: string; rId: string }[] };
    workbookRels?: { Id: string; Target: string }[];
  };
  for await (const ws of reader as unknown as AsyncIterable<
    ExcelJS.Worksheet & { iterator: AsyncIterable<Buffer>; id: number | string }
  >) {
    // exceljs matches only relative targets (worksheets/sheet1.xml); openpyxl writes /xl/worksheets/sheet1.xml.
    if (typeof ws.id === 'string' && ws.name === `Sheet${ws.id}`) {
      const rel = (book.workbookRels ?? []).find(
        (r) => r.Target.replace(/^\/?(xl\/)?/, '') === `worksheets/sheet${ws.id}.xml`,
      );
      const meta = rel && (book.model?.sheets ?? []).find((m) => m.rId === rel.Id);
      if (meta) {
        ws.id = meta.id;
        ws.name = meta.name;
      }
    }
    const tap: SheetTap = { merges: [], lastRow: null };
    ws.iterator = tapSheetXml(ws.iterator, tap);
    const rows: RawRow[] = [];
    let read = 0;
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      if (onProgress && ++read % REPORT_EVERY === 0)
        onProgress({ sheet: ws.name, rowsRead: row.number, lastRow: tap.lastRow });
      const values = row.values as unknown[];
      let cells: CellRaw[] | null = null;
      for (let c = 1; c < values.length; c++) {
        const v = values[c];
        if (v === undefined || v === null) continue;
        const p = plainCellValue(v);
        if (p === null || (typeof p === 'string' && p.trim() === '')) continue;
        if (!cells) cells = new Array<CellRaw>(values.length - 1).fill(null);
        cells[c - 1] = p;
      }
      if (cells) rows.push({ r: row.number, cells });
    }
    found.push({ sheet: { name: ws.name, rows, merges: tap.merges }, sheetId: Number(ws.id) });
  }
  const order = (book.model?.sheets ?? []).map((m) => Number(m.id));
  found.sort((a, b) => order.indexOf(a.sheetId) - order.indexOf(b.sheetId));
  return found.map((f) => f.sheet);
}
