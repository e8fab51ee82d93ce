import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import type { OutputFile } from '../../../shared/api/callFields.js';
import type { CallName, InputOf } from '../../../shared/api/contract.js';
import { chosenFile } from '../support/chosenFile.js';
import { outputBytes } from '../support/outputBytes.js';
import { callIn, eachTestFreshContext, freshContext } from './importTestKit.js';

const fresh = eachTestFreshContext();
const call = <K extends CallName>(name: K, input: InputOf<K>) => fresh.call(name, input);

async function sheetOf(file: OutputFile) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(outputBytes(fresh.t.ctx, file) as never);
  return wb.worksheets[0];
}

describe('Excel template and export', () => {
  it('the template has notes, the headers the importer reads, and a sample row it refuses to import unchanged', async () => {
    const tpl = await call('dataset/exportTemplate', { dataset: 'equipment' });
    expect(tpl.file.fileName).toBe('仪器设备导入模板.xlsx');
    const ws = await sheetOf(tpl.file);
    const headers = (ws.getRow(3).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['资产编号', '资产名称', '规格型号']);
    expect(headers).toContain('单价（元）');
    expect(ws.getCell(2, 1).text).toMatch(/^必填/);
    expect(ws.getCell(4, 1).value).toBe('SB2021000001');
    const p = await call('import/preview', {
      dataset: 'equipment',
      file: fresh.bytesFile(tpl.file.fileName, outputBytes(fresh.t.ctx, tpl.file)),
    });
    expect(p.headerRow).toBe(3);
    expect(p.problems.map((x) => [x.row, x.message])).toEqual([
      [4, '这一行是模板中的示例行，请删除或改为真实数据后再导入'],
    ]);
  });

  it('a real record further down that happens to equal the sample row is imported, not taken for the sample', async () => {
    const tpl = await call('dataset/exportTemplate', { dataset: 'equipment' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(outputBytes(fresh.t.ctx, tpl.file) as never);
    const ws = wb.worksheets[0];
    const sample = (ws.getRow(4).values as unknown[]).slice(1);
    // Row 4 becomes another asset; the sample's values move to row 5, as a genuine record.
    ws.getRow(5).values = sample as ExcelJS.CellValue[];
    ws.getCell(4, 1).value = 'SB2020000009';
    const file = fresh.bytesFile(tpl.file.fileName, Buffer.from(await wb.xlsx.writeBuffer()));
    const p = await call('import/preview', { dataset: 'equipment', file });
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => r.values.assetNo)).toEqual(['SB2020000009', 'SB2021000001']);
  });

  it('exports money in 元 with two decimals, and the export imports back unchanged', async () => {
    await call('import/apply', {
      dataset: 'equipment',
      file: fresh.file('equipment-real-world.xlsx', 'x.xlsx'),
    });
    const before = (await call('dataset/list', { dataset: 'equipment' })).rows;
    const out = await call('dataset/exportXlsx', { dataset: 'equipment' });
    const ws = await sheetOf(out.file);
    const headers = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const amountCol = headers.indexOf('金额（元）') + 1;
    expect(ws.getCell(4, amountCol).value).toBe(420000.5);
    expect(ws.getColumn(amountCol).numFmt ?? ws.getCell(4, amountCol).numFmt).toBe('#,##0.00');
    // Into a second, empty database: same rows.
    const other = await freshContext();
    try {
      const r = await dispatchCall(other.ctx, 'import/apply', {
        dataset: 'equipment',
        file: chosenFile(other.ctx, out.file.fileName, outputBytes(fresh.t.ctx, out.file)),
      });
      expect(r.ok).toBe(true);
      const after = await callIn(other.ctx, 'dataset/list', { dataset: 'equipment' });
      expect(after.rows).toEqual(before);
    } finally {
      other.done();
    }
  });
});
