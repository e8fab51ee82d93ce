// Word lets a table run a few millimetres into the side margins (a 149 mm table on a 146 mm text
// width is common); the printer turns a table wider than the text onto landscape pages. A drafted
// form keeps the attachment's page instead: its side margins give the table the room it had.
import type { PackStyle } from '../packs/packSchema.js';
import type { DraftBlock } from './draftTypes.js';

/** Overhang into the margins that is still "the same page" (beyond it the table really is wider). */
const MAX_OVERHANG_MM = 25;
/** Side margins are never drafted narrower than this. */
const MIN_MARGIN_MM = 5;

export function fitTablesToPage(style: Partial<PackStyle>, blocks: DraftBlock[], pageWidthMm: number): void {
  const m = style.margins;
  if (!m) return;
  let widest = 0;
  for (const b of blocks)
    if (b.type === 'table' && b.widthUnit === 'mm')
      widest = Math.max(
        widest,
        b.columns.reduce((n, c) => n + c.width, 0),
      );
  const over = widest - (pageWidthMm - m.binding - m.outer);
  if (over <= 0 || over > MAX_OVERHANG_MM) return;
  // Half from each side, and a millimetre to spare for rounding.
  const take = over / 2 + 0.5;
  const binding = Math.max(MIN_MARGIN_MM, Math.round((m.binding - take) * 10) / 10);
  const outer = Math.max(MIN_MARGIN_MM, Math.round((m.outer - take) * 10) / 10);
  if (pageWidthMm - binding - outer < widest) return; // the page cannot hold it: leave it to the printer
  style.margins = { ...m, binding, outer };
}
