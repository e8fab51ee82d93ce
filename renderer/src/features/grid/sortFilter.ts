// Which rows the grid shows, in which order: per-column filters (columnFilter), a search box across
// columns, and a sort by one column. Returns indices into the rows array.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { type ColumnFilter, type CompiledFilter, compileFilter } from './columnFilter';
import type { GridRow } from './gridRow';
import { SearchIndex } from './searchIndex';
import { sortRows } from './sortRows';

export interface SortSpec {
  field: string;
  dir: 'asc' | 'desc';
}

export interface ViewSpec {
  sort?: SortSpec | null;
  /** Per field key: what the column is filtered by. */
  filters?: Readonly<Record<string, ColumnFilter>>;
  /** Text any cell of the row must contain. */
  search?: string;
  /** Rows kept visible at the end whatever the filter and sort (rows just added in this session). */
  pinned?: (row: GridRow) => boolean;
}

type Compiled = { column: number; f: CompiledFilter };

function compiledFilters(fields: readonly FieldDef[], filters: ViewSpec['filters']): Compiled[] {
  const out: Compiled[] = [];
  for (const [key, filter] of Object.entries(filters ?? {})) {
    const column = fields.findIndex((f) => f.key === key);
    if (column < 0) continue;
    const f = compileFilter(fields[column], filter);
    if (f) out.push({ column, f });
  }
  return out;
}

/** Messages for filters that cannot be read (「abc」不是数字), by field key. */
export function filterProblems(
  fields: readonly FieldDef[],
  filters: Readonly<Record<string, ColumnFilter>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { column, f } of compiledFilters(fields, filters))
    if (f.kind === 'invalid') out[fields[column].key] = f.message;
  return out;
}

/** `index` keeps row texts between calls (the grid holds one per field list); tests may omit it. */
export function computeView(
  rows: readonly GridRow[],
  fields: readonly FieldDef[],
  spec: ViewSpec,
  index = new SearchIndex(fields),
): number[] {
  const search = (spec.search ?? '').trim().toLowerCase();
  const filters = compiledFilters(fields, spec.filters);
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
    // The search box (or else the first 「包含」 filter) narrows through the joined index; the
    // other filters check only the rows that are left.
    const narrowing = search ? null : filters.find((x) => x.f.kind === 'contains');
    // Each other filter as one test per row, in a plain indexed loop (50,000 rows per keystroke).
    const tests: ((row: GridRow) => boolean)[] = [];
    for (const x of filters) {
      if (x === narrowing || x.f.kind === 'invalid') continue;
      if (x.f.kind === 'test') tests.push(x.f.test);
      else {
        const { needle } = x.f;
        const column = x.column;
        tests.push((row) => index.rowTexts(row).cells[column].includes(needle));
      }
    }
    const visit = (i: number) => {
      if (isPinned?.has(i)) return;
      const row = rows[i];
      for (let t = 0; t < tests.length; t++) if (!tests[t](row)) return;
      view.push(i);
    };
    if (search) for (const i of index.search(rows, search)) visit(i);
    else if (narrowing && narrowing.f.kind === 'contains')
      for (const i of index.search(rows, narrowing.f.needle, narrowing.column)) visit(i);
    else for (let i = 0; i < rows.length; i++) visit(i);
  }
  const field = spec.sort ? fields.find((f) => f.key === spec.sort!.field) : undefined;
  if (spec.sort && field) sortRows(view, rows, field, spec.sort.dir);
  return pinned.length ? view.concat(pinned) : view;
}
