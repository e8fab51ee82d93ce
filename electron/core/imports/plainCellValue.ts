import type { CellRaw } from './sheetModel.js';

/** An exceljs shared-string entry (plain or rich text) or cell value → a plain value. */
export function plainCellValue(v: unknown): CellRaw {
  if (v === null || v === undefined) return null;
  // A <v> that is not a number parses as NaN: keep it visible as an error value, never as empty.
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return plainCellValue(o.result);
    if ('text' in o) return plainCellValue(o.text);
    if ('error' in o) return String(o.error);
  }
  // Nothing a cell holds reaches here; an unknown shape is no value rather than '[object Object]'.
  return null;
}
