import type { RawRow, RawSheet } from './sheetModel.js';

/** Comma unless the first line has more tabs (Excel's 「Unicode 文本」) or semicolons. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/**
 * RFC 4180 CSV: quoted fields may hold the delimiter, doubled quotes and line breaks. Rows are
 * numbered as a spreadsheet would show them (a quoted line break stays inside its row).
 */
export function readCsvSheet(text: string, name: string): RawSheet {
  const d = delimiterOf(text);
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let rowNo = 1;
  const endRow = () => {
    cells.push(field);
    field = '';
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
      endRow();
    } else field += ch;
  }
  if (field !== '' || cells.length) endRow();
  return { name, rows, merges: [] };
}
