// The editing session of one cell: which cell is being edited and how (typed over, or F2 to change),
// the text so far, the highlighted choice, and committing the text as a cell edit.
import { type RefObject, useState } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { choicesOf } from './cellText';
import type { CellEdit } from './gridEdits';
import type { CellPos } from './selection';

export interface Editing {
  pos: CellPos;
  /** enter: started by typing, arrows leave the cell; edit: F2/double-click, arrows move the caret. */
  mode: 'enter' | 'edit';
  original: string;
}

export interface CellEditor {
  editing: Editing | null;
  editValue: string;
  setEditValue: (text: string) => void;
  /** Index of the highlighted choice in the filtered list, -1 for none. */
  pick: number;
  setPick: (update: (p: number) => number) => void;
  startEdit: (mode: Editing['mode'], initial?: string) => void;
  /** Ends the edit, committing the text when `save`; false when nothing was being edited. */
  finishEdit: (save: boolean) => boolean;
  /** Commits a choice clicked in the list (the editor closes). */
  commitChoice: (choice: string) => void;
  onInput: (e: React.InputEvent<HTMLTextAreaElement>) => void;
  onCompositionStart: () => void;
}

export interface CellEditorDeps {
  editorRef: RefObject<HTMLTextAreaElement | null>;
  fields: readonly FieldDef[];
  focus: CellPos;
  /** The text a cell holds for editing (its draft or its value). */
  textAt: (pos: CellPos) => string;
  /** The rows-array index of a view row; past the end of the view, the new row it appends. */
  rowIndexOf: (viewRow: number) => number;
  onEdit: (edits: CellEdit[], label: string) => void;
  focusEditor: () => void;
  suggest?: Suggest;
}

/** Choices offered while typing: those containing the text, or all when none does. */
export function filteredChoices(choices: readonly string[], typed: string): readonly string[] {
  const t = typed.trim();
  if (!t || choices.includes(t)) return choices;
  const hits = choices.filter((c) => c.includes(t));
  return hits.length ? hits : choices;
}

/** One entry of the list under the editor: what the cell gets, and what the list shows. */
export interface EditorOption {
  value: string;
  label: string;
}

/** Matches offered for what is typed in a cell that is not a choice (e.g. the 专业目录's). */
export type Suggest = (field: FieldDef, typed: string) => readonly EditorOption[] | undefined;

/** The list under the editor: a choice field's choices, or the page's suggestions. */
export function editorOptions(field: FieldDef | undefined, typed: string, suggest?: Suggest): readonly EditorOption[] {
  if (!field) return [];
  const choices = choicesOf(field);
  if (choices) return filteredChoices(choices, typed).map((c) => ({ value: c, label: c }));
  return suggest?.(field, typed) ?? [];
}

export function useCellEditor(deps: CellEditorDeps): CellEditor {
  const { editorRef, fields, focus, textAt, rowIndexOf, onEdit, focusEditor, suggest } = deps;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editValue, setEditValue] = useState('');
  const [pick, setPick] = useState(-1);

  const commitText = (pos: CellPos, text: string, original: string) => {
    if (text === original) return;
    onEdit([{ row: rowIndexOf(pos.row), field: fields[pos.col].key, text }], '编辑');
  };

  const begin = (mode: Editing['mode']) => {
    setEditing({ pos: focus, mode, original: textAt(focus) });
    setPick(-1);
  };

  return {
    editing,
    editValue,
    setEditValue,
    pick,
    setPick,
    startEdit(mode, initial) {
      const ta = editorRef.current;
      if (!ta || !fields.length) return;
      const original = textAt(focus);
      const text = initial ?? original;
      ta.value = text;
      setEditValue(text);
      setPick(-1);
      setEditing({ pos: focus, mode, original });
      focusEditor();
      ta.setSelectionRange(text.length, text.length);
    },
    finishEdit(save) {
      const ta = editorRef.current;
      if (!editing || !ta) return false;
      let text = ta.value;
      if (save && pick >= 0) text = editorOptions(fields[editing.pos.col], ta.value, suggest)[pick]?.value ?? text;
      if (save) commitText(editing.pos, text, editing.original);
      ta.value = '';
      setEditValue('');
      setEditing(null);
      return true;
    },
    commitChoice(choice) {
      if (!editing) return;
      if (editorRef.current) editorRef.current.value = '';
      setEditValue('');
      setEditing(null);
      commitText(editing.pos, choice, editing.original);
    },
    onInput(e) {
      const v = e.currentTarget.value;
      if (!editing) {
        if (v === '') return;
        begin('enter');
      }
      setEditValue(v);
    },
    onCompositionStart() {
      // Pinyin starts composing in the (empty) textarea: that is the start of the edit.
      if (!editing) begin('enter');
    },
  };
}
