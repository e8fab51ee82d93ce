// The grid's scrolling: virtualised rows under the sticky header, and bringing a cell into view
// (rows through the virtualiser, columns past the frozen row numbers and first column).
import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback } from 'react';

import { NUM_W, ROW_H } from './gridLayout';
import type { CellPos } from './selection';

export interface GridScrollDeps {
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Rows drawn (the view, or the one ready row of an empty data set). */
  shownCount: number;
  /** Rows of the view. */
  rowCount: number;
  /** Height of the header (and the filter row when open) inside the same scroller. */
  headH: number;
  lefts: readonly number[];
  widths: readonly number[];
}

export function useGridScroll({ scrollRef, shownCount, rowCount, headH, lefts, widths }: GridScrollDeps) {
  // The React Compiler skips this hook (TanStack Virtual's API changes identity every render);
  // the grid does its own memoisation and does not rely on the compiler's.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: shownCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 12,
    // The body starts below the sticky header inside the same scroller.
    scrollMargin: headH,
    scrollPaddingStart: headH,
    scrollPaddingEnd: ROW_H + 4,
  });

  const scrollIntoView = useCallback(
    (pos: CellPos) => {
      if (pos.row < rowCount) virtualizer.scrollToIndex(pos.row, { align: 'auto' });
      const el = scrollRef.current;
      if (!el || pos.col >= lefts.length) return;
      const left = lefts[pos.col];
      const right = left + widths[pos.col];
      // Row numbers and the frozen first column cover the left edge of the scrolled area.
      const covered = pos.col === 0 ? NUM_W : NUM_W + widths[0];
      if (left - covered < el.scrollLeft) el.scrollLeft = Math.max(0, left - covered);
      else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
    },
    [virtualizer, rowCount, lefts, widths, scrollRef],
  );

  /** Rows one Page Down moves: those that fit under the header, less one. */
  const pageRows = () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - headH) / ROW_H) - 1);

  return { virtualizer, scrollIntoView, pageRows };
}
