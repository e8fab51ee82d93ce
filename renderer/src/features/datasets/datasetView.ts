// A data set as the page shows it: internal keys hidden (指标代码), references shown by the label of
// the row they point at (an asset's 所属实训场所 by the room's name, never its id). The grid and
// the record form see an ordinary definition; values are translated on load and on save.
import type { DatasetDef, DatasetRow, FieldDef } from '../../../../shared/datasets/datasetDefinition';
import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';
import { type ApiValue, toApiValue } from './buildSave';

export interface DatasetView {
  /** The definition the grid uses: hidden fields left out, references as a choice of labels. */
  def: DatasetDef;
  /**
   * A stored row's values as shown (ids of referenced rows → their labels). Changes and returns
   * the object given (the caller's own copy): a 50,000-row ledger is not copied twice on load.
   */
  fromStored: (values: Record<string, FieldValue>) => Record<string, FieldValue>;
  /** A shown value as the API takes it (money as 元 text, a label back to its id). */
  toApi: (field: FieldDef, v: FieldValue | undefined) => ApiValue;
}

/** Labels of a referenced data set's rows by id; a label shared by two rows names its other fields too. */
export function refLabels(rows: readonly DatasetRow[], labelFields: readonly string[]): Map<number, string> {
  const [first, ...rest] = labelFields;
  const short = rows.map((r) => String(r[first] ?? '').trim());
  const count = new Map<string, number>();
  for (const s of short) count.set(s, (count.get(s) ?? 0) + 1);
  const out = new Map<number, string>();
  rows.forEach((r, i) => {
    if (typeof r.id !== 'number' || !short[i]) return;
    const more = rest.map((k) => String(r[k] ?? '').trim()).filter(Boolean);
    out.set(r.id, (count.get(short[i]) ?? 0) > 1 && more.length ? `${short[i]}（${more.join('，')}）` : short[i]);
  });
  return out;
}

/**
 * The page's view of a data set. `refs` holds, per referenced data set, its rows' labels by id
 * (from refLabels); without them a reference field is left out rather than shown as a number.
 */
export function datasetView(
  def: DatasetDef,
  refs: ReadonlyMap<string, ReadonlyMap<number, string>> = new Map(),
): DatasetView {
  const toLabel = new Map<string, ReadonlyMap<number, string>>();
  const toId = new Map<string, Map<string, number>>();
  const fields: FieldDef[] = [];
  for (const f of def.fields) {
    if (f.hidden) continue;
    if (!f.ref) {
      fields.push(f);
      continue;
    }
    const labels = refs.get(f.ref.dataset);
    if (!labels) continue;
    toLabel.set(f.key, labels);
    toId.set(f.key, new Map([...labels].map(([id, label]) => [label, id])));
    const { min: _min, max: _max, ...rest } = f;
    fields.push({ ...rest, type: 'choice', choices: [...new Set(labels.values())] });
  }
  const view: DatasetDef = { ...def, fields };
  return {
    def: view,
    fromStored(values) {
      for (const [key, labels] of toLabel) {
        const id = values[key];
        values[key] = typeof id === 'number' ? (labels.get(id) ?? null) : null;
      }
      return values;
    },
    toApi(field, v) {
      const ids = toId.get(field.key);
      if (ids) return typeof v === 'string' && v !== '' ? (ids.get(v) ?? null) : null;
      return toApiValue(field.type, v);
    },
  };
}
