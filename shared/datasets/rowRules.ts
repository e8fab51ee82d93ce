// Rules across the fields of one row (declared in the data-set definitions): which are broken by
// a row's values, with a message that names the fields and the expected value. Used by the grid
// as the user types and by the core on save and import, so both say the same thing.
import { groupThousands } from '../format/groupThousands.js';
import { formatFenAsYuan } from '../format/money.js';
import type { DatasetDef, FieldDef, RowRule } from './datasetDefinition.js';

/** What a rule check needs of a definition: the fields (for labels) and the rules. */
export type RuleSchema = Pick<DatasetDef, 'fields' | 'rules'>;
import type { FieldValue } from './validateFieldValue.js';

export interface RuleProblem {
  rule: string;
  /** The field the problem shows on (金额, 报废日期 …). */
  field: string;
  message: string;
}

/** The fields a rule reads; the first is where its problem shows. */
export function ruleFields(rule: RowRule): readonly string[] {
  switch (rule.kind) {
    case 'product':
      return [rule.result, ...rule.factors];
    case 'notBefore':
      return [rule.later, rule.earlier];
    case 'notGreater':
      return [rule.smaller, rule.larger];
  }
}

function given(v: FieldValue | undefined): boolean {
  return v !== null && v !== undefined && v !== '';
}

function amountText(f: FieldDef | undefined, v: number): string {
  if (f?.type === 'money') return `${groupThousands(formatFenAsYuan(v))} 元`;
  return `${groupThousands(String(v))}${f?.unit ?? ''}`;
}

function fieldOf(def: RuleSchema, key: string): FieldDef | undefined {
  return def.fields.find((f) => f.key === key);
}

function labelOf(def: RuleSchema, key: string): string {
  return def.fields.find((f) => f.key === key)?.label ?? key;
}

/** What a rule guards, in words: 「金额」=「单价」×「数量」. */
export function describeRule(def: RuleSchema, rule: RowRule): string {
  switch (rule.kind) {
    case 'product':
      return `「${labelOf(def, rule.result)}」=「${labelOf(def, rule.factors[0])}」×「${labelOf(def, rule.factors[1])}」`;
    case 'notBefore':
      return `「${labelOf(def, rule.later)}」不早于「${labelOf(def, rule.earlier)}」`;
    case 'notGreater':
      return `「${labelOf(def, rule.smaller)}」不多于「${labelOf(def, rule.larger)}」`;
  }
}

/** The problem a rule finds in a row, or null when it holds or a side is not given. */
export function checkRule(
  def: RuleSchema,
  rule: RowRule,
  values: Readonly<Record<string, FieldValue | undefined>>,
): RuleProblem | null {
  switch (rule.kind) {
    case 'product': {
      const r = values[rule.result];
      const a = values[rule.factors[0]];
      const b = values[rule.factors[1]];
      if (typeof r !== 'number' || typeof a !== 'number' || typeof b !== 'number') return null;
      const expected = Math.round(a * b);
      if (Math.abs(r - expected) <= rule.tolerance) return null;
      const rf = fieldOf(def, rule.result);
      return {
        rule: rule.id,
        field: rule.result,
        message: `「${labelOf(def, rule.result)}」应等于「${labelOf(def, rule.factors[0])}」×「${labelOf(def, rule.factors[1])}」= ${amountText(rf, expected)}，现为 ${amountText(rf, r)}`,
      };
    }
    case 'notBefore': {
      const later = values[rule.later];
      const earlier = values[rule.earlier];
      if (!given(later) || !given(earlier) || String(later) >= String(earlier)) return null;
      return {
        rule: rule.id,
        field: rule.later,
        message: `「${labelOf(def, rule.later)}」${String(later)} 早于「${labelOf(def, rule.earlier)}」${String(earlier)}`,
      };
    }
    case 'notGreater': {
      const small = values[rule.smaller];
      const large = values[rule.larger];
      if (typeof small !== 'number' || typeof large !== 'number' || small <= large) return null;
      return {
        rule: rule.id,
        field: rule.smaller,
        message: `「${labelOf(def, rule.smaller)}」${amountText(fieldOf(def, rule.smaller), small)} 多于「${labelOf(def, rule.larger)}」${amountText(fieldOf(def, rule.larger), large)}`,
      };
    }
  }
}

/**
 * Every rule of the data set the row breaks, except those accepted as exceptions for it. With
 * `touched`, only rules reading a touched field are checked (a change to 存放地点 does not
 * re-open a question about 金额 that nobody changed).
 */
export function checkRowRules(
  def: RuleSchema,
  values: Readonly<Record<string, FieldValue | undefined>>,
  opts: { accepted?: ReadonlySet<string> | readonly string[]; touched?: Iterable<string> } = {},
): RuleProblem[] {
  if (!def.rules?.length) return [];
  const accepted = new Set(opts.accepted ?? []);
  const touched = opts.touched ? new Set(opts.touched) : null;
  const out: RuleProblem[] = [];
  for (const rule of def.rules) {
    if (accepted.has(rule.id)) continue;
    if (touched && !ruleFields(rule).some((k) => touched.has(k))) continue;
    const p = checkRule(def, rule, values);
    if (p) out.push(p);
  }
  return out;
}
