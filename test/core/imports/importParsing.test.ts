import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { cellToFieldInput } from '../../../electron/core/imports/cellToFieldInput.js';
import { decodeCsvText } from '../../../electron/core/imports/decodeCsvText.js';
import { fastFieldValue } from '../../../electron/core/imports/fastFieldValue.js';
import { normaliseHeader } from '../../../electron/core/imports/importFields.js';
import { moneyUnitOfHeader } from '../../../electron/core/imports/moneyColumnUnit.js';
import { readCsvSheet } from '../../../electron/core/imports/readCsvSheet.js';
import { readXlsxSheets } from '../../../electron/core/imports/readXlsxSheets.js';
import { completeUtf8Length } from '../../../electron/core/imports/utf8Chunks.js';
import type { FieldDef } from '../../../shared/datasets/datasetDefinition.js';
import { parseFieldValue } from '../../../shared/datasets/validateFieldValue.js';

describe('header normalisation', () => {
  it.each([
    ['金额（元）', '金额'],
    [' 单 价\n(元)(含税) ', '单价'],
    ['数量（台（套））', '数量'],
    ['*资产编号：', '资产编号'],
    ['【备注】说明', '(备注)说明'],
  ])('%s → %s', (raw, want) => expect(normaliseHeader(raw)).toBe(want));
});

describe('CSV', () => {
  it('keeps quoted commas, doubled quotes and line breaks inside one row, numbering rows as a spreadsheet does', () => {
    const s = readCsvSheet('名称,备注\r\n"甲,乙","他说""好""\n第二行"\n\n丙,\n', 'x');
    expect(s.rows).toEqual([
      { r: 1, cells: ['名称', '备注'] },
      { r: 2, cells: ['甲,乙', '他说"好"\n第二行'] },
      { r: 4, cells: ['丙', null] },
    ]);
  });

  it('tells GBK from UTF-8 with and without BOM', () => {
    const text = '资产编号,资产名称\nA1,数控车床\n';
    expect(decodeCsvText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GBK' });
    expect(decodeCsvText(Buffer.from(text))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeCsvText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'UTF-8',
    });
  });
});

describe('cells to values', () => {
  const date: FieldDef = { key: 'd', label: '购置日期', type: 'date' };
  const money: FieldDef = { key: 'm', label: '金额', type: 'money' };
  it('reads Excel serial dates, real dates and 8-digit dates', () => {
    expect(cellToFieldInput(date, 43529)).toBe('2019-03-05');
    expect(cellToFieldInput(date, new Date(Date.UTC(2019, 2, 5)))).toBe('2019-03-05');
    expect(parseFieldValue(date, cellToFieldInput(date, 20190305))).toEqual({ ok: true, value: '2019-03-05' });
  });

  it('turns every Excel serial day from 1900 to 9999, with or without a time, into the date the calendar gives', () => {
    const epoch = Date.UTC(1899, 11, 30);
    const wrong: string[] = [];
    for (let serial = 1; serial < 2958466; serial += serial < 80000 ? 1 : 97) {
      for (const v of [serial, serial + 0.999]) {
        const expected = new Date(epoch + Math.round(v * 86400) * 1000).toISOString().slice(0, 10);
        // 19000101…21001231 are read as 8-digit dates (20190305), not serials: covered above.
        if (Number.isInteger(v) && v >= 19000101) continue;
        if (cellToFieldInput(date, v) !== expected) wrong.push(`${v} → ${String(cellToFieldInput(date, v))}`);
      }
    }
    for (const d of [
      new Date(Date.UTC(1900, 0, 1)),
      new Date(Date.UTC(1969, 11, 31, 23, 59)),
      new Date(Date.UTC(2024, 1, 29)),
    ])
      if (cellToFieldInput(date, d) !== d.toISOString().slice(0, 10)) wrong.push(d.toISOString());
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('the fast path agrees with parseFieldValue, and leaves doubtful amounts to it', () => {
    for (const v of [0, 1, 1234.56, 186000, 2980.5, 99999999.99]) {
      expect(fastFieldValue(money, v, false)).toBe((parseFieldValue(money, v) as { value: number }).value);
    }
    expect(fastFieldValue(money, 1.005, false)).toBeUndefined();
    expect(fastFieldValue(money, -3, false)).toBeUndefined();
    expect(fastFieldValue({ key: 'q', label: '数量', type: 'integer', min: 0 }, -1, false)).toBeUndefined();
  });
});

describe('the unit a money column is written in', () => {
  it('reads 万元 (or 元) from the header, in the ways offices write it', () => {
    for (const h of ['金额（万元）', '金额(万元)', '原值/万元', '金额 （ 万元 ）', '万元'])
      expect(moneyUnitOfHeader(h)?.places, h).toBe(4);
    for (const h of ['单价（元）', '金额(元)', '元']) expect(moneyUnitOfHeader(h)?.places, h).toBe(0);
    expect(moneyUnitOfHeader('投资（亿元）')?.places).toBe(8);
    // No unit, or 元 inside another unit, says nothing: the field's own unit (元) applies.
    for (const h of ['金额', '单价（元/台）', '万元户数']) expect(moneyUnitOfHeader(h), h).toBeUndefined();
  });
});

describe('Chinese text in large .xlsx files', () => {
  // Names long enough that the sheet XML crosses many chunk boundaries, each character 3 bytes.
  const nameOf = (i: number) =>
    `${['信息工程学院', '智能制造学院', '汽车工程学院', '学生公寓服务中心'][i % 4]}实训楼A-${i}号（${'设备'.repeat(1 + (i % 7))}）`;

  it.each([
    ['inline strings (as our own Excel export writes them)', false],
    ['shared strings (as Excel and WPS write them)', true],
  ])('reads every character of 20,000 rows stored as %s', async (_label, useSharedStrings) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-utf8-'));
    try {
      const file = path.join(dir, 'big.xlsx');
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings });
      const ws = wb.addWorksheet('台账');
      ws.addRow(['资产编号', '存放地点']).commit();
      for (let i = 0; i < 20_000; i++) ws.addRow([`SB${i}`, nameOf(i)]).commit();
      ws.commit();
      await wb.commit();
      const [sheet] = await readXlsxSheets(new Uint8Array(fs.readFileSync(file)));
      expect(sheet.rows).toHaveLength(20_001);
      const wrong = sheet.rows.slice(1).filter((r, i) => r.cells[1] !== nameOf(i));
      expect(wrong.map((r) => r.cells[1]).slice(0, 3)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cuts byte chunks only between characters', () => {
    const bytes = Buffer.from('甲乙a丙😀', 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const n = completeUtf8Length(bytes.subarray(0, cut));
      expect(bytes.subarray(0, n).toString('utf8')).not.toContain('\ufffd');
      expect(cut - n).toBeLessThan(4);
    }
  });
});
