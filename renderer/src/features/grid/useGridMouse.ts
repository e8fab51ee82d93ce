// Mouse on the grid: click selects a cell (Shift extends), dragging selects a block, a click on a row
// number selects the row, double-click edits. The editor keeps the focus throughout.
import { useEffect, useRef } from 'react';

import type { CellPos } from './selection';
import type { CellEditor } from './useCellEditor';

export interface GridMouseDeps {
  editor: CellEditor;
  focus: CellPos;
  colCount: number;
  setFocus: (pos: CellPos) => void;
  setAnchor: (pos: CellPos) => void;
  focusEditor: () => void;
}

function cellFromEvent(e: React.MouseEvent): CellPos | null {
  const el = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
  if (!el) return null;
  const [r, c] = el.dataset.cell!.split(':').map(Number);
  return { row: r, col: c };
}

export function useGridMouse({ editor, focus, colCount, setFocus, setAnchor, focusEditor }: GridMouseDeps) {
  const dragging = useRef(false);

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  return {
    onMouseDown: (e: React.MouseEvent) => {
      if (e.button !== 0) return;
      const target = e.target as HTMLElement;
      if (target.closest('.dg-editor, .dg-choices, .dg-filter input')) return;
      const head = target.closest<HTMLElement>('[data-rowhead]');
      const pos = cellFromEvent(e);
      if (!pos && !head) {
        // A click on the grid's empty space (below the rows, or an empty data set) gives the
        // keyboard to the grid, so typing and Ctrl+V land in the active cell.
        // (The scroller itself is its scrollbars: left alone.)
        if (target !== e.currentTarget && !target.closest('.dg-head, .dg-totals')) {
          e.preventDefault();
          focusEditor();
        }
        return;
      }
      e.preventDefault();
      if (editor.editing) editor.finishEdit(true);
      if (head) {
        const r = Number(head.dataset.rowhead);
        if (e.shiftKey) setFocus({ row: r, col: colCount - 1 });
        else {
          setAnchor({ row: r, col: 0 });
          setFocus({ row: r, col: colCount - 1 });
        }
      } else if (pos) {
        setFocus(pos);
        if (!e.shiftKey) setAnchor(pos);
        dragging.current = true;
      }
      focusEditor();
    },
    onMouseOver: (e: React.MouseEvent) => {
      if (!dragging.current || e.buttons !== 1) return;
      const pos = cellFromEvent(e);
      if (pos && (pos.row !== focus.row || pos.col !== focus.col)) setFocus(pos);
    },
    onDoubleClick: (e: React.MouseEvent) => {
      if (cellFromEvent(e)) editor.startEdit('edit');
    },
  };
}
