import type { BaseDataSnapshot } from '../datasets/baseDataSnapshot.js';
import { countWordChars } from '../validation/countWordChars.js';
import { checkFieldValue, isEmptyValue } from './checkFieldValue.js';
import { evaluateExpression } from './expression/evaluateExpression.js';
import { roundHalfUp } from './expression/expressionFunctions.js';
import { isPlainRecord, type Value } from './expression/expressionValue.js';
import type {
  CatalogueKind,
  FieldProblem,
  FieldValue,
  Pack,
  PackField,
  ResolvedApplication,
  ResolvedField,
  ScalarValue,
  TableRowValue,
} from './packSchema.js';
import { resolveParameters } from './resolveParameters.js';

export interface ResolveInput {
  pack: Pack;
  snapshot: BaseDataSnapshot;
  params: Record<string, unknown>;
  /** What the user typed over the defaults, by field key. */
  overrides: Record<string, FieldValue>;
  /** Problems the user accepted, by field key → problem codes. */
  accepted?: Record<string, string[]>;
  /** YYYY-MM-DD from the caller's clock (ctx.now()): shared code never reads the clock itself. */
  today: string;
  applicationId?: number;
  title?: string;
  status?: ResolvedApplication['status'];
  /**
   * Checks a name against the 专业目录 (fields and columns with `catalogue`): null when the catalogue
   * has it, else why not, in Chinese. The catalogue lives in the store, so the caller supplies it.
   */
  checkCatalogue?: (kind: CatalogueKind, name: string) => string | null;
}

/** Problems of names the 专业目录 does not know, on a field or on its table cells. */
function catalogueProblems(
  field: PackField,
  value: FieldValue,
  check: ResolveInput['checkCatalogue'],
): Omit<FieldProblem, 'accepted'>[] {
  if (!check) return [];
  const one = (kind: CatalogueKind, v: unknown) => (typeof v === 'string' && v.trim() ? check(kind, v.trim()) : null);
  if (field.catalogue) {
    const why = one(field.catalogue, value);
    return why ? [{ code: 'catalogue', message: `「${field.label}」${why}` }] : [];
  }
  if (field.type !== 'table' || !Array.isArray(value)) return [];
  const out: Omit<FieldProblem, 'accepted'>[] = [];
  for (const c of field.columns ?? []) {
    if (!c.catalogue) continue;
    (value as TableRowValue[]).forEach((row, i) => {
      const why = one(c.catalogue!, row?.[c.key]);
      if (why)
        out.push({
          code: 'catalogue',
          message: `「${field.label}」第 ${i + 1} 行${c.label}${why}`,
          row: i + 1,
          column: c.key,
        });
    });
  }
  return out;
}

function scalar(v: Value, type: string, decimals?: number): ScalarValue {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v) || typeof v === 'object') return null;
  switch (type) {
    case 'number':
    case 'money':
    case 'percent':
    case 'year': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) return typeof v === 'string' ? v : null;
      return decimals !== undefined ? roundHalfUp(n, decimals) : n;
    }
    case 'checkbox':
      return typeof v === 'boolean' ? v : v === '是' ? true : v === '否' ? false : Boolean(v);
    default:
      return typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
  }
}

/** A chosen option as text (an option list holds texts and numbers; a record is no option). */
function scalarText(x: Value): string {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : '';
}

/** A binding's result → the field's value shape (rows for tables, numbers rounded to the field's decimals). */
export function coerceBound(field: PackField, v: Value): FieldValue {
  if (field.type === 'table') {
    if (!Array.isArray(v)) return [];
    return v.filter(isPlainRecord).map((r) => {
      const row: TableRowValue = {};
      for (const c of field.columns ?? []) row[c.key] = scalar(r[c.key] ?? null, c.type, c.decimals);
      return row;
    });
  }
  if (field.type === 'choice' && field.multiple)
    return Array.isArray(v) ? v.map((x) => scalarText(x)) : v === null ? [] : [scalarText(v)];
  return scalar(v, field.type, field.decimals);
}

