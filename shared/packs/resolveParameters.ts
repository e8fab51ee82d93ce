import type { BaseDataSnapshot } from '../datasets/baseDataSnapshot.js';
import { DATASETS } from '../datasets/datasetRegistry.js';
import { evaluateExpression } from './expression/evaluateExpression.js';
import { isPlainRecord, type Value } from './expression/expressionValue.js';
import type { Pack, ParamValue } from './packSchema.js';

export interface ParamOption {
  value: string | number;
  label: string;
}

export interface ResolvedParameters {
  params: Record<string, ParamValue>;
  labels: Record<string, string>;
  options: Record<string, ParamOption[]>;
  /** Chinese messages, e.g. a source that failed or a value not among the options. */
  problems: { key: string; message: string }[];
}

function toOptions(v: Value, valueField: string | undefined, labelField: string | undefined): ParamOption[] {
  if (!Array.isArray(v)) return [];
  const out: ParamOption[] = [];
  const seen = new Set<string | number>();
  for (const item of v) {
    let opt: ParamOption | null = null;
    if (typeof item === 'string' || typeof item === 'number') opt = { value: item, label: String(item) };
    else if (isPlainRecord(item)) {
      const raw = item[valueField ?? ('code' in item ? 'code' : 'id')];
      const label = item[labelField ?? 'name'];
      if (typeof raw === 'string' || typeof raw === 'number')
        opt = {
          value: raw,
          label:
            typeof label === 'string' || typeof label === 'number' || typeof label === 'boolean'
              ? String(label)
              : String(raw),
        };
    }
    if (opt && !seen.has(opt.value)) {
      seen.add(opt.value);
      out.push(opt);
    }
  }
  return out;
}

/** Years a 统计年度 can be: a typed 1800 or 20233 is a slip, not a year with data. */
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/** Why a number or year parameter's value is not one, in Chinese; null when it is fine. */
function numberProblem(p: Pack['parameters'][number], value: ParamValue): string | null {
  if (p.type === 'year') {
    if (typeof value === 'number' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) return null;
    return `参数「${p.label}」应为年份（${YEAR_MIN}—${YEAR_MAX}，如 2023），「${String(value)}」不是`;
  }
  if (p.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value)))
    return `参数「${p.label}」应为数字，「${String(value)}」不是`;
  return null;
}

/**
 * For a choice whose options come from a data set that has none yet: 「本校基础数据中还没有可选的
 * 服务专业群，请先在「专业群」中录入」 (the data set found by the name the source reads).
 */
function emptySourceText(source: string): (label: string) => string {
  const names = [...source.matchAll(/\bdata\.([A-Za-z]+)/g)].map((m) => m[1]);
  const set = DATASETS.find((d) => names.includes(d.name));
  return (label) =>
    `本校基础数据中还没有可选的「${label}」${set ? `，请先在「${set.label}」中录入` : '，请先在基础数据中录入'}`;
}

/** The parameters of one application: given values, else the default, else a choice's first option. */
export function resolveParameters(
  pack: Pack,
  snapshot: BaseDataSnapshot,
  given: Record<string, unknown>,
  /** YYYY-MM-DD from the caller's clock (localIsoDate(ctx.now())). */
  today: string,
): ResolvedParameters {
  const out: ResolvedParameters = { params: {}, labels: {}, options: {}, problems: [] };
  for (const p of pack.parameters) {
    let options: ParamOption[] = (p.options ?? []).map((o) => ({ value: o, label: o }));
    if (p.source) {
      // Later parameters may depend on earlier ones (服务专业群 given 申报专业).
      const r = evaluateExpression(p.source, { snapshot, params: out.params, today });
      if (r.ok) options = toOptions(r.value, p.valueField, p.labelField);
      else out.problems.push({ key: p.key, message: `参数「${p.label}」的选项无法计算：${r.error.message}` });
    }
    out.options[p.key] = options;
    const raw = given[p.key];
    let value: ParamValue =
      raw === undefined || raw === '' ? (p.default ?? options[0]?.value ?? null) : (raw as ParamValue);
    if (
      (p.type === 'number' || p.type === 'year') &&
      typeof value === 'string' &&
      value.trim() !== '' &&
      Number.isFinite(Number(value))
    )
      value = Number(value);
    const wrongNumber = value !== null ? numberProblem(p, value) : null;
    if (wrongNumber) out.problems.push({ key: p.key, message: wrongNumber });
    // Options read from the base data, and none there: nothing typed can stand for a record the
    // school does not have; say which data to enter first.
    const noOptions = p.type === 'choice' && !!p.source && !options.length ? emptySourceText(p.source) : null;
    if (p.type === 'choice' && value !== null && (options.length || noOptions)) {
      const hit = options.find((o) => String(o.value) === String(value));
      if (hit) value = hit.value;
      else
        out.problems.push({
          key: p.key,
          message: `参数「${p.label}」的值「${String(value)}」不在可选项中${noOptions ? `：${noOptions(p.label)}` : ''}`,
        });
    }
    if (value === null && p.required)
      out.problems.push({ key: p.key, message: noOptions ? noOptions(p.label) : `请选择参数「${p.label}」` });
    out.params[p.key] = value;
    out.labels[p.key] =
      options.find((o) => String(o.value) === String(value))?.label ?? (value === null ? '' : String(value));
  }
  return out;
}
