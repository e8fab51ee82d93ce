// Keys on the grid as Excel has them: arrows, Enter/Tab moves, Ctrl+arrow jumps, F2 edits, Delete
// clears, Ctrl+Z/Y undo and redo; while editing, Enter/Tab commit and Esc cancels. A key the IME
// owns (the Enter or Space that confirms a Pinyin composition) is left alone.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { type CellPos, type Move, moveCell, tabCell } from './selection';
import { type CellEditor, editorOptions, type Suggest } from './useCellEditor';

export interface GridKeyContext {
  editor: CellEditor;
  fields: readonly FieldDef[];
  focus: CellPos;
  rowCount: number;
  colCount: number;
  /** Rows a PageDown moves by (what fits in the scroller). */
  pageRows: () => number;
  select: (pos: CellPos, extend?: boolean) => void;
  selectAll: () => void;
  clearRange: () => void;
  onUndo: () => void;
  onRedo?: () => void;
  suggest?: Suggest;
}

export function arrowMove(key: string): Move {
  return key === 'ArrowUp' ? 'up' : key === 'ArrowDown' ? 'down' : key === 'ArrowLeft' ? 'left' : 'right';
}

function editingKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>, k: GridKeyContext): void {
  const { editor, rowCount, colCount } = k;
  const editing = editor.editing!;
  const ta = e.currentTarget;
  const options = editorOptions(k.fields[editing.pos.col], ta.value, k.suggest);
  if (e.key === 'Enter' && e.altKey) {
    e.preventDefault();
    ta.setRangeText('\n', ta.selectionStart, ta.selectionEnd, 'end');
    editor.setEditValue(ta.value);
  } else if (e.key === 'Enter' || e.key === 'Tab') {
    e.preventDefault();
    const from = editing.pos;
    editor.finishEdit(true);
    k.select(
      e.key === 'Enter'
        ? moveCell(from, e.shiftKey ? 'up' : 'down', rowCount + (e.shiftKey ? 0 : 1), colCount)
        : tabCell(from, e.shiftKey, rowCount, colCount),
    );
  } else if (e.key === 'Escape') {
    e.preventDefault();
    editor.finishEdit(false);
  } else if (options.length && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    e.preventDefault();
    editor.setPick((p) => (e.key === 'ArrowDown' ? Math.min(options.length - 1, p + 1) : Math.max(-1, p - 1)));
  } else if (editing.mode === 'enter' && e.key.startsWith('Arrow')) {
    e.preventDefault();
    const from = editing.pos;
    editor.finishEdit(true);
    k.select(moveCell(from, arrowMove(e.key), rowCount, colCount));
  }
}

export function gridKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>, k: GridKeyContext): void {
  // The IME owns this key (the Enter or Space that confirms a Pinyin composition): leave it alone.
  // keyCode 229 is how Chromium marks a key the IME is processing before compositionstart; no
  // standard property says so yet, hence the deprecated one.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only signal for an IME key before composition starts
  if (e.nativeEvent.isComposing || e.keyCode === 229) return;
  if (k.editor.editing) {
    editingKeyDown(e, k);
    return;
  }
  const { focus, rowCount, colCount, select } = k;
  const ctrl = e.ctrlKey || e.metaKey;
  const arrow = e.key.startsWith('Arrow') ? arrowMove(e.key) : null;
  if (arrow) {
    e.preventDefault();
    const jump: Move | null = ctrl
      ? ({ up: 'top', down: 'bottom', left: 'home', right: 'end' } as const)[arrow as 'up']
      : null;
    select(moveCell(focus, jump ?? arrow, rowCount, colCount), e.shiftKey);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    select(moveCell(focus, e.shiftKey ? 'up' : 'down', rowCount, colCount));
  } else if (e.key === 'Tab') {
    e.preventDefault();
    select(tabCell(focus, e.shiftKey, rowCount, colCount));
  } else if (e.key === 'F2') {
    e.preventDefault();
    k.editor.startEdit('edit');
  } else if (e.key === 'Delete') {
    e.preventDefault();
    k.clearRange();
  } else if (e.key === 'Backspace') {
    e.preventDefault();
    k.editor.startEdit('enter', '');
  } else if (e.key === 'Home' || e.key === 'End') {
    e.preventDefault();
    const to: Move = ctrl ? (e.key === 'Home' ? 'top' : 'bottom') : e.key === 'Home' ? 'home' : 'end';
    select(moveCell(focus, to, rowCount, colCount), e.shiftKey);
  } else if (e.key === 'PageDown' || e.key === 'PageUp') {
    e.preventDefault();
    select(moveCell(focus, e.key === 'PageDown' ? 'pageDown' : 'pageUp', rowCount, colCount, k.pageRows()), e.shiftKey);
  } else if (ctrl && e.key.toLowerCase() === 'a') {
    e.preventDefault();
    k.selectAll();
  } else if (ctrl && (e.key.toLowerCase() === 'y' || (e.shiftKey && e.key.toLowerCase() === 'z'))) {
    e.preventDefault();
    k.onRedo?.();
  } else if (ctrl && e.key.toLowerCase() === 'z') {
    e.preventDefault();
    k.onUndo();
  } else if (e.altKey && e.key === 'ArrowDown') {
    e.preventDefault();
    k.editor.startEdit('edit');
  }
  // Printable keys fall through: they land in the textarea and onInput starts the edit.
}
