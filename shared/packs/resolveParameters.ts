import type { BaseDataSnapshot } from '../datasets/baseDataSnapshot.js';
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
        opt = { value: raw, label: label === null || label === undefined ? String(raw) : String(label) };
    }
    if (opt && !seen.has(opt.value)) {
      seen.add(opt.value);
      out.push(opt);
    }
  }
  return out;
}

/** The parameters of one application: given values, else the default, else a choice's first option. */
export function resolveParameters(
  pack: Pack,
  snapshot: BaseDataSnapshot,
  given: Record<string, unknown>,
  today?: string,
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
    if (p.type === 'choice' && value !== null && options.length) {
      const hit = options.find((o) => String(o.value) === String(value));
      if (hit) value = hit.value;
      else out.problems.push({ key: p.key, message: `参数「${p.label}」的值「${String(value)}」不在可选项中` });
    }
    if (value === null && p.required) out.problems.push({ key: p.key, message: `请选择参数「${p.label}」` });
    out.params[p.key] = value;
    out.labels[p.key] =
      options.find((o) => String(o.value) === String(value))?.label ?? (value === null ? '' : String(value));
  }
  return out;
}
