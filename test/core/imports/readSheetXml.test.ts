import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { FileDamage } from '../../../electron/core/imports/fileDamage.js';
import { plainCellValue } from '../../../electron/core/imports/plainCellValue.js';
import { readSheetXml } from '../../../electron/core/imports/readSheetXml.js';
import { readXlsxSheets } from '../../../electron/core/imports/readXlsxSheets.js';
import { type CellRaw, columnLetter } from '../../../electron/core/imports/sheetModel.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** The XML as a stream of tiny chunks, so characters and tags are split as a real inflate stream splits them. */
async function* chunksOf(xml: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
  for (let i = 0; i < bytes.length; i += size) {
    await Promise.resolve(); // each chunk arrives on its own turn, as from the inflate stream
    yield bytes.subarray(i, i + size);
  }
}

const read = (xml: string | Uint8Array, strings: unknown[] = []) => readSheetXml(chunksOf(xml), '台账', strings);

async function damageOf(xml: string | Uint8Array, strings: unknown[] = []): Promise<FileDamage> {
  const e = await read(xml, strings).then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof FileDamage)) throw new Error(`expected FileDamage, got ${String(e)}`);
  return e;
}

describe('reading a worksheet part', () => {
  it('reads every kind of cell Excel, WPS and LibreOffice write, as plain values', async () => {
    const { rows, merges } = await read(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><dimension ref="A1:H3"/><sheetData>` +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1"><v>12.5</v></c></row>' +
        '<row r="3" spans="1:8"><c r="A3" t="inlineStr"><is><r><t>示范</t></r><r><t xml:space="preserve"> 学院</t></r><rPh sb="0" eb="2"><t>しはん</t></rPh></is></c>' +
        '<c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="str"><f>A3&amp;"x"</f><v>示范 学院x</v></c>' +
        '<c r="E3"><f>SUM(D1)</f></c><c r="F3" t="d"><v>2024-03-05T00:00:00Z</v></c><c r="G3" s="2"/><c r="H3" t="s"><v>2</v></c></row>' +
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>',
      ['资产编号', { richText: [{ text: '名' }, { text: '称' }] }, '   '],
    );
    expect(rows).toEqual([
      { r: 1, cells: ['资产编号', '名称', null, 12.5] },
      // E3 (a formula never calculated), G3 (styled, empty) and H3 (blank text) are empty cells.
      { r: 3, cells: ['示范 学院', true, '#N/A', '示范 学院x', null, new Date(Date.UTC(2024, 2, 5))] },
    ]);
    expect(merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 1 }]);
  });

  it('numbers rows and cells written without r="…" after the previous ones, and reads prefixed SpreadsheetML', async () => {
    const { rows } = await read(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
        '<x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="4"><x:c r="C4"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row><x:row><x:c><x:v>5</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    );
    expect(rows).toEqual([
      { r: 1, cells: ['甲', 1] },
      { r: 4, cells: [null, null, 3, 4] },
      { r: 5, cells: [5] },
    ]);
  });

  it('keeps a value that is not a number visible as an error, never as an empty cell', async () => {
    const { rows } = await read(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>12元</v></c><c r="B1"><v></v></c></row></sheetData></worksheet>`,
    );
    // parseFloat as Excel's own readers do: 12元 → 12; nothing at all is no number.
    expect(rows).toEqual([{ r: 1, cells: [12, '#NUM!'] }]);
  });

  it('reports progress with the row reached and the size the sheet declares', async () => {
    const body = Array.from(
      { length: 4500 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`,
    ).join('');
    const seen: { rowsRead: number; lastRow: number | null }[] = [];
    await readSheetXml(
      chunksOf(`<worksheet ${NS}><dimension ref="A1:A4501"/><sheetData>${body}</sheetData></worksheet>`, 4096),
      '台账',
      [],
      (p) => seen.push({ rowsRead: p.rowsRead, lastRow: p.lastRow }),
    );
    expect(seen).toEqual([
      { rowsRead: 2001, lastRow: 4501 },
      { rowsRead: 4001, lastRow: 4501 },
    ]);
  });
});

describe('a damaged worksheet part is refused at its place', () => {
  it('row numbers going backwards', async () => {
    const e = await damageOf(
      `<worksheet ${NS}><sheetData><row r="5"><c r="A5"><v>1</v></c></row><row r="3"><c r="A3"><v>1</v></c></row></sheetData></worksheet>`,
    );
    expect([e.reason, e.where]).toEqual(['行号错乱', { sheet: '台账', row: 6 }]);
  });

  it('a cell whose address is not in its row, or goes backwards', async () => {
    const other = await damageOf(
      `<worksheet ${NS}><sheetData><row r="2"><c r="B7"><v>1</v></c></row></sheetData></worksheet>`,
    );
    expect([other.reason, other.where]).toEqual(['单元格地址错乱', { sheet: '台账', row: 2 }]);
    const back = await damageOf(
      `<worksheet ${NS}><sheetData><row r="2"><c r="C2"><v>1</v></c><c r="A2"><v>1</v></c></row></sheetData></worksheet>`,
    );
    expect(back.where).toEqual({ sheet: '台账', row: 2 });
  });

  it('a shared string past the table, naming the cell', async () => {
    const e = await damageOf(
      `<worksheet ${NS}><sheetData><row r="9"><c r="AB9" t="s"><v>3</v></c></row></sheetData></worksheet>`,
      ['甲'],
    );
    expect([e.reason, e.where]).toEqual(['单元格引用了不存在的共享文字', { sheet: '台账', row: 9, column: 'AB' }]);
  });

  it('text that is not UTF-8, instead of a name read with a replacement character', async () => {
    const head = Buffer.from(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>张`,
    );
    const xml = Buffer.concat([
      head,
      Buffer.from([0xe4, 0xb8]),
      Buffer.from('</t></is></c></row></sheetData></worksheet>'),
    ]);
    const e = await damageOf(xml);
    expect([e.reason, e.where]).toEqual(['文字编码错误（不是 UTF-8）', { sheet: '台账', row: 2 }]);
  });

  it('XML cut off or broken', async () => {
    const cut = await damageOf(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2`,
    );
    expect([cut.reason, cut.where]).toEqual(['表格内容的结构不完整', { sheet: '台账', row: 2 }]);
    const broken = await damageOf(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData></worksheet>`,
    );
    expect(broken.reason).toBe('表格内容的结构不完整');
  });
});

/** A cell as exceljs's own (non-streaming) reader sees it, made comparable: dates as the serial day the file holds. */
function exceljsPlain(cell: ExcelJS.Cell, date1904: boolean): CellRaw {
  const v = plainCellValue(cell.value);
  if (v instanceof Date) return (v.getTime() - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86400000;
  return typeof v === 'string' && v.trim() === '' ? null : v;
}

describe('the same cells as exceljs reads, in workbooks written by others', () => {
  const dirs = ['test/fixtures/import', 'test/fixtures/reliability'];
  const files = dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => f.endsWith('.xlsx') && f !== 'malformed.xlsx')
      .map((f) => path.join(d, f)),
  );

  it.each(files)('%s', async (file) => {
    const ours = await readXlsxSheets(new Uint8Array(fs.readFileSync(file)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(ours.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name));
    expect(ours.map((s) => s.date1904 === true)).toEqual(wb.worksheets.map(() => wb.properties.date1904 === true));
    let compared = 0;
    const differ: string[] = [];
    for (const ws of wb.worksheets) {
      const sheet = ours.find((s) => s.name === ws.name)!;
      const byRow = new Map(sheet.rows.map((r) => [r.r, r.cells]));
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          // exceljs repeats a merged range's value on every cell it covers; the file holds it once.
          if (cell.isMerged && cell.master !== cell) return;
          const theirs = exceljsPlain(cell, wb.properties.date1904 === true);
          const mine = byRow.get(r)?.[c - 1] ?? null;
          compared++;
          if (theirs !== mine)
            differ.push(`${ws.name}!${columnLetter(c - 1)}${r}: exceljs ${String(theirs)}, ours ${String(mine)}`);
        });
      });
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(5);
  });
});
