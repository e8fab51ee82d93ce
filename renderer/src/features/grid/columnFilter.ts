// Column filters as Excel users know them. A filter is either what the user typed in the column's
// filter box — text 「包含」 by default, `=甲` 等于, `>100000`, `<=2020-06-30`, `100-500` or
// `2019~2021` between, a year or month for dates, 空白 / 非空白 — or a list of chosen values (the
// values list with counts). Numbers are compared as numbers (money typed in 元, or 万元 where the
// column is in 万元), dates as dates.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';
import { parseDateText } from '../../../../shared/format/parseDateText';
import { displayText, isNumeric, isWanYuan, parseCellText } from './cellText';
import type { GridRow } from './gridRow';

export type ColumnFilter = { text: string } | { values: readonly string[] };

/** How one column's filter tests a row: by the search index (contains), or by a predicate. */
export type CompiledFilter =
  | { kind: 'contains'; needle: string }
  | { kind: 'test'; test: (row: GridRow) => boolean }
  | { kind: 'invalid'; message: string };

/** The text shown for an empty cell in the values list. */
export const BLANK_LABEL = '（空白）';

export function isActive(f: ColumnFilter | undefined): boolean {
  if (!f) return false;
  return 'values' in f || f.text.trim() !== '';
}

function cellValue(row: GridRow, key: string): FieldValue | undefined {
  const d = row.drafts?.[key];
  return d !== undefined ? d : row.values[key];
}

function isBlankValue(v: FieldValue | undefined): boolean {
  return v === null || v === undefined || v === '';
}

/** The text a cell shows, as the values list names it. */
export function valueLabel(field: FieldDef, row: GridRow): string {
  const d = row.drafts?.[field.key];
  if (d !== undefined) return d;
  const t = displayText(field, row.values[field.key]);
  return t === '' ? BLANK_LABEL : t;
}

type Bound = { at: number | string; inclusive: boolean };

/** A number typed for this column, in the unit it is stored in (money in 分). */
function numberOf(field: FieldDef, text: string): number | null {
  const t = text.trim().replace(/[,，\s]/g, '');
  if (t === '') return null;
  if (field.type === 'money') {
    const r = parseCellText({ ...field, min: undefined, required: false }, t);
    return r.ok && typeof r.value === 'number' ? r.value : null;
  }
  const n = Number(t.replace(/[％%]$/, ''));
  return Number.isFinite(n) ? n : null;
}

/** A date typed for this column: a day, or a whole month or year as its first and last day. */
function dateSpan(text: string): { first: string; last: string } | null {
  const t = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const y = /^(\d{4})\s*年?$/.exec(t);
  if (y) return { first: `${y[1]}-01-01`, last: `${y[1]}-12-31` };
  const ym = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t);
  if (ym) {
    const m = Number(ym[2]);
    if (m < 1 || m > 12) return null;
    const days = new Date(Date.UTC(Number(ym[1]), m, 0)).getUTCDate();
    const mm = String(m).padStart(2, '0');
    return { first: `${ym[1]}-${mm}-01`, last: `${ym[1]}-${mm}-${String(days).padStart(2, '0')}` };
  }
  const d = parseDateText(t);
  return d ? { first: d, last: d } : null;
}

const OPS = /^(>=|<=|≥|≤|＞＝|＜＝|>|<|＞|＜|=|＝)\s*/;

/** `a~b`, `a至b`, `100-500` (a date range with a dash needs spaces: `2020-01 - 2020-06`). */
function splitBetween(text: string, isDate: boolean): [string, string] | null {
  const m = /^(.+?)\s*(?:~|～|至|到|—|–)\s*(.+)$/.exec(text);
  if (m) return [m[1], m[2]];
  const d = isDate ? /^(.+?)\s+-\s+(.+)$/.exec(text) : /^(-?[\d.,，]+)\s*-\s*(-?[\d.,，]+)$/.exec(text);
  return d ? [d[1], d[2]] : null;
}

function normalOp(op: string): '>' | '<' | '>=' | '<=' | '=' {
  switch (op) {
    case '≥':
    case '＞＝':
      return '>=';
    case '≤':
    case '＜＝':
      return '<=';
    case '＞':
      return '>';
    case '＜':
      return '<';
    case '＝':
      return '=';
    default:
      return op as '>' | '<' | '>=' | '<=' | '=';
  }
}

function rangeTest(key: string, from: Bound | null, to: Bound | null, numeric: boolean) {
  return (row: GridRow) => {
    const v = row.drafts?.[key] !== undefined ? undefined : row.values[key];
    if (numeric ? typeof v !== 'number' : typeof v !== 'string' || v === '') return false;
    const x = v as number | string;
    if (from && (from.inclusive ? x < from.at : x <= from.at)) return false;
    if (to && (to.inclusive ? x > to.at : x >= to.at)) return false;
    return true;
  };
}

