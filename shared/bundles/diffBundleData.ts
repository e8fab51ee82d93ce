import type { DatasetDef, DatasetRow } from '../datasets/datasetDefinition.js';

type Cell = string | number | boolean | null | undefined;
type Row = Record<string, Cell>;

export interface DatasetDiff {
  dataset: string;
  label: string;
  /** Statistical year for yearly data sets, null otherwise. */
  year: number | null;
  added: number;
  changed: number;
  unchanged: number;
  /** A few examples for the preview: which record and which fields (Chinese labels). */
  examples: { record: string; fields: string[]; kind: 'added' | 'changed' }[];
}

export interface DatasetUpsertPlan {
  dataset: string;
  year?: number;
  /** Rows to write: with `id` to update an existing record, without to add one. */
  upserts: DatasetRow[];
}

export interface BundleDiff {
  datasets: DatasetDiff[];
  plan: DatasetUpsertPlan[];
  /** Data sets in the bundle that this version does not know; skipped. */
  unknownDatasets: string[];
}

const empty = (v: Cell) => v === undefined || v === null || v === '';
const same = (a: Cell, b: Cell) => (empty(a) && empty(b)) || a === b;

function describeRow(def: DatasetDef, row: Row): string {
  const keyField =
    def.keyFields?.find((k) => !empty(row[k])) ?? def.fields.find((f) => f.type === 'text' && !empty(row[f.key]))?.key;
  return keyField ? String(row[keyField]) : `第 ${String(row.id ?? '?')} 条`;
}

/** Field sets that identify a row, tried in order (rooms: 中心 + 名称; enterprises: 信用代码, then 名称). */
export type KeySets = (def: DatasetDef) => readonly (readonly string[])[];
const keyFieldsOneByOne: KeySets = (def) => (def.keyFields ?? []).map((k) => [k]);

const keyText = (row: Row, fields: readonly string[]) =>
  fields.some((f) => empty(row[f])) ? null : fields.map((f) => String(row[f])).join('\u0000');

/** Finds the existing record a bundle row stands for: by the first key set the row has values for and that matches. */
function matcher(def: DatasetDef, existing: readonly Row[], keySets: KeySets): (row: Row) => Row | undefined {
  const sets = keySets(def);
  const indexes = sets.map((fields) => {
    const m = new Map<string, Row>();
    for (const r of existing) {
      const t = keyText(r, fields);
      if (t !== null && !m.has(t)) m.set(t, r);
    }
    return m;
  });
  return (row) => {
    for (let i = 0; i < sets.length; i++) {
      const t = keyText(row, sets[i]);
      const hit = t === null ? undefined : indexes[i].get(t);
      if (hit) return hit;
    }
    if (!sets.length) return existing.find((r) => def.fields.every((f) => same(r[f.key], row[f.key])));
    return undefined;
  };
}

function diffRows(
  def: DatasetDef,
  year: number | null,
  incoming: readonly Row[],
  existing: readonly Row[],
  keySets: KeySets,
): { diff: DatasetDiff; upserts: DatasetRow[] } {
  const diff: DatasetDiff = {
    dataset: def.name,
    label: def.label,
    year,
    added: 0,
    changed: 0,
    unchanged: 0,
    examples: [],
  };
  const upserts: DatasetRow[] = [];
  const find = def.single ? () => existing[0] : matcher(def, existing, keySets);
  for (const row of incoming) {
    const values: DatasetRow = {};
    for (const f of def.fields) if (f.key in row && row[f.key] !== undefined) values[f.key] = row[f.key];
    const hit = find(row);
    if (!hit) {
      diff.added++;
      if (diff.examples.length < 20) diff.examples.push({ record: describeRow(def, row), fields: [], kind: 'added' });
      upserts.push(values);
      continue;
    }
    const changedFields = def.fields.filter((f) => f.key in values && !same(values[f.key], hit[f.key]));
    if (!changedFields.length) {
      diff.unchanged++;
      continue;
    }
    diff.changed++;
    if (diff.examples.length < 20)
      diff.examples.push({ record: describeRow(def, row), fields: changedFields.map((f) => f.label), kind: 'changed' });
    const update: DatasetRow = { id: hit.id as number };
    for (const f of changedFields) update[f.key] = values[f.key];
    upserts.push(update);
  }
  return { diff, upserts };
}

function byYear(rows: readonly Row[]): Map<number, Row[]> {
  const m = new Map<number, Row[]>();
  for (const r of rows) {
    const y = Number(r.year);
    if (!m.has(y)) m.set(y, []);
    m.get(y)!.push(r);
  }
  return m;
}

/**
 * What importing a bundle's base data would add or change, by data set and year, and the rows to
 * write. Records present only in the database are left alone: an import never deletes.
 */
export function diffBundleData(
  defs: readonly DatasetDef[],
  incoming: { school: Row; data: Record<string, readonly Row[]> },
  current: { school: Row; data: Partial<Record<string, readonly Row[]>> },
  keySets: KeySets = keyFieldsOneByOne,
): BundleDiff {
  const out: BundleDiff = { datasets: [], plan: [], unknownDatasets: [] };
  const known = new Set(defs.map((d) => d.name as string));
  out.unknownDatasets = Object.keys(incoming.data).filter((n) => !known.has(n) && n !== 'school');
  for (const def of defs) {
    const inc = def.single
      ? Object.keys(incoming.school).length
        ? [incoming.school]
        : []
      : (incoming.data[def.name] ?? []);
    if (!inc.length) continue;
    const cur = def.single ? [current.school] : (current.data[def.name] ?? []);
    if (!def.yearly) {
      const { diff, upserts } = diffRows(def, null, inc, cur, keySets);
      out.datasets.push(diff);
      if (upserts.length) out.plan.push({ dataset: def.name, upserts });
      continue;
    }
    const curByYear = byYear(cur);
    for (const [year, rows] of [...byYear(inc)].sort((a, b) => a[0] - b[0])) {
      const { diff, upserts } = diffRows(def, year, rows, curByYear.get(year) ?? [], keySets);
      out.datasets.push(diff);
      if (upserts.length) out.plan.push({ dataset: def.name, year, upserts });
    }
  }
  return out;
}
