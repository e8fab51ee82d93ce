// How a stored value looks in a cell, what the editor starts with, and how typed text becomes a
// value: the one place that knows money is integer 分 shown in 元 (or 万元 when the unit says so).
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { type FieldParse, type FieldValue, parseFieldValue } from '../../../../shared/datasets/validateFieldValue';
import { groupThousands } from '../../../../shared/format/groupThousands';
import { formatFenAsWanYuan, formatFenAsYuan, yuanTextOf } from '../../../../shared/format/money';

export function isWanYuan(field: FieldDef): boolean {
  return field.type === 'money' && field.unit === '万元';
}

/** The unit shown in the column header: 元 for money unless the definition says 万元. */
export function headerUnit(field: FieldDef): string | undefined {
  if (field.type === 'money') return field.unit ?? '元';
  if (field.type === 'percent') return field.unit ?? '%';
  return field.unit;
}

/** Text shown in a cell (money with thousands separators, booleans as 是/否). */
export function displayText(field: FieldDef, value: FieldValue | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  switch (field.type) {
    case 'money':
      if (typeof value !== 'number') return String(value);
      return groupThousands(isWanYuan(field) ? formatFenAsWanYuan(value, field.decimals ?? 2) : formatFenAsYuan(value));
    case 'boolean':
      return value === true || value === 1 ? '是' : value === false || value === 0 ? '否' : String(value);
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? groupThousands(String(value)) : String(value);
    case 'text':
    case 'longText':
    case 'percent':
    case 'date':
    case 'year':
    case 'choice':
    case 'multiChoice':
    case 'creditCode':
    case 'idCard':
    case 'phone':
    case 'email':
      return String(value);
  }
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Text the editor starts with and a copy puts on the clipboard: plain, no separators. */
export function editText(field: FieldDef, value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'money' && typeof value === 'number') {
    return trimZeros(isWanYuan(field) ? formatFenAsWanYuan(value, 6) : formatFenAsYuan(value));
  }
  if (field.type === 'boolean') return displayText(field, value);
  return String(value);
}

/** Parses typed or pasted text with the shared validator; 万元 money is scaled to 元 first. */
export function parseCellText(field: FieldDef, text: string): FieldParse {
  if (isWanYuan(field) && text.trim() !== '') {
    const yuan = yuanTextOf(text, 4);
    if (yuan === null) return { ok: false, message: `「${field.label}」应为金额（万元），收到「${text.trim()}」` };
    return parseFieldValue(field, yuan);
  }
  return parseFieldValue(field, text);
}

/** Columns the 合计 row sums: only those the data-set definition marks (a sum of 单价 means nothing). */
export function isTotalled(field: FieldDef): boolean {
  return field.total === true;
}

/** Sums of the totalled columns over the given rows; money stays in integer 分. */
export function computeTotals(
  fields: readonly FieldDef[],
  rows: Iterable<Record<string, unknown>>,
): Record<string, number> {
  const keys = fields.filter(isTotalled);
  const sums: Record<string, number> = {};
  for (const f of keys) sums[f.key] = 0;
  if (!keys.length) return sums;
  for (const values of rows) {
    for (const f of keys) {
      const v = values[f.key];
      if (typeof v === 'number') sums[f.key] += v;
    }
  }
  for (const f of keys) {
    if (f.type === 'decimal') sums[f.key] = Number(sums[f.key].toFixed(f.decimals ?? 6));
  }
  return sums;
}

/**
 * The totalled columns' sums over the rows (or those of `only`, indices into rows), read in place:
 * no array of 50,000 values is made on each filter.
 */
export function sumRows(
  fields: readonly FieldDef[],
  rows: readonly { values: Record<string, unknown> }[],
  only?: readonly number[],
) {
  const sums: Record<string, number> = {};
  const n = only ? only.length : rows.length;
  for (const f of fields) {
    if (!isTotalled(f)) continue;
    let s = 0;
    for (let k = 0; k < n; k++) {
      const v = rows[only ? only[k] : k].values[f.key];
      if (typeof v === 'number') s += v;
    }
    sums[f.key] = f.type === 'decimal' ? Number(s.toFixed(f.decimals ?? 6)) : s;
  }
  return sums;
}

/** Default column width by type when the definition gives none. */
export function columnWidth(field: FieldDef): number {
  // Wide enough for the header with its unit (数量（台（套））), its * and its filter button ▾.
  const unit = headerUnit(field);
  const header = Math.min(
    280,
    (field.label.length + (unit ? unit.length + 2 : 0)) * 14 + (field.required ? 12 : 0) + 50,
  );
  return Math.max(header, field.width ?? typeWidth(field));
}

function typeWidth(field: FieldDef): number {
  switch (field.type) {
    case 'longText':
      return 240;
    case 'creditCode':
    case 'idCard':
      return 190;
    case 'date':
    case 'phone':
      return 120;
    case 'email':
      return 180;
    case 'boolean':
    case 'year':
    case 'percent':
      return 80;
    case 'integer':
    case 'decimal':
    case 'money':
      return 110;
    case 'text':
    case 'choice':
    case 'multiChoice':
      return Math.max(100, Math.min(220, field.label.length * 16 + 32));
  }
}

export function isNumeric(field: FieldDef): boolean {
  return (
    field.type === 'integer' ||
    field.type === 'decimal' ||
    field.type === 'money' ||
    field.type === 'percent' ||
    field.type === 'year'
  );
}

/** Choices offered by the dropdown (booleans as 是/否). */
export function choicesOf(field: FieldDef): readonly string[] | undefined {
  if (field.type === 'boolean') return ['是', '否'];
  if (field.type === 'choice') return field.choices;
  return undefined;
}
