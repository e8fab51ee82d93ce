// The problems of an import file, each with its place in the shared wording (describePlace). A
// 50,000-row file can bring 2,000 listed problems: only the lines in view are laid out, so the list
// costs the window the same whatever the count (2,000 list items took ~250 ms to render and lay out).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

import { placedLine } from '../../../../shared/api/describePlace';
import type { ImportProblemView } from '../../../../shared/api/importCalls';

const LINE_H = 20;

function problemLine(p: ImportProblemView): string {
  return placedLine(p.message, {
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    header: p.header,
    field: p.fieldLabel,
  });
}

export function ImportProblemList({
  problems,
  onShowMapping,
}: {
  problems: ImportProblemView[];
  /** Offered on a problem without a column (a field with no column): 调整列对应. Absent once shown. */
  onShowMapping?: () => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual's API changes identity every render; this list does no memoisation of its own.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: problems.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_H,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className="import-problems">
      <ol style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const p = problems[v.index];
          return (
            <li
              key={v.index}
              value={v.index + 1}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {problemLine(p)}
              {p.column === undefined && p.field && onShowMapping && (
                <button type="button" className="import-inline-btn" onClick={onShowMapping}>
                  调整列对应
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
