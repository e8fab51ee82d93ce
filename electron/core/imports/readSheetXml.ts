import { SaxesParser, type SaxesTagPlain } from 'saxes';

import { FileDamage } from './fileDamage.js';
import { plainCellValue } from './plainCellValue.js';
import { type CellRaw, columnLetter, type MergeRange, parseRangeRef, type RawRow } from './sheetModel.js';

/** Excel's own limits; a row or column beyond them, or going backwards, is damage, not data. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const DIMENSION_LAST_ROW = /^[A-Z]*\d*:?[A-Z]*(\d+)$/;

/** Rows read so far in a sheet, reported every few thousand rows. */
export type ReadProgress = (p: { sheet: string; rowsRead: number; lastRow: number | null }) => void;
const REPORT_EVERY = 2000;

export interface SheetXml {
  rows: RawRow[];
  merges: MergeRange[];
}

/** 'x:row' → 'row': some writers prefix SpreadsheetML with a namespace. */
function localName(name: string): string {
  const at = name.indexOf(':');
  return at < 0 ? name : name.slice(at + 1);
}

/**
 * The 0-based column of a cell address in row `row` ('AB12' in row 12 → 27), or -1 when it is no
 * address of that row. By character codes: this runs for every cell of a 50,000-row ledger.
 */
function columnOfCellRef(ref: string, row: number): number {
  let i = 0;
  let column = 0;
  for (; i < ref.length && i < 3; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    column = column * 26 + ch - 64;
  }
  if (i === 0 || i === ref.length) return -1;
  let n = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + ch - 48;
  }
  return n === row ? column - 1 : -1;
}

/**
 * One worksheet part (xl/worksheets/sheetN.xml) → its non-empty rows as plain values, and its
 * merged ranges. saxes events go straight into rows: no per-cell objects, so a 50,000-row ledger
 * costs little beyond the XML parse itself. `strings` is the workbook's shared-string table.
 *
 * Where the format allows a row or cell without its number (r="…"), it follows the previous one;
 * a number going backwards, an unknown shared string or text that is not UTF-8 is damage, placed.
 */
