import type { FieldValue, Pack, ParamValue } from '../packs/packSchema.js';
import { bundleValueOf, describeValue, valueShapeProblem } from './bundleValueShape.js';

/** A value a bundle must not bring in, named for the refusal. */
export interface BundleValueProblem {
  key: string;
  /** 「字段「服务专业群」」 or 「申报参数「统计年度」」 */
  place: string;
  message: string;
}

export interface CheckedBundleApplication {
  params: Record<string, ParamValue>;
  values: Record<string, FieldValue>;
  accepted: Record<string, string[]>;
  /** Answers to conditions the school confirms by hand, by rule id. */
  confirmations: Record<string, boolean>;
  /** Keys the notice's pack (on this PC) does not have: left out, and said so. */
  skipped: string[];
  problems: BundleValueProblem[];
}

/** How a choice parameter's values look in this school's data: 'text' (专业 codes, names) or 'number' (ids). */
export type ParamValueKind = 'text' | 'number';

function paramProblem(kind: 'text' | 'number' | 'any', year: boolean, v: unknown): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v.length > 500 ? '超过 500 个字符' : null;
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (kind === 'text') return `应为文字，却是${describeValue(v)}`;
    if (year && (!Number.isInteger(v) || v < 1900 || v > 2200)) return `应为四位年份，却是${describeValue(v)}`;
    return null;
  }
  return `应为${kind === 'number' ? '数字' : '文字'}，却是${describeValue(v)}`;
}

/**
 * Checks an application read from a bundle against the notice's pack before anything is written:
 * every parameter and typed value must have the shape of its field (a number where the field is
 * text is refused, naming the field), keys the pack does not know are skipped.
 * `choiceKinds` gives, for choice parameters with options from the base data, the type of those options.
 */
export function checkBundleApplication(
  pack: Pack,
  app: {
    params: Record<string, unknown>;
    values: Record<string, unknown>;
    accepted?: Record<string, string[]>;
    confirmations?: Record<string, unknown>;
  },
  choiceKinds: Readonly<Record<string, ParamValueKind | undefined>> = {},
): CheckedBundleApplication {
  const out: CheckedBundleApplication = {
    params: {},
    values: {},
    accepted: {},
    confirmations: {},
    skipped: [],
    problems: [],
  };
  const params = new Map(pack.parameters.map((p) => [p.key, p]));
  for (const [key, v] of Object.entries(app.params)) {
    const p = params.get(key);
    if (!p) {
      out.skipped.push(key);
      continue;
    }
    const kind =
      p.type === 'text'
        ? 'text'
        : p.type === 'number' || p.type === 'year'
          ? 'number'
          : p.options?.length
            ? 'text'
            : (choiceKinds[key] ?? 'any');
    const problem = paramProblem(kind, p.type === 'year', v);
    if (problem) out.problems.push({ key, place: `申报参数「${p.label}」（${key}）`, message: problem });
    else out.params[key] = v as ParamValue;
  }
  const fields = new Map(pack.fields.map((f) => [f.key, f]));
  for (const [key, v] of Object.entries(app.values)) {
    const f = fields.get(key);
    if (!f) {
      out.skipped.push(key);
      continue;
    }
    const problem = valueShapeProblem(f, v);
    if (problem) out.problems.push({ key, place: `字段「${f.label}」（${key}）`, message: problem });
    else out.values[key] = bundleValueOf(f, v as FieldValue, undefined);
  }
  for (const [key, codes] of Object.entries(app.accepted ?? {})) {
    if (fields.has(key)) out.accepted[key] = [...new Set(codes)];
    else out.skipped.push(key);
  }
  const rules = new Map((pack.eligibility?.rules ?? []).map((r) => [r.id, r]));
  for (const [id, answer] of Object.entries(app.confirmations ?? {})) {
    const rule = rules.get(id);
    if (!rule) out.skipped.push(id);
    else if (typeof answer !== 'boolean')
      out.problems.push({
        key: id,
        place: `申报条件「${rule.label.length > 30 ? `${rule.label.slice(0, 30)}…` : rule.label}」（${id}）的确认`,
        message: `应为「是」或「否」，却是${describeValue(answer)}`,
      });
    else out.confirmations[id] = answer;
  }
  out.skipped = [...new Set(out.skipped)];
  return out;
}
