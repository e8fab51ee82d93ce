// Which rows the grid shows, in which order: per-column text filters, a search box across columns,
// and a sort by one column. Returns indices into the rows array.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import type { GridRow } from './gridRow';
import { SearchIndex } from './searchIndex';
import { sortRows } from './sortRows';

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

/** `index` keeps row texts between calls (the grid holds one per field list); tests may omit it. */
export function computeView(
  rows: readonly GridRow[],
  fields: readonly FieldDef[],
  spec: ViewSpec,
  index = new SearchIndex(fields),
): number[] {
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
    view = new Array<number>(rows.length);
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
  const field = spec.sort ? fields.find((f) => f.key === spec.sort!.field) : undefined;
  if (spec.sort && field) sortRows(view, rows, field, spec.sort.dir);
  return pinned.length ? view.concat(pinned) : view;
}