export async function readSheetXml(
  part: AsyncIterable<Uint8Array>,
  sheet: string,
  strings: readonly unknown[],
  onProgress?: ReadProgress,
): Promise<SheetXml> {
  const rows: RawRow[] = [];
  const merges: MergeRange[] = [];
  let lastRow: number | null = null;
  let inSheetData = false;
  let row = 0; // current row number; 0 outside a row
  let prevRow = 0;
  let cells: CellRaw[] | null = null;
  let nextColumn = 0;
  let column = -1; // current cell's column; -1 outside a cell
  let type = 'n';
  let text = '';
  let hasValue = false;
  let collecting = false; // inside <v>, or a <t> of an inline string
  let inInline = false;
  let inPhonetic = false; // <rPh>: a reading aid, not the cell's text
  let read = 0;
  let damage = null as FileDamage | null;

  const fail = (reason: string, detail: string, at: { row?: number; column?: string }) => {
    damage ??= new FileDamage(reason, detail, { sheet, ...at });
  };

  const cellValue = (): CellRaw => {
    if (!hasValue) return null; // a formula never calculated, or a styled empty cell
    switch (type) {
      case 's': {
        const index = Number(text);
        if (!Number.isInteger(index) || index < 0 || index >= strings.length) {
          fail('单元格引用了不存在的共享文字', `shared string ${text} of ${strings.length}`, {
            row,
            column: columnLetter(column),
          });
          return null;
        }
        return plainCellValue(strings[index]);
      }
      case 'inlineStr':
      case 'str':
      case 'e': // an error value (#N/A, #DIV/0!): kept visible, never read as empty
        return text;
      case 'b':
        return parseInt(text, 10) !== 0;
      case 'd': {
        // ISO 8601 date cells (rare; written by some generators instead of serial numbers).
        const d = new Date(text);
        return Number.isNaN(d.getTime()) ? text : d;
      }
      default: {
        const n = parseFloat(text);
        // A <v> that is not a number: keep it visible as an error value, never as empty.
        return Number.isFinite(n) ? n : '#NUM!';
      }
    }
  };

  const parser = new SaxesParser();
  parser.on('error', (e) => fail('表格内容的结构不完整', `xml: ${e.message}`, { row: row || prevRow + 1 }));
  parser.on('opentag', (node: SaxesTagPlain) => {
    if (damage) return;
    const attrs = node.attributes as Record<string, string | undefined>;
    switch (localName(node.name)) {
      case 'dimension': {
        const m = DIMENSION_LAST_ROW.exec(attrs.ref ?? '');
        if (m) lastRow = Number(m[1]);
        return;
      }
      case 'sheetData':
        inSheetData = true;
        return;
      case 'row': {
        if (!inSheetData) return;
        const n = attrs.r === undefined ? prevRow + 1 : Number(attrs.r);
        if (!Number.isInteger(n) || n <= prevRow || n > MAX_ROW) {
          fail('行号错乱', `row number ${attrs.r} after ${prevRow}`, { row: prevRow + 1 });
          return;
        }
        row = n;
        cells = null;
        nextColumn = 0;
        return;
      }
      case 'c': {
        if (!row) return;
        let c = nextColumn;
        if (attrs.r !== undefined) {
          c = columnOfCellRef(attrs.r, row);
          if (c < 0) {
            fail('单元格地址错乱', `cell ref ${attrs.r} in row ${row}`, { row });
            return;
          }
        }
        if (c < nextColumn || c >= MAX_COLUMN) {
          fail('单元格地址错乱', `column ${c} after ${nextColumn - 1}`, { row });
          return;
        }
        column = c;
        type = attrs.t ?? 'n';
        text = '';
        hasValue = false;
        return;
      }
      case 'v':
        if (column >= 0 && !inInline) collecting = hasValue = true;
        return;
      case 'is':
        if (column >= 0) inInline = hasValue = true;
        return;
      case 'rPh':
        inPhonetic = true;
        return;
      case 't':
        if (inInline && !inPhonetic) collecting = true;
        return;
      case 'mergeCell': {
        const r = parseRangeRef(attrs.ref ?? '');
        if (r) merges.push(r);
        return;
      }
    }
  });
  parser.on('text', (t) => {
    if (collecting) text += t;
  });
  parser.on('closetag', (node: SaxesTagPlain) => {
    if (damage) return;
    switch (localName(node.name)) {
      case 'v':
      case 't':
        collecting = false;
        return;
      case 'rPh':
        inPhonetic = false;
        return;
      case 'is':
        inInline = false;
        return;
      case 'c': {
        if (column < 0) return;
        const v = cellValue();
        if (v !== null && !(typeof v === 'string' && v.trim() === '')) {
          cells ??= [];
          while (cells.length < column) cells.push(null);
          cells[column] = v;
        }
        nextColumn = column + 1;
        column = -1;
        return;
      }
      case 'row':
        if (!row) return;
        if (cells) rows.push({ r: row, cells });
        if (onProgress && ++read % REPORT_EVERY === 0) onProgress({ sheet, rowsRead: row, lastRow });
        prevRow = row;
        row = 0;
        cells = null;
        return;
      case 'sheetData':
        inSheetData = false;
        return;
    }
  });

  // fatal: a CRC-checked part that is not UTF-8 was written wrong; its text cannot be trusted.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      fail('文字编码错误（不是 UTF-8）', 'sheet xml is not utf-8', { row: row || prevRow + 1 });
      return '';
    }
  };
  for await (const chunk of part) {
    parser.write(decode(chunk));
    if (damage) throw damage;
  }
  parser.write(decode());
  parser.close();
  if (damage) throw damage;
  return { rows, merges };
}
