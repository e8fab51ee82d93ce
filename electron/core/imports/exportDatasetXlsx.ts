import { PassThrough } from 'node:stream';

import ExcelJS from 'exceljs';

import type { DatasetDef, DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { headerTextOf } from './headerTextOf.js';

function excelValue(type: string, v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  switch (type) {
    case 'money':
      // Stored in 分; Excel shows 元 with two decimals.
      return typeof v === 'number' ? v / 100 : null;
    case 'boolean':
      return v === true || v === 1 ? '是' : '否';
    case 'date': {
      const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : (v as string);
    }
    default:
      return v as ExcelJS.CellValue;
  }
}

/**
 * A data set's rows as an .xlsx, written with exceljs's streaming writer (an in-memory workbook of a
 * 50,000-row ledger needs most of a gigabyte). The headers are the ones the importer reads back.
 */
export async function exportDatasetXlsx(
  def: DatasetDef,
  rows: readonly DatasetRow[],
  year?: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fields = def.fields;
  const withYear = def.yearly && !def.fields.some((d) => d.key === 'year');
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(def.label.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    ...(withYear ? [{ header: '统计年度', key: 'year', width: 10 }] : []),
    ...fields.map((f) => ({
      header: headerTextOf(f),
      key: f.key,
      width: Math.max(10, Math.min(40, Math.round((f.width ?? 120) / 7))),
      style: f.type === 'money' ? { numFmt: '#,##0.00' } : f.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
    })),
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for (const row of rows) {
    const out: Record<string, ExcelJS.CellValue> = {};
    if (withYear) out.year = row.year ?? null;
    for (const f of fields) out[f.key] = excelValue(f.type, row[f.key]);
    ws.addRow(out).commit();
  }
  ws.commit();
  await wb.commit();
  await done;
  const suffix = def.yearly && year !== undefined ? `${year}年` : '';
  return { fileName: `${def.label}${suffix}.xlsx`, bytes: new Uint8Array(Buffer.concat(chunks)) };
}
