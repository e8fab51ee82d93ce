// The rules across a row's fields (金额 = 单价 × 数量 …) as the grid shows them: computed from the
// row's valid values, skipping a rule while one of its cells holds an invalid draft (its value is
// the old one then), and leaving out rules the user accepted as exceptions.
import type { RowRule } from '../../../../shared/datasets/datasetDefinition';
import { checkRowRules, checkRule, ruleFields, type RuleSchema } from '../../../../shared/datasets/rowRules';
import type { GridRow, RuleError } from './gridRow';

export function withRuleErrors(row: GridRow, schema: RuleSchema): GridRow {
  const rules = schema.rules;
  if (!rules?.length) return row;
  // The common case — a stored row that keeps every rule — without allocating (50,000 on load).
  if (!row.drafts && !row.accepted && !row.ruleErrors) {
    let broken = false;
    for (const r of rules) if ((broken = checkRule(schema, r, row.values) !== null)) break;
    if (!broken) return row;
  }
  const usable: RowRule[] = row.drafts
    ? rules.filter((r) => !ruleFields(r).some((k) => row.drafts![k] !== undefined))
    : [...rules];
  const found = checkRowRules({ fields: schema.fields, rules: usable }, row.values, { accepted: row.accepted });
  if (!found.length) return row.ruleErrors ? { ...row, ruleErrors: undefined } : row;
  const ruleErrors: Record<string, RuleError> = {};
  for (const p of found) if (!ruleErrors[p.field]) ruleErrors[p.field] = { rule: p.rule, message: p.message };
  const same =
    row.ruleErrors &&
    Object.keys(row.ruleErrors).length === found.length &&
    found.every((p) => row.ruleErrors![p.field]?.message === p.message);
  return same ? row : { ...row, ruleErrors };
}

/** The fields of broken (not accepted) rules: they wait, unsaved, until the rule holds or is accepted. */
export function fieldsOfBrokenRules(row: GridRow, rules: readonly RowRule[] | undefined): Set<string> {
  const out = new Set<string>();
  if (!row.ruleErrors || !rules) return out;
  const broken = new Set(Object.values(row.ruleErrors).map((e) => e.rule));
  for (const r of rules) if (broken.has(r.id)) for (const k of ruleFields(r)) out.add(k);
  return out;
}

/** The rules a row accepted as exceptions, by the field each shows on (its first field). */
export function exceptedRules(
  row: GridRow | undefined,
  rules: readonly RowRule[] | undefined,
): Map<string, RowRule> | undefined {
  if (!row?.accepted?.length || !rules) return undefined;
  const m = new Map<string, RowRule>();
  for (const r of rules) if (row.accepted.includes(r.id)) m.set(ruleFields(r)[0], r);
  return m;
}
