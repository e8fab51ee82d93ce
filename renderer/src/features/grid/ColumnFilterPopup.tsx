// A column's filter list (FilterPanel) opened from its header's ▾, placed under that header inside
// the grid's frame; applying, sorting or closing it gives the keys back to the grid.
import { type RefObject, useState } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { FilterPanel } from './FilterPanel';
import type { useGridView } from './useGridView';

interface Placed {
  col: number;
  left: number;
  top: number;
}

/** Which column's list is open, and where: under its header, kept inside the frame. */
export function useColumnFilterPopup(
  frameRef: RefObject<HTMLDivElement | null>,
  scrollRef: RefObject<HTMLDivElement | null>,
) {
  const [placed, setPlaced] = useState<Placed | null>(null);
  const open = (col: number) => {
    const frame = frameRef.current;
    const cellEl = scrollRef.current?.querySelectorAll<HTMLElement>('[role=columnheader]')[col];
    if (!frame || !cellEl) return;
    const f = frame.getBoundingClientRect();
    const c = cellEl.getBoundingClientRect();
    const left = Math.max(4, Math.min(c.left - f.left, f.width - 330));
    setPlaced({ col, left, top: c.bottom - f.top });
  };
  return { placed, open, close: () => setPlaced(null) };
}

export function ColumnFilterPopup({
  placed,
  fields,
  grid,
  onDone,
}: {
  placed: Placed | null;
  fields: readonly FieldDef[];
  grid: ReturnType<typeof useGridView>;
  /** Closes the list and gives the keys back to the grid. */
  onDone: () => void;
}) {
  const field = placed ? fields[placed.col] : undefined;
  if (!placed || !field) return null;
  return (
    <FilterPanel
      key={placed.col}
      field={field}
      left={placed.left}
      top={placed.top}
      filter={grid.filters[field.key]}
      values={() => grid.valuesOf(field)}
      onApply={(filter) => {
        grid.setFilter(field.key, filter);
        onDone();
      }}
      onSort={(dir) => {
        grid.sortBy(field.key, dir);
        onDone();
      }}
      onClose={onDone}
    />
  );
}
