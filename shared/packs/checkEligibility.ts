import type { BaseDataSnapshot } from '../datasets/baseDataSnapshot.js';
import { evaluateExpression } from './expression/evaluateExpression.js';
import { roundHalfUp } from './expression/expressionFunctions.js';
import type { ComparisonOp, EligibilityRule, Pack } from './packSchema.js';
import { resolveParameters } from './resolveParameters.js';

/** 达标 met, 未达标 unmet, 不适用 na (the rule does not apply to this school), 待确认 open. */
export type RuleStatus = 'met' | 'unmet' | 'na' | 'open';

/** What the user answered to a condition the data cannot decide (是/否), with an optional note. */
export interface RuleConfirmation {
  answer: boolean;
  note?: string;
  /** ISO time of the answer. */
  at?: string;
}

export interface RuleOutcome {
  id: string;
  label: string;
  /** computed from the base data, confirmed by the user, or made of sub-clauses. */
  kind: 'computed' | 'confirm' | 'composite';
  /** The school's figure; null when it could not be computed or the rule is checked by hand. */
  figure: number | string | boolean | null;
  op: ComparisonOp;
  threshold: number | string | boolean | null;
  unit?: string;
  status: RuleStatus;
  /** true 通过, false 未通过, null 待确认 or 不适用 (see status). */
  passed: boolean | null;
  source: string;
  hint?: string;
  error?: string;
  /** Display grouping (pack rule's section). */
  section?: string;
  /** A composite's sub-clauses (ids), and for a sub-clause the composite it belongs to. */
  parts?: string[];
  parent?: string;
  /** confirm: the question asked, and the answer when given. */
  ask?: string;
  confirmation?: RuleConfirmation;
  /** na: why it does not apply. */
  appliesText?: string;
}

export interface GroupOutcome {
  label: string;
  rules: string[];
  required: number;
  passedCount: number;
  unknownCount: number;
  /** Rules of the group that do not apply to the school (they neither pass nor fail). */
  naCount: number;
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
  /** The pack has no conditions at all: no verdict is given (never 符合). */
  noConditions: boolean;
  /** Rules met (通过/达标), not met, open (manual or missing data) and not applicable. */
  counts: { met: number; unmet: number; unknown: number; na: number };
  /** true 符合 (all targets met), false 不符合 (some not met), null 尚待确认 or no conditions. */
  verdict: boolean | null;
  /** 「符合申报条件」…; for a self-check 「达标 9 项，未达标 2 项，待确认 1 项」. */
  verdictText: string;
}

export const NO_CONDITIONS_TEXT = '此通知没有可核对的申报条件，不作符合与否的结论';

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

const toStatus = (passed: boolean | null): RuleStatus =>
  passed === true ? 'met' : passed === false ? 'unmet' : 'open';

type Env = Parameters<typeof evaluateExpression>[1];

function baseOutcome(rule: EligibilityRule): RuleOutcome {
  const out: RuleOutcome = {
    id: rule.id,
    label: rule.label,
    kind: rule.allOf ? 'composite' : rule.expr ? 'computed' : 'confirm',
    figure: null,
    op: rule.op,
    threshold: rule.threshold ?? null,
    unit: rule.unit,
    status: 'open',
    passed: null,
    source: rule.source,
    hint: rule.hint,
  };
  if (rule.section) out.section = rule.section;
  if (rule.allOf) out.parts = rule.allOf;
  if (out.kind === 'confirm') out.ask = rule.ask ?? rule.label;
  if (rule.appliesText) out.appliesText = rule.appliesText;
  return out;
}

/** A rule measured on the base data, or answered by the user. */
function evaluateLeaf(rule: EligibilityRule, env: Env, confirmation: RuleConfirmation | undefined): RuleOutcome {
  const base = baseOutcome(rule);
  if (!rule.expr) {
    if (!confirmation) return base;
    const passed = confirmation.answer;
    return {
      ...base,
      confirmation,
      figure: passed ? '学校确认：是' : '学校确认：否',
      passed,
      status: toStatus(passed),
    };
  }
  if (rule.thresholdExpr) {
    const t = evaluateExpression(rule.thresholdExpr, env);
    if (!t.ok) return { ...base, error: `门槛无法计算：${t.error.message}` };
    base.threshold =
      typeof t.value === 'number' || typeof t.value === 'string' || typeof t.value === 'boolean' ? t.value : null;
  }
  const r = evaluateExpression(rule.expr, env);
  if (!r.ok) return { ...base, error: r.error.message };
  let figure = r.value;
  if (typeof figure === 'number' && rule.decimals !== undefined) figure = roundHalfUp(figure, rule.decimals);
  if (figure !== null && typeof figure !== 'number' && typeof figure !== 'string' && typeof figure !== 'boolean') {
    return { ...base, error: '条件表达式的结果应为数字、文本或是/否' };
  }
  base.figure = figure;
  if (figure === null || base.threshold === null) return base;
  const passed = compare(figure, rule.op, base.threshold);
  return { ...base, passed, status: toStatus(passed) };
}

/** 不适用 when the rule's appliesWhen says so; an expression that fails leaves the rule applicable. */
function applies(rule: EligibilityRule, env: Env): boolean {
  if (!rule.appliesWhen) return true;
  const r = evaluateExpression(rule.appliesWhen, env);
  return !r.ok || r.value !== false;
}

