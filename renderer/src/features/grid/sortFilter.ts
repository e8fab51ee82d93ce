// Which rows the grid shows, in which order: per-column text filters, a search box across columns,
// and a sort by one column. Returns indices into the rows array.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { displayText, isNumeric } from './cellText';
import type { GridRow } from './gridRow';

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

// Lower-cased cell texts per row, computed once per row object (rows are replaced on edit); a new
// field list starts a new cache since positions change.
interface RowTexts {
  cells: string[];
  /** All cells joined by \u0001 (which no search text contains): one includes() per row for the search box. */
  all: string;
}
let textCache = new WeakMap<GridRow, RowTexts>();
let cacheFields: readonly FieldDef[] | null = null;

function cellTexts(row: GridRow, fields: readonly FieldDef[]): RowTexts {
  if (cacheFields !== fields) {
    cacheFields = fields;
    textCache = new WeakMap();
  }
  let t = textCache.get(row);
  if (!t) {
    const cells = fields.map((f) => (row.drafts?.[f.key] ?? displayText(f, row.values[f.key])).toLowerCase());
    t = { cells, all: cells.join('\u0001') };
    textCache.set(row, t);
  }
  return t;
}

/** Computes texts ahead of the first search so filtering a large ledger stays fast. */
export function warmSearchCache(rows: readonly GridRow[], fields: readonly FieldDef[], from = 0, count = rows.length): number {
  const end = Math.min(rows.length, from + count);
  for (let i = from; i < end; i++) cellTexts(rows[i], fields);
  return end;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function computeView(rows: readonly GridRow[], fields: readonly FieldDef[], spec: ViewSpec): number[] {
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
    for (let i = 0; i < rows.length; i++) {
      if (isPinned?.has(i)) continue;
      const t = cellTexts(rows[i], fields);
      let ok = true;
      for (const [fi, needle] of filters) {
        if (!t.cells[fi].includes(needle)) {
          ok = false;
          break;
        }
      }
      if (ok && search && !t.all.includes(search)) ok = false;
      if (ok) view.push(i);
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
