// The editor overlay: one textarea over the active cell that always holds the focus. Not editing,
// it is invisible and empty, so the first keystroke — or the first IME composition — lands in it and
// turns it into the editor. Choice fields show their list under it.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { NUM_W, ROW_H } from './gridLayout';
import type { CellPos } from './selection';
import { type CellEditor as EditorState, editorOptions, type Suggest } from './useCellEditor';

export interface CellEditorProps {
  editor: EditorState;
  editorRef: React.RefObject<HTMLTextAreaElement | null>;
  pos: CellPos;
  field: FieldDef | undefined;
  lefts: readonly number[];
  widths: readonly number[];
  onKeyDown: (e: React.KeyboardEvent<HTMLTextAreaElement>) => void;
  onCopy: (e: React.ClipboardEvent<HTMLTextAreaElement>, cut: boolean) => void;
  onPaste: (e: React.ClipboardEvent<HTMLTextAreaElement>) => void;
  /** After a choice was clicked: select that cell again and keep the focus. */
  onChosen: (pos: CellPos) => void;
  suggest?: Suggest;
}

export function CellEditor({
  editor,
  editorRef,
  pos,
  field,
  lefts,
  widths,
  onKeyDown,
  onCopy,
  onPaste,
  onChosen,
  suggest,
}: CellEditorProps) {
  const { editing, editValue, pick } = editor;
  const shown = editing ? editorOptions(field, editValue, suggest) : [];
  return (
    <>
      <textarea
        ref={editorRef}
        className={editing ? 'dg-editor editing' : 'dg-editor'}
        data-testid="grid-editor"
        aria-label={field ? `编辑「${field.label}」` : '编辑'}
        style={{
          top: pos.row * ROW_H,
          left: lefts[pos.col] ?? NUM_W,
          width: Math.max(widths[pos.col] ?? 120, editing && field?.type === 'longText' ? 320 : 0),
          height: editing && (field?.type === 'longText' || editValue.includes('\n')) ? ROW_H * 3 : ROW_H,
        }}
        spellCheck={false}
        autoComplete="off"
        onKeyDown={onKeyDown}
        onInput={editor.onInput}
        onCompositionStart={editor.onCompositionStart}
        onCopy={(e) => onCopy(e, false)}
        onCut={(e) => onCopy(e, true)}
        onPaste={onPaste}
        onBlur={() => {
          if (editing) editor.finishEdit(true);
        }}
      />
      {editing && shown.length > 0 && (
        <div
          className="dg-choices"
          style={{ top: (pos.row + 1) * ROW_H, left: lefts[pos.col], minWidth: widths[pos.col] }}
          role="listbox"
        >
          {shown.map((c, i) => (
            <div
              key={c.label}
              role="option"
              aria-selected={i === pick}
              className={i === pick ? 'dg-choice picked' : 'dg-choice'}
              onMouseDown={(e) => {
                e.preventDefault();
                const from = editing.pos;
                editor.commitChoice(c.value);
                onChosen(from);
              }}
            >
              {c.label}
            </div>
          ))}
        </div>
      )}
    </>
  );
}
