// The editing session of one data set (and year): rows, undo and redo, and a debounced autosave
// through dataset/save that sends every valid change cell by cell (buildSave). What cannot be
// saved yet — an invalid cell, a broken rule across fields, a new row lacking required fields —
// stays on screen as a draft with its message; the core's refusals are mapped back onto cells.
import { useCallback, useEffect, useRef, useState } from 'react';

import { api, ApiCallError } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import {
  appendBlankRows,
  applyEdits,
  applyServerProblems,
  type CellEdit,
  type Change,
  checkRow,
  removeRows,
  setAccepted,
  undoEdits,
  type UndoEntry,
} from '../grid/gridEdits';
import { errorCount, type GridRow } from '../grid/gridRow';
import { buildSave } from './buildSave';
import type { DatasetView } from './datasetView';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface DatasetEditor {
  rows: GridRow[];
  /** Bumps when rows are added or removed (the grid recomputes its order then, not on each edit). */
  structure: number;
  loading: boolean;
  loadError: string | null;
  saveState: SaveState;
  saveMessage: string | null;
  /** Cells with an error (invalid text, or a broken rule shown on them). */
  errors: number;
  /** Rows with a change that waits as a draft (invalid cell, broken rule, unfinished new row). */
  unsaved: number;
  warnings: Map<number, Record<string, string>>;
  undoLabel: string | null;
  redoLabel: string | null;
  edit: (edits: readonly CellEdit[], label?: string) => void;
  addRows: (count?: number) => string[];
  deleteRows: (keys: ReadonlySet<string>) => void;
  undo: () => void;
  /** Does again what the last undo reversed (Ctrl+Y); any new edit forgets it. */
  redo: () => void;
  /** Accepts (or withdraws) a deliberate exception to a rule across fields for one row. */
  setException: (key: string, rule: string, accept: boolean) => void;
  saveNow: () => Promise<boolean>;
  reload: () => Promise<void>;
}

export interface DatasetEditorOptions {
  onSaved?: () => void;
  /** Further cells an edit fills (a 专业代码 fills 专业名称, 大类 and 类 from the 专业目录). */
  enrich?: (edits: readonly CellEdit[], rows: readonly GridRow[]) => CellEdit[];
}

const AUTOSAVE_MS = 500;

/** 「第 3 行「金额」：…」 for a problem the core found, numbered as the grid numbers its rows. */
function problemText(
  rows: readonly GridRow[],
  sentKeys: readonly string[],
  view: DatasetView,
  p: { message: string; where?: { row?: number; field?: string } },
): string {
  const key = p.where?.row !== undefined ? sentKeys[p.where.row - 1] : undefined;
  const at = key ? rows.findIndex((r) => r.key === key) : -1;
  const label = view.def.fields.find((f) => f.key === p.where?.field)?.label;
  return `${at >= 0 ? `第 ${at + 1} 行` : ''}${label ? `「${label}」` : ''}${at >= 0 || label ? '：' : ''}${p.message}`;
}

