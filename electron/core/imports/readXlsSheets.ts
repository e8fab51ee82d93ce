// Excel 97-2003 workbooks (.xls, and WPS's .et in the same format): still what many asset-management
// systems and older offices save. exceljs reads only .xlsx, so these go through SheetJS, into the
// same plain sheet model the rest of the importer works on.
import * as XLSX from '@e965/xlsx';

import type { CellRaw, MergeRange, RawRow, RawSheet } from './sheetModel.js';

function plain(cell: XLSX.CellObject | undefined): CellRaw {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'e') return cell.w ?? String(cell.v);
  const v = cell.v;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  // Dates come as serial numbers (cellDates off): date fields convert them like any Excel date.
  return String(v);
}

/** Every sheet of an .xls with its non-empty rows (row numbers as the file shows them) and merges. */
export function readXlsSheets(bytes: Uint8Array): RawSheet[] {
  const book = XLSX.read(bytes, {
    type: 'array',
    dense: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
  });
  return book.SheetNames.map((name) => {
    const ws = book.Sheets[name];
    const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    const rows: RawRow[] = [];
    data.forEach((line, r) => {
      if (!line) return;
      let cells: CellRaw[] | null = null;
      for (let c = 0; c < line.length; c++) {
        const v = plain(line[c]);
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
    return { name, rows, merges };
  });
}
