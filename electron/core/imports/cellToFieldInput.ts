import type { FieldDef } from '../../../shared/datasets/datasetDefinition.js';
import type { CellRaw } from './sheetModel.js';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Days since 1970-01-01 → 'yyyy-mm-dd' by arithmetic (H. Hinnant's civil_from_days): the same as
 * Date#toISOString for years 0–9999, at a fraction of the cost on a ledger's every date cell.
 */
function isoOfDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function isoOfDate(d: Date): string {
  return isoOfDays(Math.floor(d.getTime() / DAY_MS));
}

/**
 * A sheet cell → what parseFieldValue expects for this field. Excel dates come as serial numbers
 * (days from 1900, or from 1904 in a `date1904` workbook) or as Date (an ISO date cell), numbers
 * typed into text columns become their digits, years may be written 2022年 or 2022年度.
 */
export function cellToFieldInput(field: FieldDef, v: CellRaw, date1904 = false): unknown {
  if (v === null) return null;
  if (v instanceof Date) {
    if (field.type === 'year' || field.type === 'integer') return v.getUTCFullYear();
    return isoOfDate(v);
  }
  if (typeof v === 'number') {
    if (field.type === 'date') {
      if (Number.isInteger(v) && v >= 19000101 && v <= 21001231) return String(v);
      if (v >= 1 && v < 2958466) {
        const epoch = date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS;
        return isoOfDays(Math.floor((epoch + Math.round(v * 86400) * 1000) / DAY_MS));
      }
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
