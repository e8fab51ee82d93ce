// The grid's cells by view position: the row shown at a view row, its own number (序号), the text a
// cell edits as, and where a view row is among all rows (rows past the end are new ones).
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { editText } from './cellText';
import type { GridRow } from './gridRow';
import type { CellPos } from './selection';

export function cellAccess(rows: readonly GridRow[], view: readonly number[], fields: readonly FieldDef[]) {
  const rowAt = (viewRow: number): GridRow | undefined => (viewRow < view.length ? rows[view[viewRow]] : undefined);
  return {
    rowAt,
    /** A view row's own number (序号): its place among all rows, whatever the sort or filter. */
    numberOf: (viewRow: number) =>
      viewRow < view.length ? view[viewRow] + 1 : rows.length + viewRow - view.length + 1,
    /** A cell's text as the editor shows it: an unsaved draft, or the stored value. */
    textAt: (pos: CellPos): string => {
      const row = rowAt(pos.row);
      if (!row) return '';
      const f = fields[pos.col];
      return row.drafts?.[f.key] ?? editText(f, row.values[f.key]);
    },
    /** A view row's index among all rows; past the view's end, the new rows after the last. */
    rowIndexOf: (viewRow: number) => (viewRow < view.length ? view[viewRow] : rows.length + (viewRow - view.length)),
  };
}
