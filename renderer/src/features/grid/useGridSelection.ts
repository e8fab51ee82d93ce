// The grid's selection in view coordinates: an anchor and a focus cell, kept inside the view when
// rows disappear, told to the page (selected rows) only when it changes, and the handle the page
// uses to select a row it just added.
import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { GridRow } from './gridRow';
import { type CellPos, type CellRange, clampPos, rangeOf } from './selection';

export interface DataGridHandle {
  /** Selects the first cell of the row with this key (e.g. after 新增行). */
  focusRow(this: void, key: string): void;
  focus(this: void): void;
}

export interface GridSelectionDeps {
  rows: readonly GridRow[];
  view: readonly number[];
  /** Rows drawn (the view, or the one ready row of an empty data set). */
  shownCount: number;
  colCount: number;
  scrollIntoView: (pos: CellPos) => void;
  /** Scrolls a view row into view later (after the page has drawn it). */
  scrollToRow: (viewRow: number) => void;
  focusEditor: () => void;
  onSelectRows?: (keys: string[]) => void;
  handleRef?: RefObject<DataGridHandle | null>;
}

export function useGridSelection(d: GridSelectionDeps) {
  const { rows, view, shownCount, colCount, scrollIntoView, onSelectRows } = d;
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: 0 });
  const [focus, setFocus] = useState<CellPos>({ row: 0, col: 0 });
  const range = useMemo(() => rangeOf(anchor, focus), [anchor, focus]);
  // For the handle, which runs after a render.
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });

  const select = useCallback(
    (pos: CellPos, extend = false) => {
      const p = clampPos(pos, Math.max(1, shownCount), colCount);
      setFocus(p);
      if (!extend) setAnchor(p);
      scrollIntoView(p);
    },
    [shownCount, colCount, scrollIntoView],
  );

  /** Selects a block (after a paste: what it covered). */
  const selectBlock = (block: CellRange) => {
    setAnchor({ row: block.top, col: block.left });
    setFocus({ row: block.bottom, col: block.right });
  };

  // Tell the page which rows are selected only when that changes: a filter that leaves the
  // selection alone must not re-render the page a second time before the grid is painted.
  const lastSelected = useRef<string[]>([]);
  useEffect(() => {
    if (!onSelectRows) return;
    const keys: string[] = [];
    for (let r = range.top; r <= range.bottom && r < view.length; r++) keys.push(rows[view[r]].key);
    const last = lastSelected.current;
    if (keys.length === last.length && keys.every((k, i) => k === last[i])) return;
    lastSelected.current = keys;
    onSelectRows(keys);
  }, [range.top, range.bottom, view, rows, onSelectRows]);

  // Keep the selection inside the view when rows disappear (filter, delete): adjusted while
  // rendering, so the rows are never drawn with a selection outside them.
  if (focus.row >= Math.max(1, shownCount)) {
    const p = clampPos(focus, Math.max(1, shownCount), colCount);
    setFocus(p);
    setAnchor(p);
  }

  const { handleRef, scrollToRow, focusEditor } = d;
  useLayoutEffect(() => {
    if (!handleRef) return;
    handleRef.current = {
      focusRow(key) {
        const v = view.indexOf(rowsRef.current.findIndex((x) => x.key === key));
        if (v < 0) return;
        setAnchor({ row: v, col: 0 });
        setFocus({ row: v, col: 0 });
        setTimeout(() => {
          scrollToRow(v);
          focusEditor();
        }, 0);
      },
      focus: focusEditor,
    };
  });

  return { anchor, focus, range, select, selectBlock, setAnchor, setFocus };
}
