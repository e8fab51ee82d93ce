import type { FieldDef } from '../../../shared/datasets/datasetDefinition.js';
import type { CellRaw } from './sheetModel.js';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function isoOfDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A sheet cell → what parseFieldValue expects for this field. Excel dates come as Date (or as a
 * serial number when the cell lost its date format), numbers typed into text columns become their
 * digits, years may be written 2022年 or 2022年度.
 */
export function cellToFieldInput(field: FieldDef, v: CellRaw): unknown {
  if (v === null) return null;
  if (v instanceof Date) {
    if (field.type === 'year' || field.type === 'integer') return v.getUTCFullYear();
    return isoOfDate(v);
  }
  if (typeof v === 'number') {
    if (field.type === 'date') {
      if (Number.isInteger(v) && v >= 19000101 && v <= 21001231) return String(v);
      if (v >= 1 && v < 2958466) return isoOfDate(new Date(EXCEL_EPOCH_MS + Math.round(v * 86400) * 1000));
      return String(v);
    }
    if (
      field.type === 'text' ||
      field.type === 'longText' ||
      field.type === 'phone' ||
      field.type === 'choice' ||
      field.type === 'creditCode' ||
      field.type === 'idCard'
    ) {
      return Number.isInteger(v) ? v.toFixed(0) : String(v);
    }
    return v;
  }
  if (typeof v === 'boolean') {
    return field.type === 'boolean' ? v : v ? '是' : '否';
  }
  if (field.type === 'year') {
    const m = /^\s*(\d{4})\s*(?:年度?)?\s*$/.exec(v);
    if (m) return m[1];
  }
  return v;
}