/** Field keys a binding reads through `fields.X`, to evaluate in dependency order. */
function dependencies(field: PackField): string[] {
  return [...`${field.bind ?? ''} ${field.compute ?? ''}`.matchAll(/fields\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map(
    (m) => m[1],
  );
}

/** Years of every table with year columns, by `${formId}#${blockIndex}`. */
function resolveTableYears(
  pack: Pack,
  snapshot: BaseDataSnapshot,
  params: Record<string, unknown>,
  today: string,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  pack.forms.forEach((form) =>
    form.blocks.forEach((b, bi) => {
      if (b.type !== 'table' || !b.years) return;
      const r = evaluateExpression(b.years.last, { snapshot, params, today });
      const fallback = snapshot.years.length
        ? snapshot.years[snapshot.years.length - 1]
        : Number(today.slice(0, 4)) - 1;
      const last = r.ok && typeof r.value === 'number' && Number.isInteger(r.value) ? r.value : fallback;
      out[`${form.id}#${bi}`] = Array.from({ length: b.years.count }, (_, i) => last - b.years!.count + 1 + i);
    }),
  );
  return out;
}

/** The years a perYear field is shown over: those of the first table that shows it. */
function yearsOfField(pack: Pack, key: string, tableYears: Record<string, number[]>): number[] | undefined {
  for (const form of pack.forms) {
    for (let bi = 0; bi < form.blocks.length; bi++) {
      const b = form.blocks[bi];
      if (b.type !== 'table' || !b.years) continue;
      if (b.rows.some((r) => r.cells.some((c) => c.field === key))) return tableYears[`${form.id}#${bi}`];
    }
  }
  return Object.values(tableYears)[0];
}

/**
 * The application as it prints: for every field the bound default (with its source), the user's
 * override, the effective value and its problems, plus completeness. Pure: the print renderers
 * and the editor call it with the same inputs and get the same view.
 */
export function resolveApplication(input: ResolveInput): ResolvedApplication {
  const { pack, snapshot, today } = input;
  const rp = resolveParameters(pack, snapshot, input.params, today);
  const params = rp.params;
  const tableYears = resolveTableYears(pack, snapshot, params, today);
  const byKey = new Map(pack.fields.map((f) => [f.key, f]));
  const values: Record<string, FieldValue> = {};
  const resolved: Record<string, ResolvedField> = {};
  const state = new Map<string, 'busy' | 'done'>();

  const resolveField = (field: PackField): void => {
    if (state.get(field.key) === 'done') return;
    if (state.get(field.key) === 'busy') return; // cycle: reported below as a binding error
    state.set(field.key, 'busy');
    let cycle = false;
    for (const dep of dependencies(field)) {
      const d = byKey.get(dep);
      if (!d) continue;
      if (state.get(dep) === 'busy') cycle = true;
      else resolveField(d);
    }
    let bound: FieldValue = null;
    let bindingError: string | undefined;
    if (cycle) bindingError = `字段「${field.label}」的绑定与其他字段互相引用，无法计算`;
    else if (field.compute) {
      const r = evaluateExpression(field.compute, { snapshot, params, fields: values, today });
      if (r.ok) bound = coerceBound(field, r.value);
      else bindingError = r.error.message;
    } else if (field.bind) {
      const env = { snapshot, params, fields: values as Record<string, unknown>, today };
      if (field.perYear) {
        const perYear: Record<string, ScalarValue> = {};
        for (const y of yearsOfField(pack, field.key, tableYears) ?? []) {
          const r = evaluateExpression(field.bind, { ...env, vars: { year: y } });
          if (r.ok) perYear[String(y)] = scalar(r.value, field.type, field.decimals);
          else bindingError ??= r.error.message;
        }
        bound = perYear;
      } else {
        const r = evaluateExpression(field.bind, env);
        if (r.ok) bound = coerceBound(field, r.value);
        else bindingError = r.error.message;
      }
    } else if (field.type === 'table') bound = (field.defaultRows ?? []).map((r) => ({ ...r }));
    else if (field.default !== undefined) bound = field.default;

    // A locked field always shows what its binding or computation gives.
    const overridden = !field.locked && Object.prototype.hasOwnProperty.call(input.overrides, field.key);
    const value = overridden ? input.overrides[field.key] : bound;
    values[field.key] = value;
    const accepted = new Set(input.accepted?.[field.key] ?? []);
    const problems = [...checkFieldValue(field, value), ...catalogueProblems(field, value, input.checkCatalogue)].map(
      (p) => ({ ...p, accepted: accepted.has(p.code) }),
    );
    if (bindingError && !overridden)
      problems.unshift({
        code: 'binding',
        message: `「${field.label}」无法从基础数据取得：${bindingError}`,
        accepted: accepted.has('binding'),
      });
    const origin: ResolvedField['origin'] = overridden
      ? 'user'
      : isEmptyValue(value)
        ? 'empty'
        : field.bind || field.compute
          ? 'data'
          : 'default';
    const rf: ResolvedField = {
      key: field.key,
      label: field.label,
      type: field.type,
      bound,
      overridden,
      value,
      origin,
      problems,
    };
    if ((field.bind || field.compute) && field.source) rf.boundSource = field.source;
    if (bindingError) rf.bindingError = bindingError;
    if (overridden) rf.override = input.overrides[field.key];
    if ((field.type === 'narrative' || field.type === 'text') && typeof value === 'string')
      rf.wordCount = countWordChars(value);
    resolved[field.key] = rf;
    state.set(field.key, 'done');
  };
  for (const f of pack.fields) resolveField(f);

  const list = pack.fields.map((f) => resolved[f.key]);
  const invalid = list.filter((f) => f.problems.some((p) => !p.accepted)).length;
  const acceptedCount = list.filter((f) => f.problems.length > 0 && f.problems.every((p) => p.accepted)).length;
  const empty = list.filter((f) => isEmptyValue(f.value)).length;
  return {
    packId: pack.id,
    applicationId: input.applicationId,
    title: input.title ?? pack.title,
    status: input.status,
    params,
    paramLabels: rp.labels,
    schoolName: typeof snapshot.school.name === 'string' ? snapshot.school.name : '',
    tableYears,
    fields: resolved,
    fieldOrder: pack.fields.map((f) => f.key),
    completeness: { total: list.length, filled: list.length - empty, empty, invalid, accepted: acceptedCount },
    exportBlocked: invalid > 0,
  };
}
