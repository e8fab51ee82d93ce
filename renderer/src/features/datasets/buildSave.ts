// What an autosave sends, cell by cell: every valid change is saved, whatever else the row or the
// page holds. A cell that is invalid, or takes part in a broken rule across fields, waits as a
// draft; a new row waits until its required fields are given (then it is sent whole, less its
// waiting cells). Money travels to dataset/save as 元 text (the core parses what users type).
import type { DatasetDef, DatasetRow, FieldDef } from '../../../../shared/datasets/datasetDefinition';
import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';
import { formatFenAsYuan } from '../../../../shared/format/money';
import type { GridRow } from '../grid/gridRow';
import { fieldsOfBrokenRules } from '../grid/gridRules';

export type ApiValue = string | number | boolean | null;

export function toApiValue(type: string, v: FieldValue | undefined): ApiValue {
  if (v === undefined) return null;
  if (type === 'money' && typeof v === 'number') return formatFenAsYuan(v);
  return v;
}

export interface SaveBatch {
  upserts: DatasetRow[];
  /** Row keys in upsert order, to map the core's per-row problems back (row N = sentKeys[N-1]). */
  sentKeys: string[];
  /** Fields sent per row key: after success they are no longer dirty (unless edited again meanwhile). */
  sentFields: Map<string, Set<string>>;
  /** Accepted rule exceptions sent, for upserts[index]. */
  exceptions: { index: number; rules: string[] }[];
  /** Deleted stored rows that upserts[index] brings back (撤销 of 删除行). */
  restores: { index: number; id: number }[];
  /** Rows with a change that waits (invalid cell, broken rule, new row lacking required fields). */
  heldBack: number;
}

export interface SaveInput {
  def: Pick<DatasetDef, 'fields' | 'rules'>;
  rows: readonly GridRow[];
  /** Changed fields per row key. */
  dirty: ReadonlyMap<string, ReadonlySet<string>>;
  /** Rows whose accepted exceptions changed. */
  exceptionsDirty?: ReadonlySet<string>;
  /** A value as the API takes it (money as 元 text; a room's name back to its id …). */
  toApi?: (field: FieldDef, v: FieldValue | undefined) => ApiValue;
}

function isGiven(v: FieldValue | undefined): boolean {
  return v !== null && v !== undefined && v !== '';
}

export function buildSave({ def, rows, dirty, exceptionsDirty = new Set(), toApi }: SaveInput): SaveBatch {
  const batch: SaveBatch = {
    upserts: [],
    sentKeys: [],
    sentFields: new Map(),
    exceptions: [],
    restores: [],
    heldBack: 0,
  };
  if (!dirty.size && !exceptionsDirty.size) return batch;
  const keys = new Set([...dirty.keys(), ...exceptionsDirty]);
  const index = new Map<string, GridRow>();
  for (const r of rows) if (keys.has(r.key)) index.set(r.key, r);
  const byKey = new Map(def.fields.map((f) => [f.key, f]));
  const apiValue = (f: FieldDef, v: FieldValue | undefined) => (toApi ? toApi(f, v) : toApiValue(f.type, v));
  for (const key of keys) {
    const row = index.get(key);
    if (!row) continue;
    const waiting = fieldsOfBrokenRules(row, def.rules);
    for (const k of Object.keys(row.errors ?? {})) waiting.add(k);
    const changed = dirty.get(key) ?? new Set<string>();
    const out: DatasetRow = {};
    const sent = new Set<string>();
    let held = [...changed].some((k) => waiting.has(k));
    if (row.id !== undefined) {
      out.id = row.id;
      for (const k of changed) {
        const f = byKey.get(k);
        if (!f || waiting.has(k)) continue;
        out[k] = apiValue(f, row.values[k]);
        sent.add(k);
      }
    } else {
      const blank = def.fields.every((f) => !isGiven(row.values[f.key])) && !row.drafts;
      if (blank) continue; // a blank new row is not a record yet
      if (row.missing?.length || def.fields.some((f) => f.required && waiting.has(f.key))) {
        batch.heldBack++;
        continue;
      }
      for (const f of def.fields) {
        if (waiting.has(f.key) || !isGiven(row.values[f.key])) continue;
        out[f.key] = apiValue(f, row.values[f.key]);
        sent.add(f.key);
      }
      held = waiting.size > 0;
    }
    // An exception travels with its row (a new row's with its insert). A stored row's changed
    // exceptions wait while it breaks a rule it does not except (the core checks every rule then).
    let sendExceptions = exceptionsDirty.has(key) || (row.id === undefined && !!row.accepted?.length);
    if (sendExceptions && row.id !== undefined && row.ruleErrors && Object.keys(row.ruleErrors).length) {
      sendExceptions = false;
      held = true;
    }
    if (held) batch.heldBack++;
    if (!sent.size && !sendExceptions) continue;
    if (sendExceptions) batch.exceptions.push({ index: batch.upserts.length, rules: [...(row.accepted ?? [])] });
    if (row.id === undefined && row.restoreOf !== undefined)
      batch.restores.push({ index: batch.upserts.length, id: row.restoreOf });
    batch.upserts.push(out);
    batch.sentKeys.push(key);
    batch.sentFields.set(key, sent);
  }
  return batch;
}
