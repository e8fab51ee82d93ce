import { formatDate } from '../format/formatDate.js';
import type { FieldValue, PackField, ScalarValue } from '../packs/packSchema.js';

/** A scalar as printed: numbers to the field's decimals, booleans 是/否, dates as 2026年12月7日, null empty. */
export function formatScalar(
  v: ScalarValue | undefined,
  def?: { decimals?: number; type?: string; dateFormat?: string },
): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    return def?.decimals !== undefined ? v.toFixed(def.decimals) : String(v);
  }
  if (def?.type === 'date') return formatDate(v, def.dateFormat);
  return v;
}

/** A field's value as printed in a cell. perYear values need the year; table values print as lines. */
export function formatFieldValue(def: PackField | undefined, value: FieldValue | undefined, year?: number): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x === 'string')) return value.join('、');
    const cols = def?.columns ?? [];
    return (value as Record<string, ScalarValue>[])
      .map((row) =>
        (cols.length ? cols.map((c) => formatScalar(row[c.key], c)) : Object.values(row).map((x) => formatScalar(x)))
          .filter(Boolean)
          .join('  '),
      )
      .join('\n');
  }
  if (typeof value === 'object') {
    if (year === undefined) return '';
    return formatScalar(value[String(year)], def);
  }
  return formatScalar(value, def);
}

/** Which option of a choice/checkbox field is ticked, for ☐/☑ printing. */
export function isOptionChecked(
  def: PackField | undefined,
  value: FieldValue | undefined,
  option: string,
  index: number,
): boolean {
  if (value === null || value === undefined) return false;
  if (def?.type === 'checkbox' || typeof value === 'boolean') return index === (value ? 0 : 1);
  if (Array.isArray(value)) return (value as unknown[]).includes(option);
  return typeof value !== 'object' && String(value) === option;
}
