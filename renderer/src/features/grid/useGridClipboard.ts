// Copy, cut, paste and clear on the grid's selection, as Excel and WPS exchange blocks (tab-separated
// text). The editor's own text is left to the browser while a cell is being edited.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { copyText, planPaste } from './gridClipboard';
import type { CellEdit } from './gridEdits';
import type { GridRow } from './gridRow';
import type { CellPos, CellRange } from './selection';

export interface GridClipboardDeps {
  editing: boolean;
  range: CellRange;
  rows: readonly GridRow[];
  view: readonly number[];
  fields: readonly FieldDef[];
  fieldKeys: readonly string[];
  textAt: (pos: CellPos) => string;
  onEdit: (edits: CellEdit[], label: string) => void;
  /** Selects what a paste covered. */
  selectBlock: (block: CellRange) => void;
}

export function useGridClipboard(d: GridClipboardDeps) {
  const { range, view } = d;

  const clearRange = () => {
    const edits: CellEdit[] = [];
    for (let r = range.top; r <= range.bottom && r < view.length; r++) {
      for (let c = range.left; c <= range.right; c++)
        if (d.textAt({ row: r, col: c }) !== '') edits.push({ row: view[r], field: d.fields[c].key, text: '' });
    }
    if (edits.length) d.onEdit(edits, '清除');
  };

  const onCopy = (e: React.ClipboardEvent<HTMLTextAreaElement>, cut: boolean) => {
    if (d.editing) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copyText(range, view.length, d.textAt));
    if (cut) clearRange();
  };

  const onPaste = (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    if (d.editing) return;
    e.preventDefault();
    const plan = planPaste(e.clipboardData.getData('text/plain'), range, view, d.rows.length, d.fieldKeys);
    if (!plan) return;
    d.onEdit(plan.edits, '粘贴');
    if (plan.covered) d.selectBlock(plan.covered);
  };

  return { clearRange, onCopy, onPaste };
}
