// An Excel-like grid for office staff: virtualised rows, keyboard moves, type-to-edit (Pinyin IME
// included), copy and paste of Excel/WPS blocks, per-cell validation shown in place, totals.
//
// One textarea sits over the active cell at all times and holds the focus. Not editing, it is
// invisible and empty, so the first keystroke — or the first IME composition — lands in it and
// simply turns it into the editor: nothing is lost and the browser's IME handling is never fought.
import './grid.css';

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import {
  choicesOf,
  columnWidth,
  computeTotals,
  displayText,
  editText,
  headerUnit,
  isNumeric,
  isTotalled,
} from './cellText';
import { type CellEdit, pasteEdits } from './gridEdits';
import type { GridRow } from './gridRow';
import { SearchIndex } from './searchIndex';
import { type CellPos, clampPos, type Move, moveCell, rangeOf, tabCell } from './selection';
import { computeView, type SortSpec } from './sortFilter';
import { formatTsv, parseTsv } from './tsv';

const ROW_H = 30;
const HEAD_H = 40;
const FILTER_H = 34;
const NUM_W = 56;

export interface DataGridHandle {
  /** Selects the first cell of the row with this key (e.g. after 新增行). */
  focusRow(key: string): void;
  focus(): void;
}

export interface DataGridProps {
  fields: readonly FieldDef[];
  rows: readonly GridRow[];
  /** Changes when rows are added or removed: the view is re-sorted and re-filtered then. */
  structure: number;
  search?: string;
  /** Non-blocking notes per row id and field (e.g. a major not in the catalogue). */
  warnings?: ReadonlyMap<number, Readonly<Record<string, string>>>;
  onEdit(edits: CellEdit[], label: string): void;
  onUndo(): void;
  onRedo?(): void;
  onSelectRows?(keys: string[]): void;
  handleRef?: { current: DataGridHandle | null };
  /** Label for the test and the screen reader, e.g. 合作企业. */
  label: string;
}

interface Editing {
  pos: CellPos;
  /** enter: started by typing, arrows leave the cell; edit: F2/double-click, arrows move the caret. */
  mode: 'enter' | 'edit';
  original: string;
}

