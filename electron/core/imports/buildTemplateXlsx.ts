import ExcelJS from 'exceljs';

import type { DatasetDef } from '../../../shared/datasets/datasetDefinition.js';
import { parseFieldValue } from '../../../shared/datasets/validateFieldValue.js';
import { fieldNoteOf, headerTextOf } from './headerTextOf.js';
import { importFieldsOf } from './importFields.js';

export const TEMPLATE_HEADER_ROW = 3;

/**
 * The 「导出Excel模板」 file: row 1 says how to fill it, row 2 notes each column (required, unit,
 * allowed values), row 3 holds the headers the importer recognises, row 4 a sample row (the
 * importer refuses it if left unchanged). Header cells also carry the note as a comment.
 */
export async function buildTemplateXlsx(def: DatasetDef): Promise<{ fileName: string; bytes: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '申报通';
  const ws = wb.addWorksheet(def.label.slice(0, 31));
  const fields = importFieldsOf(def);
  const title = ws.getCell(1, 1);
  title.value = `${def.label}\u3000导入模板：第 ${TEMPLATE_HEADER_ROW} 行是表头（请勿修改），从第 ${TEMPLATE_HEADER_ROW + 1} 行起每行填一条记录；第 ${TEMPLATE_HEADER_ROW + 1} 行是示例，请改为真实数据或删除。${def.yearly ? '「统计年度」可不填，导入时选择年度。' : ''}`;
  title.font = { bold: true, size: 12 };
  ws.mergeCells(1, 1, 1, Math.max(1, fields.length));
  ws.getRow(1).height = 30;
  title.alignment = { wrapText: true, vertical: 'middle' };
  fields.forEach((f, i) => {
    const col = i + 1;
    const note = fieldNoteOf(f);
    const n = ws.getCell(2, col);
    n.value = note;
    n.font = { size: 9, color: { argb: 'FF666666' } };
    n.alignment = { wrapText: true, vertical: 'top' };
    const h = ws.getCell(TEMPLATE_HEADER_ROW, col);
    h.value = headerTextOf(f);
    h.font = { bold: true, color: f.required ? { argb: 'FFC00000' } : undefined };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
    h.note = note;
    const s = ws.getCell(TEMPLATE_HEADER_ROW + 1, col);
    if (f.sample !== undefined) {
      const parsed = parseFieldValue(f, f.sample);
      s.value =
        f.type === 'money' && parsed.ok && typeof parsed.value === 'number'
          ? parsed.value / 100
          : f.type === 'boolean'
            ? parsed.ok && parsed.value
              ? '是'
              : '否'
            : f.sample;
      if (f.type === 'money') s.numFmt = '0.00';
    }
    if (['text', 'creditCode', 'idCard', 'phone'].includes(f.type)) ws.getColumn(col).numFmt = '@';
    ws.getColumn(col).width = Math.max(10, Math.min(40, Math.round((f.width ?? 120) / 7)));
  });
  ws.getRow(2).height = 42;
  ws.views = [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW }];
  const buf = await wb.xlsx.writeBuffer();
  return { fileName: `${def.label}导入模板.xlsx`, bytes: new Uint8Array(buf) };
}
