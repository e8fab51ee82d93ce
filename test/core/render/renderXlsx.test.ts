import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { estimateLines, renderXlsx } from '../../../electron/core/render/renderXlsx.js';
import { convertWithLibreOffice, firstOutOfOrder, pdfToText, readZipEntry, tempDir } from './renderTestUtils.js';
import { sampleSummarySheet, SUMMARY_ROWS } from './sampleSummarySheet.js';

describe('renderXlsx', () => {
  it('writes a printable sheet: A4 landscape fit to width, widths, merges, fonts, borders, wrapped rows tall enough, no formulas', async () => {
    const bytes = await renderXlsx(sampleSummarySheet());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('汇总表')!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
    // 60 mm ≈ 31.9 characters of the default font
    expect(ws.getColumn(2).width).toBeGreaterThan(30);
    expect(ws.getColumn(2).width).toBeLessThan(33);
    // the title is merged across all six columns
    expect(ws.getCell('F2').master.address).toBe('A2');
    expect(ws.getCell('A2').font.name).toBe('方正小标宋简体');
    expect(ws.getCell('B5').font).toMatchObject({ name: '仿宋_GB2312', size: 12 });
    expect(ws.getCell('B5').border.top?.style).toBe('thin');
    expect(ws.getCell('D5').alignment.wrapText).toBe(true);
    expect(ws.getCell('D5').value).toBe(SUMMARY_ROWS[0][3]);
    // the long 中心服务专业（群） needs several lines; the row is that tall, the short row is not
    const lines = estimateLines(SUMMARY_ROWS[0][3], 70, 12);
    expect(lines).toBeGreaterThanOrEqual(3);
    expect(ws.getRow(5).height).toBeGreaterThanOrEqual(lines * 12 * 1.2);
    expect(ws.getRow(6).height).toBeLessThan(ws.getRow(5).height / 2);
    const sheetXml = await readZipEntry(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).not.toContain('<f>');
  });

  it('opens in LibreOffice with every label and value in order', async () => {
    const dir = tempDir('h6-xlsx-');
    const file = path.join(dir, '汇总表.xlsx');
    fs.writeFileSync(file, await renderXlsx(sampleSummarySheet()));
    // CSV: LibreOffice's reading of the cells in sheet order (a PDF's text interleaves wrapped cells)
    const text = fs.readFileSync(convertWithLibreOffice(file, 'csv', dir), 'utf8');
    expect(pdfToText(convertWithLibreOffice(file, 'pdf', dir))).toContain('申报汇总表');
    const missing = firstOutOfOrder(text, [
      '附件3',
      '申报汇总表',
      '序号',
      '学校名称',
      '申报专业',
      '中心服务专业（群）',
      '联系人',
      '手机',
      ...SUMMARY_ROWS.flat(),
      '注：按推荐顺序填写。',
    ]);
    expect(missing).toBeNull();
  });
});
