// Which rows the grid shows, in which order: per-column text filters, a search box across columns,
// and a sort by one column. Returns indices into the rows array.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { isNumeric } from './cellText';
import type { GridRow } from './gridRow';
import { SearchIndex } from './searchIndex';

export interface SortSpec {
  field: string;
  dir: 'asc' | 'desc';
}

export interface ViewSpec {
  sort?: SortSpec | null;
  /** Per field key: text the cell must contain (case-insensitive). */
  filters?: Readonly<Record<string, string>>;
  /** Text any cell of the row must contain. */
  search?: string;
  /** Rows kept visible at the end whatever the filter and sort (rows just added in this session). */
  pinned?: (row: GridRow) => boolean;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** `index` keeps row texts between calls (the grid holds one per field list); tests may omit it. */
export function computeView(rows: readonly GridRow[], fields: readonly FieldDef[], spec: ViewSpec, index = new SearchIndex(fields)): number[] {
  const search = (spec.search ?? '').trim().toLowerCase();
  const filters = Object.entries(spec.filters ?? {})
    .map(([k, v]) => [fields.findIndex((f) => f.key === k), v.trim().toLowerCase()] as const)
    .filter(([i, v]) => i >= 0 && v !== '');
  let view: number[] = [];
  const pinned: number[] = [];
  if (spec.pinned && (search || filters.length || spec.sort)) {
    for (let i = 0; i < rows.length; i++) if (spec.pinned(rows[i])) pinned.push(i);
  }
  const isPinned = pinned.length ? new Set(pinned) : null;
  if (!search && !filters.length) {
    view = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) view[i] = i;
    if (isPinned) view = view.filter((i) => !isPinned.has(i));
  } else {
    // The search box (or else the first column filter) narrows through the joined index; any
    // other column filters check only the rows that are left.
    const [first, ...rest] = filters;
    const candidates = search ? index.search(rows, search) : index.search(rows, first[1], first[0]);
    const checks = search ? filters : rest;
    for (const i of candidates) {
      if (isPinned?.has(i)) continue;
      if (checks.length) {
        const cells = index.rowTexts(rows[i]).cells;
        let ok = true;
        for (const [fi, needle] of checks) {
          if (!cells[fi].includes(needle)) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
      }
      view.push(i);
    }
  }
  const sort = spec.sort;
  const field = sort ? fields.find((f) => f.key === sort.field) : undefined;
  if (sort && field) {
    const sign = sort.dir === 'asc' ? 1 : -1;
    const numeric = isNumeric(field);
    const keyOf = (i: number): string | number | null => {
      const r = rows[i];
      if (r.drafts?.[field.key] !== undefined) return r.drafts[field.key];
      const v = r.values[field.key];
      if (v === null || v === undefined || v === '') return null;
      if (typeof v === 'boolean') return v ? 1 : 0;
      return numeric && typeof v === 'number' ? v : String(v);
    };
    const keys = new Map<number, string | number | null>();
    for (const i of view) keys.set(i, keyOf(i));
    view.sort((a, b) => {
      const x = keys.get(a)!;
      const y = keys.get(b)!;
      // Empty cells go last in either direction, as Excel sorts them.
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      let c: number;
      if (typeof x === 'number' && typeof y === 'number') c = x - y;
      else c = collator.compare(String(x), String(y));
      return c !== 0 ? c * sign : a - b;
    });
  }
  return pinned.length ? view.concat(pinned) : view;
}
