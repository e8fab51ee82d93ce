// Clipboard text as Excel and WPS write it: cells separated by tabs, rows by CRLF or LF, a trailing
// line break after the last row (even a one-row copy), and a cell holding tabs, line breaks or
// quotes wrapped in double quotes with inner quotes doubled.

/** Parses clipboard text into rows of cells. A trailing line break does not make an extra empty row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let atCellStart = true;
  while (i < n) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      // A quoted cell only when the closing quote is followed by a separator or the end; otherwise
      // the quote is literal text (Excel copies 5" screen as 5" screen, unquoted).
      const end = findClosingQuote(text, i + 1);
      if (end >= 0) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (!atCellStart || row.length > 0 || cell !== '') {
    row.push(cell);
    rows.push(row);
  }
  // Cells with line breaks inside quotes are normalised to \n, as a textarea holds them.
  return rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));
}

function findClosingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === '\t' || next === '\n' || next === '\r' ? i : -1;
    }
    i++;
  }
  return -1;
}

/** Writes cells the way Excel does, so a copy from the grid pastes back into Excel or WPS cell by cell. */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join('\t')).join('\r\n') + '\r\n';
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
