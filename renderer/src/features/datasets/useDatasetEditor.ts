// The editing session of one data set (and year): rows, undo, and debounced all-or-nothing autosave
// through dataset/save, with the core's per-cell problems mapped back onto the cells.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';
import { api, ApiCallError } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import {
  appendBlankRows,
  applyEdits,
  applyServerProblems,
  type CellEdit,
  type Change,
  removeRows,
  undoEdits,
  type UndoEntry,
} from '../grid/gridEdits';
import { errorCount, type GridRow } from '../grid/gridRow';
import { buildSave } from './buildSave';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface DatasetEditor {
  rows: GridRow[];
  /** Bumps when rows are added or removed (the grid recomputes its order then, not on each edit). */
  structure: number;
  loading: boolean;
  loadError: string | null;
  saveState: SaveState;
  saveMessage: string | null;
  errors: number;
  /** Cells held back from saving (invalid) or waiting for the debounce. */
  unsaved: number;
  warnings: Map<number, Record<string, string>>;
  undoLabel: string | null;
  redoLabel: string | null;
  edit(edits: readonly CellEdit[], label?: string): void;
  addRows(count?: number): string[];
  deleteRows(keys: ReadonlySet<string>): void;
  undo(): void;
  /** Does again what the last undo reversed (Ctrl+Y); any new edit forgets it. */
  redo(): void;
  saveNow(): Promise<boolean>;
  reload(): Promise<void>;
}

const AUTOSAVE_MS = 500;