/** A comparison or range typed for a number or date column, or null when the text is not one. */
function compileRange(field: FieldDef, text: string): CompiledFilter | null {
  const numeric = isNumeric(field) && field.type !== 'date';
  const isDate = field.type === 'date';
  if (!numeric && !isDate) return null;
  const unit = field.type === 'money' ? (isWanYuan(field) ? '万元' : '元') : '';
  const bad = (what: string): CompiledFilter => ({
    kind: 'invalid',
    message: `「${what}」不是${isDate ? '日期（如 2020-01-01、2020 或 2020-06）' : `数字${unit ? `（${unit}）` : ''}`}`,
  });
  const low = (s: string) => (isDate ? (dateSpan(s)?.first ?? null) : numberOf(field, s));
  const high = (s: string) => (isDate ? (dateSpan(s)?.last ?? null) : numberOf(field, s));
  const op = OPS.exec(text);
  if (op) {
    const rest = text.slice(op[0].length);
    const o = normalOp(op[1]);
    const lo = low(rest);
    const hi = high(rest);
    if (lo === null || hi === null) return bad(rest);
    const test =
      o === '>'
        ? rangeTest(field.key, { at: hi, inclusive: false }, null, numeric)
        : o === '>='
          ? rangeTest(field.key, { at: lo, inclusive: true }, null, numeric)
          : o === '<'
            ? rangeTest(field.key, null, { at: lo, inclusive: false }, numeric)
            : o === '<='
              ? rangeTest(field.key, null, { at: hi, inclusive: true }, numeric)
              : rangeTest(field.key, { at: lo, inclusive: true }, { at: hi, inclusive: true }, numeric);
    return { kind: 'test', test };
  }
  // A single number or date: that value (a year or month for dates: within it).
  const lo = low(text);
  const hi = high(text);
  if (lo !== null && hi !== null)
    return {
      kind: 'test',
      test: rangeTest(field.key, { at: lo, inclusive: true }, { at: hi, inclusive: true }, numeric),
    };
  const between = splitBetween(text, isDate);
  if (!between) return null;
  const a = low(between[0]);
  const b = high(between[1]);
  if (a === null) return bad(between[0]);
  if (b === null) return bad(between[1]);
  // Written backwards (500-100): the same range.
  const from = a <= b ? a : low(between[1])!;
  const to = a <= b ? b : high(between[0])!;
  return {
    kind: 'test',
    test: rangeTest(field.key, { at: from, inclusive: true }, { at: to, inclusive: true }, numeric),
  };
}

export function compileFilter(field: FieldDef, filter: ColumnFilter): CompiledFilter | null {
  if ('values' in filter) {
    const set = new Set(filter.values);
    return { kind: 'test', test: (row) => set.has(valueLabel(field, row)) };
  }
  const text = filter.text.trim();
  if (!text) return null;
  if (/^[（(]?(空白|空)[)）]?$/.test(text))
    return { kind: 'test', test: (row) => isBlankValue(cellValue(row, field.key)) };
  if (/^[（(]?(非空白|非空|不为空)[)）]?$/.test(text))
    return { kind: 'test', test: (row) => !isBlankValue(cellValue(row, field.key)) };
  const range = compileRange(field, text);
  if (range) return range;
  const eq = /^[=＝]\s*(.*)$/.exec(text);
  if (eq) {
    const want = eq[1].trim().toLowerCase();
    return {
      kind: 'test',
      test: (row) => {
        const t = valueLabel(field, row);
        return (t === BLANK_LABEL ? '' : t.toLowerCase()) === want;
      },
    };
  }
  return { kind: 'contains', needle: text.toLowerCase() };
}

/** Distinct values of a column with how many rows hold each (the values list), blank last. */
export function distinctValues(
  rows: readonly GridRow[],
  view: readonly number[],
  field: FieldDef,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of view) {
    const v = valueLabel(field, rows[i]);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const numeric = isNumeric(field);
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const raw = new Map<string, FieldValue | undefined>();
  if (numeric) for (const i of view) raw.set(valueLabel(field, rows[i]), rows[i].values[field.key]);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => {
      if (a.value === BLANK_LABEL) return 1;
      if (b.value === BLANK_LABEL) return -1;
      const x = raw.get(a.value);
      const y = raw.get(b.value);
      if (numeric && typeof x === 'number' && typeof y === 'number') return x - y;
      return collator.compare(a.value, b.value);
    });
}
