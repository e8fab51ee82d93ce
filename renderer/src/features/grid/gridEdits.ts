// Applying typed and pasted text to rows, cell by cell through the shared validator, and undoing it.
// Pure functions over immutable rows so the hook, the grid and the tests share one behaviour.
import type { FieldDef, RowRule } from '../../../../shared/datasets/datasetDefinition';
import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';
import { parseCellText } from './cellText';
import type { GridRow } from './gridRow';
import { withRuleErrors } from './gridRules';
import type { CellRange } from './selection';

/** Text for one cell. `row` indexes the rows array; an index at or past its end appends rows. */
export interface CellEdit {
  row: number;
  field: string;
  text: string;
}

export interface UndoEntry {
  label: string;
  /** Rows as they were before, by key (only the fields listed were changed). */
  before: { key: string; row: GridRow; fields: string[] }[];
  /** Rows the action added (undo removes them, deleting any already saved). */
  appendedKeys: string[];
  /**
   * Rows the action removed, with where they stood. Undo puts a stored row back as it was while its
   * delete is not yet sent, else as a new row that restores it (see GridRow.restoreOf).
   */
  removed: { index: number; row: GridRow }[];
}

/** What an edit checks a row against besides each cell's own type: the rules across its fields. */
export interface RowChecks {
  rules?: readonly RowRule[];
}

/** What changed, so the caller can save: fields per row key, and stored ids to delete. */
export interface Change {
  rows: GridRow[];
  touched: Map<string, Set<string>>;
  deletedIds: number[];
  /** Stored rows back before their delete was sent: the delete is no longer wanted. */
  cancelledDeletes?: number[];
  undo?: UndoEntry;
}

export type KeyMaker = () => string;

const EMPTY = Object.freeze({}) as Readonly<Record<string, never>>;

function withoutKey<T>(
  obj: Readonly<Record<string, T>> | undefined,
  key: string,
): Readonly<Record<string, T>> | undefined {
  if (!obj || !(key in obj)) return obj;
  const { [key]: _gone, ...rest } = obj;
  return Object.keys(rest).length ? rest : undefined;
}

function isBlank(row: GridRow): boolean {
  for (const v of Object.values(row.values)) if (v !== null && v !== undefined && v !== '') return false;
  return !row.drafts || Object.keys(row.drafts).length === 0;
}

/**
 * A new row must carry its required fields before it can be saved. Those it still lacks are noted
 * as `missing` — shown as 待填, not as errors: a row being typed left to right is not wrong, only
 * unfinished. A wholly blank new row lacks nothing (it is not a record yet).
 */
export function checkRequired(row: GridRow, fields: readonly FieldDef[]): GridRow {
  if (row.id !== undefined) return row.missing ? { ...row, missing: undefined } : row;
  const blank = isBlank(row);
  const missing = blank
    ? []
    : fields
        .filter(
          (f) =>
            f.required && (row.values[f.key] === null || row.values[f.key] === undefined || row.values[f.key] === ''),
        )
        .filter((f) => row.drafts?.[f.key] === undefined)
        .map((f) => f.key);
  const before = row.missing ?? [];
  if (missing.length === before.length && missing.every((k, i) => k === before[i])) return row;
  return { ...row, missing: missing.length ? missing : undefined };
}

/** Everything an edit re-checks on a row: required fields of a new row, and the rules across fields. */
export function checkRow(row: GridRow, fields: readonly FieldDef[], checks: RowChecks = {}): GridRow {
  return withRuleErrors(checkRequired(row, fields), { fields, rules: checks.rules });
}

/** Sets one cell from text: a valid value is stored, an invalid text is kept visible with its message. */
export function setCellText(row: GridRow, field: FieldDef, text: string): GridRow {
  const parsed = parseCellText(field, text);
  if (parsed.ok) {
    return {
      ...row,
      values: { ...row.values, [field.key]: parsed.value },
      drafts: withoutKey(row.drafts, field.key),
      errors: withoutKey(row.errors, field.key),
    };
  }
  return {
    ...row,
    drafts: { ...(row.drafts ?? {}), [field.key]: text },
    errors: { ...(row.errors ?? {}), [field.key]: parsed.message },
  };
}

