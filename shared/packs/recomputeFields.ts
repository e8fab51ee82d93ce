// Computed fields (合计, 比例) follow the user's typing at once: the editor calls this with the values
// on screen after every keystroke, before the core has saved anything. It reads only this
// application's fields and parameters (validatePack refuses `compute` over the base data), so it
// needs no snapshot and gives what resolveApplication gives after the save.
import type { BaseDataSnapshot } from '../datasets/baseDataSnapshot.js';
import { checkFieldValue } from './checkFieldValue.js';
import { coerceInput } from './coerceInput.js';
import { evaluateExpression } from './expression/evaluateExpression.js';
import type { FieldValue, Pack, PackField, ParamValue, ResolvedField } from './packSchema.js';
import { coerceBound } from './resolveApplication.js';

const NO_DATA: BaseDataSnapshot = { school: {}, years: [], data: {} };

const readsFields = (expr: string) => [...expr.matchAll(/fields\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);

/** The fields again, with every computed field re-evaluated over the current values (in dependency order). */
export function recomputeFields(
  pack: Pack,
  params: Record<string, ParamValue>,
  fields: Record<string, ResolvedField>,
  /** YYYY-MM-DD on this PC, for a field computed with today(). */
  today: string,
): Record<string, ResolvedField> {
  const computed = pack.fields.filter((f) => f.compute);
  if (!computed.length) return fields;
  const out: Record<string, ResolvedField> = { ...fields };
  // On screen a number is still the text being typed ("12.5"): read it as the core will store it.
  const defs = new Map(pack.fields.map((f) => [f.key, f]));
  const values: Record<string, FieldValue> = {};
  for (const [k, f] of Object.entries(fields)) {
    const def = defs.get(k);
    values[k] = def ? coerceInput(def, f.value) : f.value;
  }
  const byKey = new Map(computed.map((f) => [f.key, f]));
  const done = new Set<string>();
  const visit = (f: PackField, depth: number) => {
    if (done.has(f.key) || depth > pack.fields.length) return;
    for (const dep of readsFields(f.compute!)) {
      const d = byKey.get(dep);
      if (d) visit(d, depth + 1);
    }
    done.add(f.key);
    const prev = out[f.key];
    if (!prev) return;
    const r = evaluateExpression(f.compute!, { snapshot: NO_DATA, params, fields: values, today });
    if (!r.ok) return; // keep what the core last gave
    const bound = coerceBound(f, r.value);
    const value = prev.overridden ? prev.value : bound;
    if (!prev.overridden) values[f.key] = bound;
    if (JSON.stringify(value) === JSON.stringify(prev.value) && JSON.stringify(bound) === JSON.stringify(prev.bound))
      return;
    const accepted = new Set(prev.problems.filter((p) => p.accepted).map((p) => p.code));
    out[f.key] = {
      ...prev,
      bound,
      value,
      problems: checkFieldValue(f, value).map((p) => ({ ...p, accepted: accepted.has(p.code) })),
    };
  };
  for (const f of computed) visit(f, 0);
  return out;
}