export function useDatasetEditor(
  def: DatasetDef | null,
  year: number | undefined,
  opts: { onSaved?: () => void } = {},
): DatasetEditor {
  const [rows, setRowsState] = useState<GridRow[]>([]);
  const [structure, setStructure] = useState(0);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<Map<number, Record<string, string>>>(new Map());
  const [undoLabel, setUndoLabel] = useState<string | null>(null);
  const [redoLabel, setRedoLabel] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(0);

  const rowsRef = useRef<GridRow[]>([]);
  const dirty = useRef(new Map<string, Set<string>>());
  const deletes = useRef<number[]>([]);
  const undoStack = useRef<UndoEntry[]>([]);
  const redoStack = useRef<UndoEntry[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const seq = useRef(0);
  const defRef = useRef(def);
  const yearRef = useRef(year);
  const onSaved = useRef(opts.onSaved);
  onSaved.current = opts.onSaved;
  const newKey = useCallback(() => `new:${++seq.current}`, []);

  const setRows = useCallback((next: GridRow[]) => {
    rowsRef.current = next;
    setRowsState(next);
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const d = defRef.current;
    const y = yearRef.current;
    if (!d) return true;
    if (inFlight.current) {
      await inFlight.current;
    }
    const batch = buildSave(d, rowsRef.current, dirty.current);
    const del = deletes.current.slice();
    setUnsaved(batch.heldBack);
    if (!batch.upserts.length && !del.length) {
      setSaveState(batch.heldBack ? 'failed' : 'saved');
      return batch.heldBack === 0;
    }
    setSaveState('saving');
    const run = (async () => {
      try {
        const res = await api('dataset/save', {
          dataset: d.name,
          year: d.yearly ? y : undefined,
          upserts: batch.upserts,
          deletes: del,
        });
        const ids = new Map(batch.sentKeys.map((k, i) => [k, res.ids[i]]));
        const next = rowsRef.current.map((r) =>
          r.id === undefined && ids.has(r.key) ? { ...r, id: ids.get(r.key) } : r,
        );
        setRows(next);
        for (const [k, set] of batch.sentSets) if (dirty.current.get(k) === set) dirty.current.delete(k);
        deletes.current = deletes.current.filter((id) => !del.includes(id));
        setSaveMessage(null);
        setSaveState(batch.heldBack ? 'failed' : 'saved');
        onSaved.current?.();
        return batch.heldBack === 0;
      } catch (e) {
        if (e instanceof ApiCallError && e.error.details?.length)
          setRows(applyServerProblems(rowsRef.current, batch.sentKeys, e.error.details));
        else if (e instanceof ApiCallError && e.error.where?.row !== undefined && e.error.where.field) {
          setRows(
            applyServerProblems(rowsRef.current, batch.sentKeys, [{ message: e.error.message, where: e.error.where }]),
          );
        }
        setSaveMessage(errorText(e));
        setSaveState('failed');
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [setRows]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setSaveState('pending');
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }, [save]);

  const commit = useCallback(
    (change: Change, history: 'do' | 'undo' | 'redo') => {
      const before = rowsRef.current.length;
      setRows(change.rows);
      for (const [k, fields] of change.touched) {
        // A new Set each time: a save in flight can tell that the row changed again meanwhile.
        dirty.current.set(k, new Set([...(dirty.current.get(k) ?? []), ...fields]));
      }
      deletes.current.push(...change.deletedIds);
      if (change.undo) {
        // An undo's change carries its inverse, which is what 重做 replays; a new action ends the redo chain.
        const stack = history === 'undo' ? redoStack.current : undoStack.current;
        stack.push(change.undo);
        if (stack.length > 100) stack.shift();
        if (history === 'do') redoStack.current = [];
      }
      setUndoLabel(undoStack.current.at(-1)?.label ?? null);
      setRedoLabel(redoStack.current.at(-1)?.label ?? null);
      if (change.rows.length !== before || change.undo?.removed.length || change.undo?.appendedKeys.length)
        setStructure((s) => s + 1);
      if (change.touched.size || change.deletedIds.length) schedule();
    },
    [schedule, setRows],
  );

  const load = useCallback(async () => {
    const d = defRef.current;
    if (!d) return;
    setLoading(true);
    setLoadError(null);
    try {
      if (d.yearly && yearRef.current === undefined) {
        setRows([]);
        return;
      }
      const res = await api('dataset/list', { dataset: d.name, year: d.yearly ? yearRef.current : undefined });
      performance.mark('dataset-loaded');
      const next: GridRow[] = res.rows.map((r) => {
        const { id, year: _y, ...values } = r;
        return { key: `id:${id}`, id: id as number, values: values as Record<string, FieldValue> };
      });
      const w = new Map<number, Record<string, string>>();
      for (const x of res.warnings ?? []) w.set(x.rowId, { ...(w.get(x.rowId) ?? {}), [x.field]: x.message });
      setWarnings(w);
      dirty.current = new Map();
      deletes.current = [];
      undoStack.current = [];
      redoStack.current = [];
      setUndoLabel(null);
      setRedoLabel(null);
      setRows(next);
      setStructure((s) => s + 1);
      setSaveState('idle');
      setSaveMessage(null);
    } catch (e) {
      setLoadError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [setRows]);

  useEffect(() => {
    defRef.current = def;
    yearRef.current = year;
    void load();
    return () => {
      // Leaving the page (or changing year) saves what is pending at once: nothing typed is lost.
      if (timer.current || dirty.current.size || deletes.current.length) void save();
    };
  }, [def, year, load, save]);

  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden' && (timer.current || deletes.current.length)) void save();
    };
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, [save]);

  const errors = useMemo(() => errorCount(rows), [rows]);

  return {
    rows,
    structure,
    loading,
    loadError,
    saveState,
    saveMessage,
    errors,
    unsaved,
    warnings,
    undoLabel,
    redoLabel,
    edit(edits, label = '编辑') {
      if (!defRef.current || !edits.length) return;
      commit(applyEdits(rowsRef.current, defRef.current.fields, edits, newKey, label), 'do');
    },
    addRows(count = 1) {
      const c = appendBlankRows(rowsRef.current, count, newKey);
      commit(c, 'do');
      return c.undo!.appendedKeys;
    },
    deleteRows(keys) {
      if (!keys.size) return;
      commit(removeRows(rowsRef.current, keys), 'do');
    },
    undo() {
      const entry = undoStack.current.pop();
      if (!entry || !defRef.current) return;
      commit(undoEdits(rowsRef.current, defRef.current.fields, entry, newKey), 'undo');
    },
    redo() {
      const entry = redoStack.current.pop();
      if (!entry || !defRef.current) return;
      commit(undoEdits(rowsRef.current, defRef.current.fields, entry, newKey), 'redo');
    },
    saveNow: save,
    reload: load,
  };
}