export function DataGrid(props: DataGridProps) {
  const {
    fields,
    rows,
    structure,
    search = '',
    warnings,
    onEdit,
    onUndo,
    onRedo,
    onSelectRows,
    handleRef,
    label,
  } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: 0 });
  const [focus, setFocus] = useState<CellPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editValue, setEditValue] = useState('');
  const [pick, setPick] = useState(-1);
  const [sort, setSort] = useState<SortSpec | null>(null);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [filtersOpen, setFiltersOpen] = useState(false);
  const dragging = useRef(false);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const widths = useMemo(() => fields.map(columnWidth), [fields]);
  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = NUM_W;
    for (const w of widths) {
      out.push(x);
      x += w;
    }
    return out;
  }, [widths]);
  const totalWidth = lefts.length ? lefts[lefts.length - 1] + widths[widths.length - 1] : NUM_W;
  const fieldKeys = useMemo(() => fields.map((f) => f.key), [fields]);
  const searchIndex = useMemo(() => new SearchIndex(fields), [fields]);

  // The order is recomputed when rows come or go, or the sort/filter changes — not on each edit,
  // so a cell edited under a filter does not jump away from under the cursor.
  const view = useMemo(
    () => {
      performance.mark('grid-view-compute');
      const v = computeView(
        rowsRef.current,
        fields,
        { sort, filters, search, pinned: (r) => r.key.startsWith('new:') },
        searchIndex,
      );
      performance.mark('grid-view-computed');
      return v;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [structure, rows.length, fields, searchIndex, sort, filters, search],
  );
  const colCount = fields.length;
  const rowCount = view.length;
  const headH = HEAD_H + (filtersOpen ? FILTER_H : 0);

  useLayoutEffect(() => {
    performance.mark('grid-view-updated');
  }, [view]);
  useEffect(() => {
    // rAF runs just before the frame is painted; the task after it runs once it has been.
    let t: ReturnType<typeof setTimeout> | undefined;
    const id = requestAnimationFrame(() => {
      t = setTimeout(() => {
        performance.mark('grid-view-painted');
        scrollRef.current?.setAttribute('data-view-rows', String(view.length));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(id);
      if (t) clearTimeout(t);
    };
  }, [view]);

  // Prepare search texts in idle slices after loading, so the first search of a 50,000-row ledger is fast.
  useEffect(() => {
    let cancelled = false;
    let from = 0;
    const step = () => {
      if (cancelled) return;
      from = searchIndex.warm(rowsRef.current, from, 4000);
      if (from < rowsRef.current.length) setTimeout(step, 0);
    };
    const t = setTimeout(step, 50);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [structure, searchIndex]);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 12,
    // The body starts below the sticky header inside the same scroller.
    scrollMargin: headH,
    scrollPaddingStart: headH,
    scrollPaddingEnd: ROW_H + 4,
  });

  const range = useMemo(() => rangeOf(anchor, focus), [anchor, focus]);
  const rowAt = (viewRow: number): GridRow | undefined => (viewRow < view.length ? rows[view[viewRow]] : undefined);

  const totals = useMemo(() => {
    if (!fields.some(isTotalled)) return null;
    // An array, not a generator: this runs over 50,000 rows on every filter.
    return computeTotals(
      fields,
      view.map((i) => rows[i].values),
    );
  }, [fields, view, rows]);

  // Tell the page which rows are selected only when that changes: a filter that leaves the
  // selection alone must not re-render the page a second time before the grid is painted.
  const lastSelected = useRef<string[]>([]);
  useEffect(() => {
    if (!onSelectRows) return;
    const keys: string[] = [];
    for (let r = range.top; r <= range.bottom && r < view.length; r++) keys.push(rows[view[r]].key);
    const last = lastSelected.current;
    if (keys.length === last.length && keys.every((k, i) => k === last[i])) return;
    lastSelected.current = keys;
    onSelectRows(keys);
  }, [range.top, range.bottom, view, rows, onSelectRows]);

  const focusEditor = useCallback(() => editorRef.current?.focus({ preventScroll: true }), []);

  const scrollIntoView = useCallback(
    (pos: CellPos) => {
      if (pos.row < rowCount) virtualizer.scrollToIndex(pos.row, { align: 'auto' });
      const el = scrollRef.current;
      if (!el || pos.col >= lefts.length) return;
      const left = lefts[pos.col];
      const right = left + widths[pos.col];
      // Row numbers and the frozen first column cover the left edge of the scrolled area.
      const covered = pos.col === 0 ? NUM_W : NUM_W + widths[0];
      if (left - covered < el.scrollLeft) el.scrollLeft = Math.max(0, left - covered);
      else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
    },
    [virtualizer, rowCount, lefts, widths],
  );

  const select = useCallback(
    (pos: CellPos, extend = false) => {
      const p = clampPos(pos, Math.max(1, rowCount), colCount);
      setFocus(p);
      if (!extend) setAnchor(p);
      scrollIntoView(p);
    },
    [rowCount, colCount, scrollIntoView],
  );

  if (handleRef) {
    handleRef.current = {
      focusRow(key) {
        const r = rowsRef.current.findIndex((x) => x.key === key);
        const v = view.indexOf(r);
        if (v >= 0) {
          setAnchor({ row: v, col: 0 });
          setFocus({ row: v, col: 0 });
          setTimeout(() => {
            virtualizer.scrollToIndex(v, { align: 'auto' });
            focusEditor();
          }, 0);
        }
      },
      focus: focusEditor,
    };
  }

  const cellText = (row: GridRow | undefined, col: number): string => {
    if (!row) return '';
    const f = fields[col];
    return row.drafts?.[f.key] ?? editText(f, row.values[f.key]);
  };

  const startEdit = (mode: Editing['mode'], initial?: string) => {
    const ta = editorRef.current;
    if (!ta || !colCount) return;
    const original = cellText(rowAt(focus.row), focus.col);
    const text = initial ?? original;
    ta.value = text;
    setEditValue(text);
    setPick(-1);
    setEditing({ pos: focus, mode, original });
    focusEditor();
    ta.setSelectionRange(text.length, text.length);
  };

  const commitText = (pos: CellPos, text: string, original: string) => {
    if (text === original) return;
    const row = pos.row < view.length ? view[pos.row] : rows.length + (pos.row - view.length);
    onEdit([{ row, field: fields[pos.col].key, text }], '编辑');
  };

  const finishEdit = (save: boolean): boolean => {
    const ta = editorRef.current;
    if (!editing || !ta) return false;
    const choices = choicesOf(fields[editing.pos.col]);
    let text = ta.value;
    if (save && choices && pick >= 0) text = filteredChoices(choices, ta.value)[pick] ?? text;
    if (save) commitText(editing.pos, text, editing.original);
    ta.value = '';
    setEditValue('');
    setEditing(null);
    return true;
  };

  const clearRange = () => {
    const edits: CellEdit[] = [];
    for (let r = range.top; r <= range.bottom && r < view.length; r++) {
      for (let c = range.left; c <= range.right; c++)
        if (cellText(rows[view[r]], c) !== '') edits.push({ row: view[r], field: fields[c].key, text: '' });
    }
    if (edits.length) onEdit(edits, '清除');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    // The IME owns this key (the Enter or Space that confirms a Pinyin composition): leave it alone.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const ta = e.currentTarget;
    if (editing) {
      const choices = choicesOf(fields[editing.pos.col]);
      const options = choices ? filteredChoices(choices, ta.value) : [];
      if (e.key === 'Enter' && e.altKey) {
        e.preventDefault();
        ta.setRangeText('\n', ta.selectionStart, ta.selectionEnd, 'end');
        setEditValue(ta.value);
      } else if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        const from = editing.pos;
        finishEdit(true);
        select(
          e.key === 'Enter'
            ? moveCell(from, e.shiftKey ? 'up' : 'down', rowCount + (e.shiftKey ? 0 : 1), colCount)
            : tabCell(from, e.shiftKey, rowCount, colCount),
        );
      } else if (e.key === 'Escape') {
        e.preventDefault();
        finishEdit(false);
      } else if (options.length && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        setPick((p) => (e.key === 'ArrowDown' ? Math.min(options.length - 1, p + 1) : Math.max(-1, p - 1)));
      } else if (editing.mode === 'enter' && e.key.startsWith('Arrow')) {
        e.preventDefault();
        const from = editing.pos;
        finishEdit(true);
        select(moveCell(from, arrowMove(e.key), rowCount, colCount));
      }
      return;
    }
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
      startEdit('edit');
    } else if (e.key === 'Delete') {
      e.preventDefault();
      clearRange();
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      startEdit('enter', '');
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      select(
        moveCell(
          focus,
          ctrl ? (e.key === 'Home' ? 'top' : 'bottom') : e.key === 'Home' ? 'home' : 'end',
          rowCount,
          colCount,
        ),
        e.shiftKey,
      );
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - headH) / ROW_H) - 1);
      select(moveCell(focus, e.key === 'PageDown' ? 'pageDown' : 'pageUp', rowCount, colCount, page), e.shiftKey);
    } else if (ctrl && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      setAnchor({ row: 0, col: 0 });
      setFocus({ row: Math.max(0, rowCount - 1), col: colCount - 1 });
    } else if (ctrl && (e.key.toLowerCase() === 'y' || (e.shiftKey && e.key.toLowerCase() === 'z'))) {
      e.preventDefault();
      onRedo?.();
    } else if (ctrl && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      onUndo();
    } else if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault();
      startEdit('edit');
    }
    // Printable keys fall through: they land in the textarea and onInput starts the edit.
  };

  const onInput = (e: React.FormEvent<HTMLTextAreaElement>) => {
    const v = e.currentTarget.value;
    if (!editing) {
      if (v === '') return;
      setEditing({ pos: focus, mode: 'enter', original: cellText(rowAt(focus.row), focus.col) });
      setPick(-1);
    }
    setEditValue(v);
  };

  const onCompositionStart = () => {
    // Pinyin starts composing in the (empty) textarea: that is the start of the edit.
    if (!editing) {
      setEditing({ pos: focus, mode: 'enter', original: cellText(rowAt(focus.row), focus.col) });
      setPick(-1);
    }
  };

  const onCopy = (e: React.ClipboardEvent<HTMLTextAreaElement>, cut = false) => {
    if (editing) return;
    e.preventDefault();
    const out: string[][] = [];
    for (let r = range.top; r <= range.bottom && r < view.length; r++) {
      const line: string[] = [];
      for (let c = range.left; c <= range.right; c++) line.push(cellText(rows[view[r]], c));
      out.push(line);
    }
    e.clipboardData.setData('text/plain', formatTsv(out));
    if (cut) clearRange();
  };

  const onPaste = (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    if (editing) return;
    e.preventDefault();
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    const block = parseTsv(text);
    if (!block.length) return;
    const edits = pasteEdits(block, range, view, rows.length, fieldKeys);
    onEdit(edits, '粘贴');
    const single = block.length === 1 && block[0].length === 1;
    if (!single) {
      const bottom = range.top + block.length - 1;
      const right = Math.min(colCount - 1, range.left + Math.max(...block.map((r) => r.length)) - 1);
      setAnchor({ row: range.top, col: range.left });
      setFocus({ row: bottom, col: right });
    }
  };

  const cellFromEvent = (e: React.MouseEvent): CellPos | null => {
    const el = (e.target as HTMLElement).closest('[data-cell]') as HTMLElement | null;
    if (!el) return null;
    const [r, c] = el.dataset.cell!.split(':').map(Number);
    return { row: r, col: c };
  };

  const onMouseDown = (e: React.MouseEvent) => {
    if (e.button !== 0) return;
    const target = e.target as HTMLElement;
    if (target.closest('.dg-editor, .dg-choices, .dg-filter input')) return;
    const head = target.closest('[data-rowhead]') as HTMLElement | null;
    const pos = cellFromEvent(e);
    if (!pos && !head) return;
    e.preventDefault();
    if (editing) finishEdit(true);
    if (head) {
      const r = Number(head.dataset.rowhead);
      if (e.shiftKey) setFocus({ row: r, col: colCount - 1 });
      else {
        setAnchor({ row: r, col: 0 });
        setFocus({ row: r, col: colCount - 1 });
      }
    } else if (pos) {
      setFocus(pos);
      if (!e.shiftKey) setAnchor(pos);
      dragging.current = true;
    }
    focusEditor();
  };

  const onMouseOver = (e: React.MouseEvent) => {
    if (!dragging.current || e.buttons !== 1) return;
    const pos = cellFromEvent(e);
    if (pos && (pos.row !== focus.row || pos.col !== focus.col)) setFocus(pos);
  };

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  const onDoubleClick = (e: React.MouseEvent) => {
    if (cellFromEvent(e)) startEdit('edit');
  };

  // Keep the selection inside the view when rows disappear (filter, delete).
  useEffect(() => {
    if (focus.row >= Math.max(1, rowCount)) {
      const p = clampPos(focus, Math.max(1, rowCount), colCount);
      setFocus(p);
      setAnchor(p);
    }
  }, [rowCount, colCount, focus]);

  const toggleSort = (key: string) => {
    performance.mark('grid-sort-start');
    setSort((s) =>
      !s || s.field !== key ? { field: key, dir: 'asc' } : s.dir === 'asc' ? { field: key, dir: 'desc' } : null,
    );
  };

  const activeRow = rowAt(focus.row);
  const activeField = fields[focus.col];
  const activeError = activeRow && activeField ? activeRow.errors?.[activeField.key] : undefined;
  const activeWarning =
    activeRow?.id !== undefined && activeField ? warnings?.get(activeRow.id)?.[activeField.key] : undefined;
  const editorPos = editing?.pos ?? focus;
  const editorField = fields[editorPos.col];
  const choiceList = editing && editorField ? choicesOf(editorField) : undefined;
  const shownChoices = choiceList ? filteredChoices(choiceList, editValue) : [];
  const items = virtualizer.getVirtualItems();
  const slotCount = Math.ceil((items.length + 1) / 64) * 64;
  const filtering = search.trim() !== '' || Object.values(filters).some((v) => v.trim() !== '');

  let message: ReactNode;
  if (activeError)
    message = (
      <span className="dg-msg-error">
        第 {focus.row + 1} 行「{activeField.label}」：{activeError}
      </span>
    );
  else if (activeWarning)
    message = (
      <span className="dg-msg-warn">
        第 {focus.row + 1} 行「{activeField.label}」：{activeWarning}
      </span>
    );
  else
    message = (
      <span className="dg-msg-hint">
        直接输入即可编辑（支持拼音输入法）；双击或 F2 修改；Ctrl+C / Ctrl+V 与 Excel、WPS 互相复制粘贴；Delete
        清除；Ctrl+Z 撤销，Ctrl+Y 重做
      </span>
    );

  return (
    <div className="dg" aria-label={label}>
      <div className="dg-bar">
        <button
          type="button"
          className={filtersOpen ? 'dg-bar-btn on' : 'dg-bar-btn'}
          onClick={() => setFiltersOpen((o) => !o)}
        >
          按列筛选
        </button>
        {(filtering || sort) && (
          <button
            type="button"
            className="dg-bar-btn"
            onClick={() => {
              setFilters({});
              setSort(null);
            }}
          >
            清除排序与筛选
          </button>
        )}
        <span className="dg-count" data-testid="grid-count">
          {filtering ? `筛选出 ${rowCount} 行 / 共 ${rows.length} 行` : `共 ${rows.length} 行`}
        </span>
      </div>
      <div
        className="dg-scroll"
        ref={scrollRef}
        role="grid"
        aria-rowcount={rowCount}
        aria-colcount={colCount}
        data-testid="grid"
        onMouseDown={onMouseDown}
        onMouseOver={onMouseOver}
        onDoubleClick={onDoubleClick}
      >
        <div className="dg-inner" style={{ width: totalWidth }}>
          <div className="dg-head" style={{ height: headH }}>
            <div className="dg-headrow" style={{ height: HEAD_H }}>
              <div className="dg-corner" style={{ width: NUM_W }}>
                序号
              </div>
              {fields.map((f, c) => {
                const unit = headerUnit(f);
                const sorted = sort?.field === f.key ? sort.dir : null;
                return (
                  <div
                    key={f.key}
                    className={
                      'dg-hcell' +
                      (isNumeric(f) ? ' num' : '') +
                      (range.left <= c && c <= range.right ? ' hl' : '') +
                      (c === 0 ? ' frozen' : '')
                    }
                    style={{ width: widths[c] }}
                    title={f.description ? `${f.label}：${f.description}` : `${f.label}（点击排序）`}
                    onClick={() => toggleSort(f.key)}
                    role="columnheader"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    {f.required && <span className="dg-req">*</span>}
                    <span className="dg-hlabel">{f.label}</span>
                    {unit && <span className="dg-unit">（{unit}）</span>}
                    {sorted && <span className="dg-sort">{sorted === 'asc' ? '▲' : '▼'}</span>}
                  </div>
                );
              })}
            </div>
            {filtersOpen && (
              <div className="dg-filter" style={{ height: FILTER_H }}>
                <div className="dg-corner" style={{ width: NUM_W }}>
                  筛选
                </div>
                {fields.map((f, c) => (
                  <div key={f.key} className={c === 0 ? 'dg-fcell frozen' : 'dg-fcell'} style={{ width: widths[c] }}>
                    <input
                      aria-label={`筛选${f.label}`}
                      value={filters[f.key] ?? ''}
                      placeholder="包含…"
                      onChange={(e) => {
                        performance.mark('grid-filter-start');
                        setFilters((old) => ({ ...old, [f.key]: e.target.value }));
                      }}
                    />
                  </div>
                ))}
              </div>
            )}
          </div>
          <div className="dg-body" style={{ height: Math.max(rowCount, 1) * ROW_H }}>
            {items.map((it) => {
              const row = rows[view[it.index]];
              const inRows = it.index >= range.top && it.index <= range.bottom;
              return (
                <RowView
                  // Keyed by slot, not by row: a filter or a scroll reuses the row elements already
                  // on screen and only changes their text (indices in view are contiguous, so slots
                  // stay unique while the pool is larger than the rows drawn).
                  key={it.index % slotCount}
                  row={row}
                  index={it.index}
                  top={it.start - headH}
                  fields={fields}
                  widths={widths}
                  selLeft={inRows ? range.left : -1}
                  selRight={inRows ? range.right : -1}
                  activeCol={it.index === focus.row ? focus.col : -1}
                  editingCol={editing && editing.pos.row === it.index ? editing.pos.col : -1}
                  warn={row.id !== undefined ? warnings?.get(row.id) : undefined}
                />
              );
            })}
            {rowCount === 0 && (
              <div className="dg-empty">
                {filtering
                  ? '没有符合条件的行'
                  : '还没有数据：直接在此输入，或从 Excel 复制后按 Ctrl+V 粘贴，或点击「新增行」'}
              </div>
            )}
            <textarea
              ref={editorRef}
              className={editing ? 'dg-editor editing' : 'dg-editor'}
              data-testid="grid-editor"
              aria-label={editorField ? `编辑「${editorField.label}」` : '编辑'}
              style={{
                top: editorPos.row * ROW_H,
                left: lefts[editorPos.col] ?? NUM_W,
                width: Math.max(widths[editorPos.col] ?? 120, editing && editorField?.type === 'longText' ? 320 : 0),
                height: editing && (editorField?.type === 'longText' || editValue.includes('\n')) ? ROW_H * 3 : ROW_H,
              }}
              spellCheck={false}
              autoComplete="off"
              onKeyDown={onKeyDown}
              onInput={onInput}
              onCompositionStart={onCompositionStart}
              onCopy={(e) => onCopy(e)}
              onCut={(e) => onCopy(e, true)}
              onPaste={onPaste}
              onBlur={() => {
                if (editing) finishEdit(true);
              }}
            />
            {editing && shownChoices.length > 0 && (
              <div
                className="dg-choices"
                style={{
                  top: (editorPos.row + 1) * ROW_H,
                  left: lefts[editorPos.col],
                  minWidth: widths[editorPos.col],
                }}
                role="listbox"
              >
                {shownChoices.map((c, i) => (
                  <div
                    key={c}
                    role="option"
                    aria-selected={i === pick}
                    className={i === pick ? 'dg-choice picked' : 'dg-choice'}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      const from = editing.pos;
                      const original = editing.original;
                      if (editorRef.current) editorRef.current.value = '';
                      setEditValue('');
                      setEditing(null);
                      commitText(from, c, original);
                      select(from);
                      focusEditor();
                    }}
                  >
                    {c}
                  </div>
                ))}
              </div>
            )}
          </div>
          {totals && (
            <div className="dg-totals" data-testid="grid-totals">
              <div className="dg-corner" style={{ width: NUM_W }}>
                合计
              </div>
              {fields.map((f, c) => (
                <div
                  key={f.key}
                  className={'dg-tcell' + (isNumeric(f) ? ' num' : '') + (c === 0 ? ' frozen' : '')}
                  style={{ width: widths[c] }}
                >
                  {totals[f.key] !== undefined ? displayText(f, totals[f.key]) : ''}
                </div>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className="dg-message" role="status" data-testid="grid-message">
        {message}
      </div>
    </div>
  );
}

function arrowMove(key: string): Move {
  return key === 'ArrowUp' ? 'up' : key === 'ArrowDown' ? 'down' : key === 'ArrowLeft' ? 'left' : 'right';
}

function filteredChoices(choices: readonly string[], typed: string): readonly string[] {
  const t = typed.trim();
  if (!t || choices.includes(t)) return choices;
  const hits = choices.filter((c) => c.includes(t));
  return hits.length ? hits : choices;
}

interface RowViewProps {
  row: GridRow;
  index: number;
  top: number;
  fields: readonly FieldDef[];
  widths: readonly number[];
  selLeft: number;
  selRight: number;
  activeCol: number;
  editingCol: number;
  warn?: Readonly<Record<string, string>>;
}

const RowView = memo(function RowView({
  row,
  index,
  top,
  fields,
  widths,
  selLeft,
  selRight,
  activeCol,
  editingCol,
  warn,
}: RowViewProps) {
  return (
    <div
      className={'dg-row' + (index % 2 ? ' odd' : '')}
      style={{ transform: `translateY(${top}px)` }}
      role="row"
      aria-rowindex={index + 1}
    >
      <div className={'dg-rowhead' + (selLeft >= 0 ? ' hl' : '')} style={{ width: NUM_W }} data-rowhead={index}>
        {index + 1}
      </div>
      {fields.map((f, c) => {
        const draft = row.drafts?.[f.key];
        const err = row.errors?.[f.key];
        const w = warn?.[f.key];
        const text = draft ?? displayText(f, row.values[f.key]);
        // The first column (名称, 资产编号 …) stays in view while scrolling right, as a frozen pane.
        let cls = c === 0 ? 'dg-cell frozen' : 'dg-cell';
        if (isNumeric(f) && draft === undefined) cls += ' num';
        if (err) cls += ' err';
        else if (w) cls += ' warn';
        if (c >= selLeft && c <= selRight && selLeft >= 0) cls += ' sel';
        if (c === activeCol) cls += ' active';
        if (c === editingCol) cls += ' under-editor';
        if (choicesOf(f) && c === activeCol) cls += ' has-choices';
        return (
          <div
            key={f.key}
            className={cls}
            style={{ width: widths[c] }}
            data-cell={`${index}:${c}`}
            title={err ?? w ?? (text.length > 8 ? text : undefined)}
            role="gridcell"
            aria-invalid={err ? true : undefined}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});
