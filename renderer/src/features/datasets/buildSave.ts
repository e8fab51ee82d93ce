// Which rows an autosave sends: only valid rows with changes; new rows send all their cells.
// Money travels to dataset/save as 元 text (the core parses what users type; it stores 分).
import type { DatasetDef, DatasetRow } from '../../../../shared/datasets/datasetDefinition';
import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';
import { formatFenAsYuan } from '../../../../shared/format/money';
import { type GridRow, hasErrors } from '../grid/gridRow';

export function toApiValue(type: string, v: FieldValue | undefined): string | number | boolean | null {
  if (v === undefined) return null;
  if (type === 'money' && typeof v === 'number') return formatFenAsYuan(v);
  return v;
}

export interface SaveBatch {
  upserts: DatasetRow[];
  /** Row keys in upsert order, to map the core's per-row problems back (row N = sentKeys[N-1]). */
  sentKeys: string[];
  /** The dirty sets sent, by key: cleared after success only if no newer edit replaced them. */
  sentSets: Map<string, Set<string>>;
  /** Rows held back because a cell is invalid. */
  heldBack: number;
}

export function buildSave(
  def: DatasetDef,
  rows: readonly GridRow[],
  dirty: ReadonlyMap<string, Set<string>>,
): SaveBatch {
  const batch: SaveBatch = { upserts: [], sentKeys: [], sentSets: new Map(), heldBack: 0 };
  if (!dirty.size) return batch;
  const index = new Map<string, GridRow>();
  for (const r of rows) if (dirty.has(r.key)) index.set(r.key, r);
  const types = new Map(def.fields.map((f) => [f.key, f.type]));
  for (const [key, fields] of dirty) {
    const row = index.get(key);
    if (!row) continue;
    if (hasErrors(row)) {
      batch.heldBack++;
      continue;
    }
    const out: DatasetRow = {};
    if (row.id !== undefined) {
      out.id = row.id;
      for (const k of fields) if (types.has(k)) out[k] = toApiValue(types.get(k)!, row.values[k]);
    } else {
      let any = false;
      for (const f of def.fields) {
        const v = row.values[f.key];
        if (v !== null && v !== undefined) {
          out[f.key] = toApiValue(f.type, v);
          any = true;
        }
      }
      if (!any) continue; // a blank new row is not a record yet
    }
    batch.upserts.push(out);
    batch.sentKeys.push(key);
    batch.sentSets.set(key, fields);
  }
  return batch;
}
