// Excel 97-2003 workbooks (.xls, and WPS's .et in the same format): still what many asset-management
// systems and older offices save. exceljs reads only .xlsx, so these go through SheetJS, into the
// same plain sheet model the rest of the importer works on. The format has no checksums, so what can
// be checked is checked here: record types SheetJS does not know (a damaged record header), cells
// pointing past the string table, and text holding characters no office program writes.
import * as XLSX from '@e965/xlsx';

import { FileDamage } from './fileDamage.js';
import { type CellRaw, columnLetter, type MergeRange, type RawRow, type RawSheet } from './sheetModel.js';

// Lone surrogates, U+FFFD and control characters other than tab and line breaks.
const BAD_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function plain(
  cell: XLSX.CellObject | undefined,
  where: () => { sheet: string; row: number; column: string },
): CellRaw {
  if (!cell) return null;
  if (cell.v === undefined || cell.v === null) {
    // A string cell whose index points past the shared-string table reads as nothing.
    if (cell.t === 's') throw new FileDamage('单元格引用了不存在的文字', 'string cell without value', where());
    return null;
  }
  if (cell.t === 'e') return cell.w ?? String(cell.v);
  const v = cell.v;
  if (typeof v === 'string') {
    if (BAD_TEXT.test(v))
      throw new FileDamage('单元格中有无法识别的字符（乱码）', 'control or invalid character', where());
    return v.trim() === '' ? null : v;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  // Dates come as serial numbers (cellDates off): date fields convert them like any Excel date.
  return String(v);
}

/** SheetJS reports unknown records on the console; in a file an office program wrote, one means damage. */
function readQuietly(bytes: Uint8Array): XLSX.WorkBook {
  const said: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } finally {
    console.error = original;
  }
  const unknown = said.find((s) => /Missing Info for XLS Record/.test(s));
  if (unknown) throw new FileDamage('文件结构中有无法识别的记录', unknown, {});
  return book;
}

/** Every sheet of an .xls with its non-empty rows (row numbers as the file shows them) and merges. */
export function readXlsSheets(bytes: Uint8Array): RawSheet[] {
  const book = readQuietly(bytes);
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  return book.SheetNames.map((name) => {
    const ws = book.Sheets[name];
    if (!ws) throw new FileDamage(`工作表「${name}」的内容缺失`, 'sheet missing', { sheet: name });
    const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    const rows: RawRow[] = [];
    data.forEach((line, r) => {
      if (!line) return;
      let cells: CellRaw[] | null = null;
      for (let c = 0; c < line.length; c++) {
        const v = plain(line[c], () => ({ sheet: name, row: r + 1, column: columnLetter(c) }));
        if (v === null) continue;
        if (!cells) cells = new Array<CellRaw>(line.length).fill(null);
        cells[c] = v;
      }
      if (cells) rows.push({ r: r + 1, cells });
    });
    const merges: MergeRange[] = (ws['!merges'] ?? []).map((m) => ({
      top: m.s.r + 1,
      left: m.s.c,
      bottom: m.e.r + 1,
      right: m.e.c,
    }));
    return { name, rows, merges, ...(date1904 ? { date1904 } : {}) };
  });
}
