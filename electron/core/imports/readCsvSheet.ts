import { AppError } from '../../../shared/api/apiError.js';
import type { RawRow, RawSheet } from './sheetModel.js';

/** Comma unless the first line has more tabs (Excel's 「Unicode 文本」) or semicolons. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

// U+FFFD: bytes that fit neither UTF-8 nor GBK (decodeCsvText). Control characters other than tab
// and line breaks never come from Excel or WPS: a damaged byte made them.
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MAX_LISTED = 20;

/** Each physical damage, by the spreadsheet row it lands in. */
interface CsvDamage {
  row: number;
  message: string;
}

function refuse(file: string, damage: CsvDamage[]): never {
  const rows = [...new Set(damage.map((d) => d.row))];
  const shown = rows.slice(0, 8).join('、') + (rows.length > 8 ? ` 等 ${rows.length}` : '');
  throw new AppError(
    'IMPORT_CSV_DAMAGED',
    `「${file}」第 ${shown} 行有问题（文件可能已损坏、被截断，或不是 UTF-8/GBK 编码），未导入任何数据。请在 Excel 或 WPS 中打开确认这些行，另存后再导入。`,
    { file, row: damage[0].row },
    damage.slice(0, MAX_LISTED).map((d) => ({ message: d.message, where: { file, row: d.row } })),
  );
}

/**
 * RFC 4180 CSV: quoted fields may hold the delimiter, doubled quotes and line breaks. Rows are
 * numbered as a spreadsheet would show them (a quoted line break stays inside its row). A file that
 * is damaged — characters no encoding explains, a quote never closed, a last line cut off without
 * its line break — is refused with the rows named, before anything is imported.
 */
export function readCsvSheet(text: string, name: string, file = name): RawSheet {
  const d = delimiterOf(text);
  const rows: RawRow[] = [];
  const damage: CsvDamage[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let rowNo = 1;
  let rowStart = 0;
  const endRow = (end: number) => {
    cells.push(field);
    field = '';
    if (BAD_CHAR.test(text.slice(rowStart, end)))
      damage.push({ row: rowNo, message: `第 ${rowNo} 行含有无法识别的字符（乱码），文件可能已损坏或编码不对` });
    if (cells.some((c) => c.trim() !== '')) rows.push({ r: rowNo, cells: cells.map((c) => (c === '' ? null : c)) });
    cells = [];
    rowNo++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === d) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow(i);
      rowStart = i + 1;
    } else field += ch;
  }
  if (quoted)
    damage.push({
      row: rowNo,
      message: `第 ${rowNo} 行的引号没有闭合，文件到此结束：文件可能被截断`,
    });
  else if (field !== '' || cells.length) {
    // Excel, WPS, LibreOffice and Python all end the last row with a line break; a file that stops
    // in the middle of a row was cut off (an amount 17903.40 would arrive as 1790).
    if (rows.length || rowNo > 1)
      damage.push({
        row: rowNo,
        message: `第 ${rowNo} 行（最后一行）没有换行符结尾，文件可能被截断。如确认这一行完整，请在行末加一个换行后保存`,
      });
  }
  if (field !== '' || cells.length) endRow(text.length);
  if (damage.length) refuse(file, damage);
  return { name, rows, merges: [] };
}