export function applyEdits(
  rows: readonly GridRow[],
  fields: readonly FieldDef[],
  edits: readonly CellEdit[],
  newKey: KeyMaker,
  label = '编辑',
  checks: RowChecks = {},
): Change {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const out = rows.slice();
  const touched = new Map<string, Set<string>>();
  const before = new Map<string, { key: string; row: GridRow; fields: string[] }>();
  const appendedKeys: string[] = [];
  for (const e of edits) {
    const field = byKey.get(e.field);
    if (!field) continue;
    while (e.row >= out.length) {
      const key = newKey();
      out.push({ key, values: EMPTY });
      appendedKeys.push(key);
    }
    const current = out[e.row];
    if (!appendedKeys.includes(current.key) && !before.has(current.key))
      before.set(current.key, { key: current.key, row: rows[e.row], fields: [] });
    before.get(current.key)?.fields.push(field.key);
    out[e.row] = setCellText(current, field, e.text);
    let set = touched.get(current.key);
    if (!set) touched.set(current.key, (set = new Set()));
    set.add(field.key);
  }
  for (const key of touched.keys()) {
    const i = indexOfKey(out, key, rows.length);
    if (i >= 0) out[i] = checkRow(out[i], fields, checks);
  }
  return {
    rows: out,
    touched,
    deletedIds: [],
    undo: { label, before: [...before.values()], appendedKeys, removed: [] },
  };
}

function indexOfKey(rows: readonly GridRow[], key: string, hint = 0): number {
  // Edited rows are usually near the end (appends) or were just found; a plain scan is fine at 50,000.
  for (let i = Math.min(hint, rows.length - 1); i >= 0 && i < rows.length; i++) if (rows[i].key === key) return i;
  for (let i = 0; i < rows.length; i++) if (rows[i].key === key) return i;
  return -1;
}

/** Adds blank rows at the end (新增行). */
export function appendBlankRows(rows: readonly GridRow[], count: number, newKey: KeyMaker): Change {
  const added: GridRow[] = [];
  for (let i = 0; i < count; i++) added.push({ key: newKey(), values: EMPTY });
  return {
    rows: [...rows, ...added],
    touched: new Map(),
    deletedIds: [],
    undo: { label: '新增行', before: [], appendedKeys: added.map((r) => r.key), removed: [] },
  };
}

/** Removes rows by key; stored ones must be deleted in the database. */
export function removeRows(rows: readonly GridRow[], keys: ReadonlySet<string>): Change {
  const removed: { index: number; row: GridRow }[] = [];
  const out: GridRow[] = [];
  rows.forEach((r, index) => (keys.has(r.key) ? removed.push({ index, row: r }) : out.push(r)));
  const deletedIds = removed.map((x) => x.row.id).filter((id): id is number => id !== undefined);
  return {
    rows: out,
    touched: new Map(),
    deletedIds,
    undo: { label: '删除行', before: [], appendedKeys: [], removed },
  };
}

/**
 * Reverses an action: restores earlier cell states, drops appended rows, re-adds removed rows. A
 * stored row whose delete is still queued (`stillStored`) comes back as it was, under its key; one
 * already deleted comes back as a new row that restores it (its id, 佐证 and exceptions). The change
 * carries the inverse entry, so undoing an undo (重做) is the same operation again.
 */
