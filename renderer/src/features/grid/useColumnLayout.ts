// Where each column sits: its width (at least as wide as its 合计 over all rows, the largest a
// filter can show, so a total is never cut) and its left edge after the row numbers.
import { useMemo } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { columnWidth, displayText, isTotalled, sumRows } from './cellText';
import { NUM_W } from './gridLayout';
import type { GridRow } from './gridRow';

/** Pixels a 合计 text needs (13 px digits). */
function textWidth(text: string): number {
  return Math.ceil(text.length * 7.6) + 20;
}

export function useColumnLayout(fields: readonly FieldDef[], rows: readonly GridRow[], structure: number) {
  const fullTotals = useMemo(
    () => (fields.some(isTotalled) ? sumRows(fields, rows) : null),
    // Sized when rows come or go, not on every edit (a column does not twitch while typing).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fields, structure, rows.length],
  );
  const widths = useMemo(
    () =>
      fields.map((f) => {
        const w = columnWidth(f);
        const t = fullTotals?.[f.key];
        return t === undefined ? w : Math.max(w, textWidth(displayText(f, t)));
      }),
    [fields, fullTotals],
  );
  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = NUM_W;
    for (const w of widths) {
      out.push(x);
      x += w;
    }
    return out;
  }, [widths]);
  const totalWidth = lefts.length ? lefts[lefts.length - 1] + widths[widths.length - 1] : NUM_W;
  return { widths, lefts, totalWidth };
}
