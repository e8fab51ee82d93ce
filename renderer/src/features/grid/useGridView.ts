// What the grid shows and in which order: the sort, the column filters and the search box applied
// to the rows (computeView), the performance marks the grid bench reads, and the search texts
// prepared in idle slices after loading so the first search of a 50,000-row ledger is fast.
import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { type ColumnFilter, distinctValues, isActive } from './columnFilter';
import type { GridRow } from './gridRow';
import { SearchIndex } from './searchIndex';
import { computeView, filterProblems, type SortSpec } from './sortFilter';

interface GridViewInput {
  rows: readonly GridRow[];
  fields: readonly FieldDef[];
  /** Changes when rows are added or removed: the view is re-sorted and re-filtered then. */
  structure: number;
  search: string;
  scrollRef: RefObject<HTMLDivElement | null>;
}

export function useGridView({ rows, fields, structure, search, scrollRef }: GridViewInput) {
  const [sort, setSort] = useState<SortSpec | null>(null);
  const [filters, setFilters] = useState<Record<string, ColumnFilter>>({});
  // For the idle warming and the filter panel's list, which run after a render.
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });
  const searchIndex = useMemo(() => new SearchIndex(fields), [fields]);

  // The order is recomputed when rows come or go, or the sort/filter changes — not on each edit,
  // so a cell edited under a filter does not jump away from under the cursor.
  const view = useMemo(
    () => {
      performance.mark('grid-view-compute');
      const v = computeView(
        rows,
        fields,
        { sort, filters, search, pinned: (r) => r.key.startsWith('new:') },
        searchIndex,
      );
      performance.mark('grid-view-computed');
      return v;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [structure, rows.length, fields, searchIndex, sort, filters, search],
  );

  useLayoutEffect(() => {
    performance.mark('grid-view-updated');
  }, [view]);
  useEffect(() => {
    // rAF runs just before the frame is painted; the task after it runs once it has been.
    let t: ReturnType<typeof setTimeout> | undefined;
    const id = requestAnimationFrame(() => {
      t = setTimeout(() => {
        performance.mark('grid-view-painted');
        scrollRef.current?.setAttribute('data-view-rows', String(view.length));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(id);
      if (t) clearTimeout(t);
    };
  }, [view, scrollRef]);

  useEffect(() => {
    let cancelled = false;
    let from = 0;
    // Slices of about 8 ms, so the window keeps answering (a timer, an import wizard over the
    // grid) while 50,000 rows are prepared; the joining of all texts is a slice of its own.
    const step = () => {
      if (cancelled) return;
      const rows = rowsRef.current;
      if (from >= rows.length) {
        searchIndex.warm(rows, from, 0);
        return;
      }
      const t0 = performance.now();
      do from = searchIndex.warm(rows, from, 500);
      while (from < rows.length && performance.now() - t0 < 8);
      setTimeout(step, 0);
    };
    const t = setTimeout(step, 50);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [structure, searchIndex]);

  const setFilter = useCallback((key: string, filter: ColumnFilter | undefined) => {
    performance.mark('grid-filter-start');
    setFilters((old) => {
      const { [key]: _gone, ...rest } = old;
      return filter ? { ...rest, [key]: filter } : rest;
    });
  }, []);
  /** A header click: ascending, then descending, then unsorted. */
  const toggleSort = useCallback((key: string) => {
    performance.mark('grid-sort-start');
    setSort((s) =>
      !s || s.field !== key ? { field: key, dir: 'asc' } : s.dir === 'asc' ? { field: key, dir: 'desc' } : null,
    );
  }, []);
  const sortBy = useCallback((key: string, dir: SortSpec['dir']) => {
    performance.mark('grid-sort-start');
    setSort({ field: key, dir });
  }, []);
  const clear = useCallback(() => {
    setFilters({});
    setSort(null);
  }, []);
  /** A column's values left by the other columns' filters and the search, as Excel lists them. */
  const valuesOf = (field: FieldDef) => {
    const { [field.key]: _mine, ...others } = filters;
    const base = computeView(rowsRef.current, fields, { filters: others, search }, searchIndex);
    return distinctValues(rowsRef.current, base, field);
  };

  const problems = useMemo(() => filterProblems(fields, filters), [fields, filters]);
  const filtering = search.trim() !== '' || Object.values(filters).some(isActive);
  return { view, sort, filters, filtering, problems, setFilter, toggleSort, sortBy, clear, valuesOf };
}