export function undoEdits(
  rows: readonly GridRow[],
  fields: readonly FieldDef[],
  entry: UndoEntry,
  newKey: KeyMaker,
  checks: RowChecks = {},
  stillStored: (id: number) => boolean = () => false,
): Change {
  const touched = new Map<string, Set<string>>();
  const deletedIds: number[] = [];
  const cancelledDeletes: number[] = [];
  const appended = new Set(entry.appendedKeys);
  const inverse: UndoEntry = { label: entry.label, before: [], appendedKeys: [], removed: [] };
  let out: GridRow[] = [];
  rows.forEach((r, index) => {
    if (appended.has(r.key)) {
      if (r.id !== undefined) deletedIds.push(r.id);
      inverse.removed.push({ index, row: r });
    } else out.push(r);
  });
  const restore = new Map(entry.before.map((b) => [b.key, b]));
  out = out.map((r) => {
    const b = restore.get(r.key);
    if (!b) return r;
    inverse.before.push({ key: r.key, row: r, fields: b.fields });
    // Keep the id a new row got from a save in between; bring back the earlier cells.
    const values: Record<string, FieldValue> = { ...r.values };
    let drafts = r.drafts;
    let errors = r.errors;
    for (const k of b.fields) {
      values[k] = b.row.values[k] ?? null;
      drafts = b.row.drafts?.[k] !== undefined ? { ...(drafts ?? {}), [k]: b.row.drafts[k] } : withoutKey(drafts, k);
      errors = b.row.errors?.[k] !== undefined ? { ...(errors ?? {}), [k]: b.row.errors[k] } : withoutKey(errors, k);
    }
    touched.set(r.key, new Set(b.fields));
    return checkRow({ ...r, values, drafts, errors }, fields, checks);
  });
  for (const { index, row } of [...entry.removed].sort((a, b) => a.index - b.index)) {
    if (row.id !== undefined && stillStored(row.id)) {
      // Never deleted: the row is back as it was, with any edits still waiting under its key.
      out.splice(Math.min(index, out.length), 0, row);
      inverse.appendedKeys.push(row.key);
      cancelledDeletes.push(row.id);
      continue;
    }
    const key = newKey();
    // Back as a new row that restores the deleted one; its accepted exceptions are sent again with it.
    const { id, ...rest } = row;
    const restoreOf = id ?? row.restoreOf;
    out.splice(
      Math.min(index, out.length),
      0,
      restoreOf === undefined ? { ...rest, key } : { ...rest, key, restoreOf },
    );
    inverse.appendedKeys.push(key);
    touched.set(
      key,
      new Set(fields.map((f) => f.key).filter((k) => row.values[k] !== null && row.values[k] !== undefined)),
    );
  }
  return { rows: out, touched, deletedIds, cancelledDeletes, undo: inverse };
}

/**
 * Turns a pasted block into cell edits from the active cell: rows past the end of the view append
 * new rows, columns past the last are dropped. A single value pasted onto a larger selection fills it.
 */
export function pasteEdits(
  block: readonly (readonly string[])[],
  target: CellRange,
  view: readonly number[],
  rowCount: number,
  fieldKeys: readonly string[],
): CellEdit[] {
  const edits: CellEdit[] = [];
  const single = block.length === 1 && block[0].length === 1;
  const rowsSpan = single ? target.bottom - target.top + 1 : block.length;
  const colsSpan = single ? target.right - target.left + 1 : Math.max(...block.map((r) => r.length));
  for (let i = 0; i < rowsSpan; i++) {
    const viewRow = target.top + i;
    const row = viewRow < view.length ? view[viewRow] : rowCount + (viewRow - view.length);
    for (let j = 0; j < colsSpan; j++) {
      const col = target.left + j;
      if (col >= fieldKeys.length) break;
      const text = single ? block[0][0] : block[i][j];
      if (text === undefined) continue;
      edits.push({ row, field: fieldKeys[col], text });
    }
  }
  return edits;
}

/** Maps the core's per-cell problems (row = position in the upserts sent) back onto the grid rows. */
export function applyServerProblems(
  rows: readonly GridRow[],
  sentKeys: readonly string[],
  problems: readonly { message: string; where?: { row?: number; field?: string } }[],
): GridRow[] {
  const byKey = new Map<string, Record<string, string>>();
  for (const p of problems) {
    const rowNo = p.where?.row;
    const field = p.where?.field;
    if (rowNo === undefined || !field) continue;
    const key = sentKeys[rowNo - 1];
    if (!key) continue;
    const m = byKey.get(key) ?? {};
    m[field] = p.message;
    byKey.set(key, m);
  }
  if (!byKey.size) return rows as GridRow[];
  return rows.map((r) => {
    const m = byKey.get(r.key);
    return m ? { ...r, errors: { ...(r.errors ?? {}), ...m } } : r;
  });
}

/**
 * Accepts (or withdraws) a rule exception for one row: the row is checked again, and the change
 * says which row's exceptions to save.
 */
export function setAccepted(
  rows: readonly GridRow[],
  key: string,
  rule: string,
  accept: boolean,
  fields: readonly FieldDef[],
  checks: RowChecks,
): Change & { exceptionKeys: string[] } {
  const out = rows.map((r) => {
    if (r.key !== key) return r;
    const now = new Set(r.accepted ?? []);
    if (accept) now.add(rule);
    else now.delete(rule);
    return checkRow({ ...r, accepted: now.size ? [...now].sort() : undefined }, fields, checks);
  });
  return { rows: out, touched: new Map(), deletedIds: [], exceptionKeys: [key] };
}
