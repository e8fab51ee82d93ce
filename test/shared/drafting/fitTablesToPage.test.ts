// A table that runs a few millimetres into the side margins in Word stays on its portrait page in
// the draft: the side margins give it room. A table far wider than the page is left to the printer.
import { describe, expect, it } from 'vitest';

import type { DraftBlock } from '../../../shared/drafting/draftTypes';
import { fitTablesToPage } from '../../../shared/drafting/fitTablesToPage';
import type { PackStyle } from '../../../shared/packs/packSchema';

const table = (widths: number[]): DraftBlock => ({
  type: 'table',
  widthUnit: 'mm',
  columns: widths.map((width) => ({ width })),
  rows: [{ cells: widths.map(() => ({ text: '' })) }],
});
const style = (): Partial<PackStyle> => ({ margins: { top: 25.4, bottom: 25.4, binding: 31.8, outer: 31.8 } });

describe('tables a little wider than the text', () => {
  it('narrow the side margins just enough (河北 健康检查表: 149.4 mm on 146.4 mm)', () => {
    const s = style();
    fitTablesToPage(s, [table([19.4, 30, 50, 50])], 210);
    expect(s.margins).toEqual({ top: 25.4, bottom: 25.4, binding: 29.8, outer: 29.8 });
    expect(210 - s.margins!.binding - s.margins!.outer).toBeGreaterThanOrEqual(149.4);
  });

  it('leave the page alone when the table fits, or when it is far wider than the page', () => {
    const fits = style();
    fitTablesToPage(fits, [table([70, 70])], 210);
    expect(fits.margins).toEqual(style().margins);
    const wide = style();
    fitTablesToPage(wide, [table([100, 100, 60])], 210);
    expect(wide.margins).toEqual(style().margins);
  });
});