/** Every rule's outcome; composites after their parts, whatever the order in the pack. */
function evaluateRules(
  rules: readonly EligibilityRule[],
  env: Env,
  confirmations: Record<string, RuleConfirmation>,
): RuleOutcome[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const done = new Map<string, RuleOutcome>();
  const visiting = new Set<string>();
  const evaluate = (rule: EligibilityRule): RuleOutcome => {
    const hit = done.get(rule.id);
    if (hit) return hit;
    let out: RuleOutcome;
    if (!applies(rule, env)) out = { ...baseOutcome(rule), status: 'na' };
    else if (!rule.allOf) out = evaluateLeaf(rule, env, confirmations[rule.id]);
    else if (visiting.has(rule.id)) out = { ...baseOutcome(rule), error: '子项互相引用，无法判断' };
    else {
      visiting.add(rule.id);
      const parts = rule.allOf.map((id) => byId.get(id)).filter((r): r is EligibilityRule => !!r);
      const outcomes = parts.map(evaluate);
      visiting.delete(rule.id);
      const applicable = outcomes.filter((o) => o.status !== 'na');
      const met = applicable.filter((o) => o.status === 'met').length;
      const status: RuleStatus = !applicable.length
        ? 'na'
        : applicable.some((o) => o.status === 'unmet')
          ? 'unmet'
          : met === applicable.length
            ? 'met'
            : 'open';
      out = {
        ...baseOutcome(rule),
        figure: `${met}/${applicable.length}`,
        threshold: applicable.length,
        unit: '项',
        status,
        passed: status === 'met' ? true : status === 'unmet' ? false : null,
      };
    }
    done.set(rule.id, out);
    return out;
  };
  const outcomes = rules.map(evaluate);
  for (const r of rules) for (const part of r.allOf ?? []) if (done.has(part)) done.get(part)!.parent ??= r.id;
  return outcomes;
}

export interface CheckOptions {
  /** YYYY-MM-DD from the caller's clock (localIsoDate(ctx.now())). */
  today: string;
  /** The user's answers to conditions the data cannot decide, by rule id. */
  confirmations?: Record<string, RuleConfirmation>;
}

/** Every condition with the school's figure, the threshold and pass/fail, and the overall verdict. */
export function checkEligibility(
  pack: Pack,
  snapshot: BaseDataSnapshot,
  givenParams: Record<string, unknown>,
  options: CheckOptions,
): EligibilityReport {
  const { today } = options;
  const rp = resolveParameters(pack, snapshot, givenParams, today);
  const env = { snapshot, params: rp.params, today };
  const rules = evaluateRules(pack.eligibility?.rules ?? [], env, options.confirmations ?? {});
  const byId = new Map(rules.map((r) => [r.id, r]));
  // Without overall groups every top-level rule must hold (sub-clauses count through their composite).
  const groupsDef = pack.eligibility?.overall?.groups ?? [
    { label: '全部条件', rules: rules.filter((r) => !r.parent).map((r) => r.id) },
  ];
  const groups: GroupOutcome[] = rules.length
    ? groupsDef.map((g) => {
        const outcomes = g.rules.map((id) => byId.get(id));
        const naCount = outcomes.filter((o) => o?.status === 'na').length;
        const passedCount = outcomes.filter((o) => o?.status === 'met').length;
        const unknownCount = outcomes.filter((o) => !o || o.status === 'open').length;
        // A rule that does not apply neither passes nor fails: an «all» group needs only the others.
        const required = 'atLeast' in g && g.atLeast !== undefined ? g.atLeast : Math.max(0, g.rules.length - naCount);
        const passed = passedCount >= required ? true : passedCount + unknownCount >= required ? null : false;
        return { label: g.label, rules: g.rules, required, passedCount, unknownCount, naCount, passed };
      })
    : [];
  const noConditions = rules.length === 0;
  const verdict = noConditions
    ? null
    : groups.some((g) => g.passed === false)
      ? false
      : groups.every((g) => g.passed === true)
        ? true
        : null;
  const counts = {
    met: rules.filter((r) => r.status === 'met').length,
    unmet: rules.filter((r) => r.status === 'unmet').length,
    unknown: rules.filter((r) => r.status === 'open').length,
    na: rules.filter((r) => r.status === 'na').length,
  };
  const selfCheck = pack.kind === 'selfCheck';
  const verdictText = noConditions
    ? NO_CONDITIONS_TEXT
    : selfCheck
      ? selfCheckText(counts)
      : verdict === true
        ? '符合申报条件'
        : verdict === false
          ? '不符合申报条件'
          : '尚待确认：有条件需学校确认或缺少数据';
  return {
    packId: pack.id,
    params: rp.params,
    paramLabels: rp.labels,
    rules,
    groups,
    selfCheck,
    noConditions,
    counts,
    verdict,
    verdictText,
  };
}

/** 「达标 9 项，未达标 2 项，待确认 1 项，不适用 1 项」, or 「全部 12 项目标均已达标」. */
export function selfCheckText(c: EligibilityReport['counts']): string {
  const na = c.na ? [`不适用 ${c.na} 项`] : [];
  if (!c.unmet && !c.unknown)
    return c.met ? [`全部 ${c.met} 项适用目标均已达标`, ...na].join('，') : '没有可自查的目标';
  return [`达标 ${c.met} 项`, `未达标 ${c.unmet} 项`, ...(c.unknown ? [`待确认 ${c.unknown} 项`] : []), ...na].join(
    '，',
  );
}

/** 达标 / 未达标 / 不适用 / 待确认, the words of the 自查表 (申报条件: 通过/未通过 on screen). */
export const STATUS_TEXT: Record<RuleStatus, string> = {
  met: '达标',
  unmet: '未达标',
  na: '不适用',
  open: '待确认',
};
