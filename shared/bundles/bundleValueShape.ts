import type { FieldValue, PackField, ScalarValue, TableColumn } from '../packs/packSchema.js';

// What a typed value may look like in a bundle, by field type. Only the shape is checked: a value
// the editor saved with a problem (「十二」 in a number field) comes back with the same problem,
// but a number in a text field (1e+308 as a 专业群 name) is not something the app ever writes.

const MAX_TEXT = 200_000;
const MAX_ROWS = 5000;
const MAX_LIST = 500;

type ColumnLike = Pick<PackField | TableColumn, 'type'>;

function isRecord(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** 「数字 1e+308」「是/否值」…: how a wrong value is named in a refusal. */
export function describeValue(v: unknown): string {
  if (typeof v === 'number') return `数字 ${String(v)}`;
  if (typeof v === 'boolean') return `是/否值 ${v ? 'true' : 'false'}`;
  if (typeof v === 'string') return `文字「${v.length > 20 ? `${v.slice(0, 20)}…` : v}」`;
  if (Array.isArray(v)) return '一个列表';
  if (v === null) return '空值';
  return '一组值';
}

function isNumeric(type: string): boolean {
  return type === 'number' || type === 'money' || type === 'percent' || type === 'year';
}

/** The problem with one scalar for a field or column type, or null. */
function scalarProblem(def: ColumnLike, v: unknown): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v.length > MAX_TEXT ? `超过 ${MAX_TEXT} 个字符` : null;
  if (isNumeric(def.type))
    return typeof v === 'number' && Number.isFinite(v) ? null : `应为数字，却是${describeValue(v)}`;
  if (def.type === 'checkbox') return typeof v === 'boolean' ? null : `应为「是」或「否」，却是${describeValue(v)}`;
  return `应为文字，却是${describeValue(v)}`;
}

/**
 * Why `value` cannot be a value of `field` (「应为文字，却是数字 1e+308」), or null when its shape
 * fits: scalars by type, lists for multiple choices, rows of column values for tables, values by
 * year for perYear fields.
 */
export function valueShapeProblem(field: PackField, value: unknown): string | null {
  if (value === null) return null;
  if (field.perYear) {
    if (!isRecord(value)) return `应为按年度填写的一组数，却是${describeValue(value)}`;
    for (const [year, v] of Object.entries(value)) {
      if (!/^\d{4}$/.test(year)) return `的年度「${year.slice(0, 20)}」不是四位年份`;
      const p = scalarProblem(field, v);
      if (p) return `（${year} 年）${p}`;
    }
    return null;
  }
  if (field.type === 'table') {
    if (!Array.isArray(value)) return `应为表格的各行，却是${describeValue(value)}`;
    if (value.length > MAX_ROWS) return `超过 ${MAX_ROWS} 行`;
    const cols = new Map((field.columns ?? []).map((c) => [c.key, c]));
    for (const [i, row] of value.entries()) {
      if (!isRecord(row)) return `第 ${i + 1} 行应为一行表格，却是${describeValue(row)}`;
      for (const [k, v] of Object.entries(row)) {
        const col = cols.get(k);
        const p = col ? scalarProblem(col, v) : null;
        if (p) return `第 ${i + 1} 行「${col!.label}」${p}`;
      }
    }
    return null;
  }
  if (field.type === 'choice' && field.multiple) {
    if (!Array.isArray(value)) return `应为多个选项的列表，却是${describeValue(value)}`;
    if (value.length > MAX_LIST) return `超过 ${MAX_LIST} 项`;
    const bad: unknown = (value as unknown[]).find((x) => typeof x !== 'string');
    return bad === undefined ? null : `的选项应为文字，却有${describeValue(bad)}`;
  }
  return scalarProblem(field, value);
}

function textOf(def: ColumnLike, v: ScalarValue): ScalarValue {
  // A number in a text cell prints as its text; the bundle keeps it so, and the reader stays strict.
  return typeof v === 'number' && !isNumeric(def.type) && def.type !== 'checkbox' ? String(v) : v;
}

/**
 * A stored override as it goes into a bundle: table rows cut to the columns the forms print
 * (`columns` undefined: all of the field's columns), numbers in text places written as text.
 */
export function bundleValueOf(
  field: PackField,
  value: FieldValue,
  columns: ReadonlySet<string> | undefined,
): FieldValue {
  if (value === null || field.perYear) return value;
  if (field.type === 'table' && Array.isArray(value)) {
    const keep = (field.columns ?? []).filter((c) => !columns || columns.has(c.key));
    return (value as unknown[]).filter(isRecord).map((row) => {
      const out: Record<string, ScalarValue> = {};
      for (const c of keep) if (c.key in row) out[c.key] = textOf(c, row[c.key] as ScalarValue);
      return out;
    });
  }
  if (Array.isArray(value) || typeof value === 'object') return value;
  return textOf(field, value);
}