export function useDatasetEditor(
  view: DatasetView | null,
  year: number | undefined,
  opts: DatasetEditorOptions = {},
): DatasetEditor {
  const [rows, setRowsState] = useState<GridRow[]>([]);
  const [structure, setStructure] = useState(0);
  /** Which data set and year the rows on screen belong to: loading until they are the ones asked for. */
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<Map<number, Record<string, string>>>(new Map());
  const [undoLabel, setUndoLabel] = useState<string | null>(null);
  const [redoLabel, setRedoLabel] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(0);

  const rowsRef = useRef<GridRow[]>([]);
  /** Changed fields per row key, and rows whose accepted exceptions changed. */
  const dirty = useRef(new Map<string, Set<string>>());
  const exceptionsDirty = useRef(new Set<string>());
  /** Bumped per row on every change: a save in flight can tell that a row changed again meanwhile. */
  const versions = useRef(new Map<string, number>());
  const deletes = useRef<number[]>([]);
  /** Deletes in a save under way: undone now, the row must be restored, not merely kept. */
  const sendingDeletes = useRef(new Set<number>());
  /** Deleted rows (by data set) no undo can bring back any more: the core may drop what it kept for them. */
  const forgets = useRef(new Map<string, Set<number>>());
  const undoStack = useRef<UndoEntry[]>([]);
  const redoStack = useRef<UndoEntry[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const seq = useRef(0);
  /** A save refused cell by cell is retried once without those cells; set until the next change. */
  const retried = useRef(false);
  const saveRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  const viewRef = useRef(view);
  const yearRef = useRef(year);
  const optsRef = useRef(opts);
  useEffect(() => {
    optsRef.current = opts;
  });
  const newKey = useCallback(() => `new:${++seq.current}`, []);

  /** Undo entries that can no longer be used: the deleted rows they could bring back are forgotten. */
  const dropEntries = useCallback((dataset: string, entries: readonly UndoEntry[]) => {
    for (const e of entries)
      for (const { row } of e.removed) {
        const id = row.id ?? row.restoreOf;
        if (id === undefined) continue;
        let set = forgets.current.get(dataset);
        if (!set) forgets.current.set(dataset, (set = new Set()));
        set.add(id);
      }
  }, []);

  const setRows = useCallback((next: GridRow[]) => {
    rowsRef.current = next;
    setRowsState(next);
  }, []);

  const batchOf = useCallback(() => {
    const v = viewRef.current!;
    return buildSave({
      def: v.def,
      rows: rowsRef.current,
      dirty: dirty.current,
      exceptionsDirty: exceptionsDirty.current,
      toApi: v.toApi,
    });
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const v = viewRef.current;
    const y = yearRef.current;
    if (!v) return true;
    if (inFlight.current) await inFlight.current;
    const batch = batchOf();
    const del = deletes.current.slice();
    const forget = [...(forgets.current.get(v.def.name) ?? [])];
    setUnsaved(batch.heldBack);
    if (!batch.upserts.length && !del.length && !forget.length) {
      setSaveState(batch.heldBack ? 'failed' : 'saved');
      return batch.heldBack === 0;
    }
    const sentVersions = new Map(batch.sentKeys.map((k) => [k, versions.current.get(k) ?? 0]));
    setSaveState('saving');
    const run = (async () => {
      try {
        const res = await api('dataset/save', {
          dataset: v.def.name,
          year: v.def.yearly ? y : undefined,
          upserts: batch.upserts,
          deletes: del,
          exceptions: batch.exceptions.length ? batch.exceptions : undefined,
          restores: batch.restores.length ? batch.restores : undefined,
          forget: forget.length ? forget : undefined,
        });
        for (const id of forget) forgets.current.get(v.def.name)?.delete(id);
        const ids = new Map(batch.sentKeys.map((k, i) => [k, res.ids[i]]));
        const present = new Set<string>();
        const next = rowsRef.current.map((r) => {
          present.add(r.key);
          return r.id === undefined && ids.has(r.key)
            ? checkRow({ ...r, id: ids.get(r.key), restoreOf: undefined }, v.def.fields)
            : r;
        });
        setRows(next);
        // A row removed while its insert was under way (an undone paste): its new record goes too.
        const orphans = batch.sentKeys.filter((k) => !present.has(k)).map((k) => ids.get(k)!);
        deletes.current = deletes.current.filter((id) => !del.includes(id)).concat(orphans);
        for (const [k, sent] of batch.sentFields) {
          if ((versions.current.get(k) ?? 0) !== sentVersions.get(k)) continue;
          const left = [...(dirty.current.get(k) ?? [])].filter((f) => !sent.has(f));
          if (left.length) dirty.current.set(k, new Set(left));
          else dirty.current.delete(k);
          exceptionsDirty.current.delete(k);
        }
        setSaveMessage(null);
        setSaveState(batch.heldBack ? 'failed' : 'saved');
        setUnsaved(batch.heldBack);
        optsRef.current.onSaved?.();
        if (orphans.length) timer.current = setTimeout(() => void saveRef.current(), 0);
        return batch.heldBack === 0;
      } catch (e) {
        const details =
          e instanceof ApiCallError
            ? (e.error.details ?? (e.error.where?.field ? [{ message: e.error.message, where: e.error.where }] : []))
            : [];
        const placed = details.filter((p) => p.where?.row !== undefined && p.where.field);
        if (placed.length) {
          setRows(applyServerProblems(rowsRef.current, batch.sentKeys, placed));
          const first = problemText(rowsRef.current, batch.sentKeys, v, placed[0]);
          setSaveMessage(
            `${placed.length > 1 ? `有 ${placed.length} 处未能保存，如 ` : '未能保存：'}${first}。其余修改照常保存。`,
          );
          // The cells the core refused now wait as drafts; everything else can go now (once).
          if (!retried.current) {
            retried.current = true;
            timer.current = setTimeout(() => void saveRef.current(), 0);
          }
        } else setSaveMessage(errorText(e));
        setSaveState('failed');
        return false;
      } finally {
        inFlight.current = null;
        sendingDeletes.current = new Set();
      }
    })();
    sendingDeletes.current = new Set(del);
    inFlight.current = run;
    return run;
  }, [setRows, batchOf]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setSaveState('pending');
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }, [save]);

  const commit = useCallback(
    (change: Change & { exceptionKeys?: string[] }, history: 'do' | 'undo' | 'redo' | 'none') => {
      const before = rowsRef.current.length;
      retried.current = false;
      setRows(change.rows);
      for (const [k, fields] of change.touched) {
        dirty.current.set(k, new Set([...(dirty.current.get(k) ?? []), ...fields]));
        versions.current.set(k, (versions.current.get(k) ?? 0) + 1);
      }
      for (const k of change.exceptionKeys ?? []) {
        exceptionsDirty.current.add(k);
        versions.current.set(k, (versions.current.get(k) ?? 0) + 1);
      }
      deletes.current.push(...change.deletedIds);
      if (change.cancelledDeletes?.length) {
        const back = new Set(change.cancelledDeletes);
        deletes.current = deletes.current.filter((id) => !back.has(id));
      }
      if (change.undo && history !== 'none') {
        // An undo's change carries its inverse, which is what 重做 replays; a new action ends the redo chain.
        const stack = history === 'undo' ? redoStack.current : undoStack.current;
        const dataset = viewRef.current?.def.name;
        stack.push(change.undo);
        if (stack.length > 100 && dataset) dropEntries(dataset, [stack.shift()!]);
        if (history === 'do' && dataset) {
          dropEntries(dataset, redoStack.current);
          redoStack.current = [];
        }
      }
      setUndoLabel(undoStack.current.at(-1)?.label ?? null);
      setRedoLabel(redoStack.current.at(-1)?.label ?? null);
      if (change.rows.length !== before || change.undo?.removed.length || change.undo?.appendedKeys.length)
        setStructure((s) => s + 1);
      setUnsaved(batchOf().heldBack);
      if (change.touched.size || change.deletedIds.length || change.exceptionKeys?.length) schedule();
    },
    [schedule, setRows, batchOf, dropEntries],
  );

  const load = useCallback(async () => {
    const v = viewRef.current;
    if (!v) return;
    const y = yearRef.current;
    try {
      const res = await api('dataset/list', { dataset: v.def.name, year: v.def.yearly ? y : undefined });
      // Another data set or year was asked for meanwhile: these rows are not wanted.
      if (viewRef.current !== v || yearRef.current !== y) return;
      performance.mark('dataset-loaded');
      const accepted = new Map<number, string[]>();
      for (const x of res.exceptions ?? []) accepted.set(x.rowId, [...(accepted.get(x.rowId) ?? []), x.rule]);
      const rules = v.def.rules;
      const next = new Array<GridRow>(res.rows.length);
      for (let i = 0; i < res.rows.length; i++) {
        // The answer's own objects serve as the rows' values (id and year beside the fields are
        // ignored): a 50,000-row ledger is not copied on load.
        const values = res.rows[i] as Record<string, GridRow['values'][string]>;
        const id = values.id as number;
        const ex = accepted.get(id);
        const row: GridRow = ex
          ? { key: `id:${id}`, id, values: v.fromStored(values), accepted: ex }
          : { key: `id:${id}`, id, values: v.fromStored(values) };
        // A stored row that breaks a rule across its fields shows it, like a cell error.
        next[i] = rules?.length ? checkRow(row, v.def.fields, { rules }) : row;
      }
      const w = new Map<number, Record<string, string>>();
      for (const x of res.warnings ?? []) w.set(x.rowId, { ...(w.get(x.rowId) ?? {}), [x.field]: x.message });
      setWarnings(w);
      dirty.current = new Map();
      exceptionsDirty.current = new Set();
      deletes.current = [];
      // Reloaded: the undo history ends here (a session that ended already dropped its own).
      dropEntries(v.def.name, [...undoStack.current, ...redoStack.current]);
      undoStack.current = [];
      redoStack.current = [];
      setUndoLabel(null);
      setRedoLabel(null);
      setRows(next);
      setStructure((s) => s + 1);
      setSaveState('idle');
      setSaveMessage(null);
      setUnsaved(0);
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e));
    } finally {
      setLoadedFor(`${v.def.name}:${String(y)}`);
    }
  }, [setRows, dropEntries]);

  useEffect(() => {
    viewRef.current = view;
    yearRef.current = year;
    // load() sets state only once the rows have come back (after its await), not during the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    const forgotten = forgets.current; // one map for the hook's life
    return () => {
      // The editing session ends: its undo can no longer bring deleted rows back.
      if (view) dropEntries(view.def.name, [...undoStack.current, ...redoStack.current]);
      undoStack.current = [];
      redoStack.current = [];
      // Leaving the page (or changing year) saves what can be saved at once: nothing valid is lost.
      if (
        timer.current ||
        dirty.current.size ||
        deletes.current.length ||
        exceptionsDirty.current.size ||
        (view && forgotten.get(view.def.name)?.size)
      )
        void save();
    };
  }, [view, year, load, save, dropEntries]);

  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden' && (timer.current || deletes.current.length)) void save();
    };
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, [save]);

  const checks = () => ({ rules: viewRef.current?.def.rules });
  /** Deleted rows whose delete is queued, not yet sent: undo simply keeps them. */
  const stillStored = () => {
    const queued = new Set(deletes.current);
    return (id: number) => queued.has(id) && !sendingDeletes.current.has(id);
  };

  return {
    rows,
    structure,
    loading: !view || loadedFor !== `${view.def.name}:${String(year)}`,
    loadError,
    saveState,
    saveMessage,
    errors: errorCount(rows),
    unsaved,
    warnings,
    undoLabel,
    redoLabel,
    edit(edits, label = '编辑') {
      const v = viewRef.current;
      if (!v || !edits.length) return;
      const more = optsRef.current.enrich?.(edits, rowsRef.current) ?? [];
      commit(applyEdits(rowsRef.current, v.def.fields, [...edits, ...more], newKey, label, checks()), 'do');
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
      if (!entry || !viewRef.current) return;
      commit(undoEdits(rowsRef.current, viewRef.current.def.fields, entry, newKey, checks(), stillStored()), 'undo');
    },
    redo() {
      const entry = redoStack.current.pop();
      if (!entry || !viewRef.current) return;
      commit(undoEdits(rowsRef.current, viewRef.current.def.fields, entry, newKey, checks(), stillStored()), 'redo');
    },
    setException(key, rule, accept) {
      const v = viewRef.current;
      if (!v) return;
      commit(setAccepted(rowsRef.current, key, rule, accept, v.def.fields, checks()), 'none');
    },
    saveNow: save,
    reload: load,
  };
}
