import type { BaseDataSnapshot } from '../datasets/baseDataSnapshot.js';
import { evaluateExpression } from './expression/evaluateExpression.js';
import { roundHalfUp } from './expression/expressionFunctions.js';
import type { ComparisonOp, EligibilityRule, Pack } from './packSchema.js';
import { resolveParameters } from './resolveParameters.js';

export interface RuleOutcome {
  id: string;
  label: string;
  /** The school's figure; null when it could not be computed or the rule is checked by hand. */
  figure: number | string | boolean | null;
  op: ComparisonOp;
  threshold: number | string | boolean | null;
  unit?: string;
  /** true 通过, false 未通过, null 待确认 (manual rule or missing data). */
  passed: boolean | null;
  source: string;
  hint?: string;
  error?: string;
}

export interface GroupOutcome {
  label: string;
  rules: string[];
  required: number;
  passedCount: number;
  unknownCount: number;
  passed: boolean | null;
}

export interface EligibilityReport {
  packId: string;
  params: Record<string, string | number | null>;
  paramLabels: Record<string, string>;
  rules: RuleOutcome[];
  groups: GroupOutcome[];
  /** A selfCheck pack's rules are targets the school measures itself against, not conditions to apply. */
  selfCheck: boolean;
  /** Rules met (通过/达标), not met, and open (manual or missing data). */
  counts: { met: number; unmet: number; unknown: number };
  /** true 符合 (all targets met), false 不符合 (some not met), null 尚待确认. */
  verdict: boolean | null;
  /** 「符合申报条件」…; for a self-check 「达标 9 项，未达标 2 项，待确认 1 项」. */
  verdictText: string;
}

function compare(a: number | string | boolean, op: ComparisonOp, b: number | string | boolean): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function evaluateRule(rule: EligibilityRule, env: Parameters<typeof evaluateExpression>[1]): RuleOutcome {
  const base: RuleOutcome = {
    id: rule.id,
    label: rule.label,
    figure: null,
    op: rule.op,
    threshold: rule.threshold ?? null,
    unit: rule.unit,
    passed: null,
    source: rule.source,
    hint: rule.hint,
  };
  if (rule.thresholdExpr) {
    const t = evaluateExpression(rule.thresholdExpr, env);
    if (!t.ok) return { ...base, error: `门槛无法计算：${t.error.message}` };
    base.threshold =
      typeof t.value === 'number' || typeof t.value === 'string' || typeof t.value === 'boolean' ? t.value : null;
  }
  if (!rule.expr) return base;
  const r = evaluateExpression(rule.expr, env);
  if (!r.ok) return { ...base, error: r.error.message };
  let figure = r.value;
  if (typeof figure === 'number' && rule.decimals !== undefined) figure = roundHalfUp(figure, rule.decimals);
  if (figure !== null && typeof figure !== 'number' && typeof figure !== 'string' && typeof figure !== 'boolean') {
    return { ...base, error: '条件表达式的结果应为数字、文本或是/否' };
  }
  base.figure = figure;
  if (figure === null || base.threshold === null) return base;
  return { ...base, passed: compare(figure, rule.op, base.threshold) };
}

/** Every condition with the school's figure, the threshold and pass/fail, and the overall verdict. */
export function checkEligibility(
  pack: Pack,
  snapshot: BaseDataSnapshot,
  givenParams: Record<string, unknown>,
  today?: string,
): EligibilityReport {
  const rp = resolveParameters(pack, snapshot, givenParams, today);
  const env = { snapshot, params: rp.params, today };
  const rules = (pack.eligibility?.rules ?? []).map((r) => evaluateRule(r, env));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const groupsDef =
    pack.eligibility?.overall?.groups ?? (rules.length ? [{ label: '全部条件', rules: rules.map((r) => r.id) }] : []);
  const groups: GroupOutcome[] = groupsDef.map((g) => {
    const outcomes = g.rules.map((id) => byId.get(id));
    const passedCount = outcomes.filter((o) => o?.passed === true).length;
    const unknownCount = outcomes.filter((o) => !o || o.passed === null).length;
    const required = 'atLeast' in g && g.atLeast !== undefined ? g.atLeast : g.rules.length;
    const passed = passedCount >= required ? true : passedCount + unknownCount >= required ? null : false;
    return { label: g.label, rules: g.rules, required, passedCount, unknownCount, passed };
  });
  const verdict = groups.some((g) => g.passed === false) ? false : groups.every((g) => g.passed === true) ? true : null;
  const counts = {
    met: rules.filter((r) => r.passed === true).length,
    unmet: rules.filter((r) => r.passed === false).length,
    unknown: rules.filter((r) => r.passed === null).length,
  };
  const selfCheck = pack.kind === 'selfCheck';
  const verdictText = selfCheck
    ? selfCheckText(counts)
    : verdict === true
      ? '符合申报条件'
      : verdict === false
        ? '不符合申报条件'
        : '尚待确认：有条件需人工确认或缺少数据';
  return {
    packId: pack.id,
    params: rp.params,
    paramLabels: rp.labels,
    rules,
    groups,
    selfCheck,
    counts,
    verdict,
    verdictText,
  };
}

/** 「达标 9 项，未达标 2 项，待确认 1 项」, or 「全部 12 项目标均已达标」. */
export function selfCheckText(c: EligibilityReport['counts']): string {
  if (!c.unmet && !c.unknown) return c.met ? `全部 ${c.met} 项目标均已达标` : '没有可自查的目标';
  return [`达标 ${c.met} 项`, `未达标 ${c.unmet} 项`, ...(c.unknown ? [`待确认 ${c.unknown} 项`] : [])].join('，');
}
