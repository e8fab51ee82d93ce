// An Excel-like grid for office staff: virtualised rows, keyboard moves, type-to-edit (Pinyin IME
// included), copy and paste of Excel/WPS blocks, per-cell validation shown in place, totals.
// This file holds the selection and puts the parts together; they live beside it: the view (sort,
// filters, search: useGridView), the column layout (useColumnLayout), the editor overlay (CellEditor,
// useCellEditor), the keys (gridKeyboard), the header and filters (GridHeader, FilterPanel), the
// clipboard (gridClipboard), the mouse (useGridMouse), rows (RowView) and totals (GridTotals).
import './grid.css';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { FieldDef, RowRule } from '../../../../shared/datasets/datasetDefinition';
import { describeRule, ruleFields } from '../../../../shared/datasets/rowRules';
import { CellEditor } from './CellEditor';
import { editText, isTotalled, sumRows } from './cellText';
import { FilterPanel } from './FilterPanel';
import { copyText, planPaste } from './gridClipboard';
import type { CellEdit } from './gridEdits';
import { GridHeader } from './GridHeader';
import { gridKeyDown } from './gridKeyboard';
import { FILTER_H, HEAD_H, NUM_W, ROW_H } from './gridLayout';
import { GridMessage } from './GridMessage';
import type { GridRow } from './gridRow';
import { GridTotals } from './GridTotals';
import { RowView } from './RowView';
import { type CellPos, clampPos, rangeOf } from './selection';
import { type Suggest, useCellEditor } from './useCellEditor';
import { useColumnLayout } from './useColumnLayout';
import { useGridMouse } from './useGridMouse';
import { useGridView } from './useGridView';

export interface DataGridHandle {
  /** Selects the first cell of the row with this key (e.g. after 新增行). */
  focusRow(this: void, key: string): void;
  focus(this: void): void;
}

export interface DataGridProps {
  fields: readonly FieldDef[];
  rows: readonly GridRow[];
  /** Changes when rows are added or removed: the view is re-sorted and re-filtered then. */
  structure: number;
  search?: string;
  /** Non-blocking notes per row id and field (e.g. a major not in the catalogue). */
  warnings?: ReadonlyMap<number, Readonly<Record<string, string>>>;
  onEdit: (edits: CellEdit[], label: string) => void;
  onUndo: () => void;
  onRedo?: () => void;
  onSelectRows?: (keys: string[]) => void;
  handleRef?: { current: DataGridHandle | null };
  /** Label for the test and the screen reader, e.g. 合作企业. */
  label: string;
  /** Matches offered while typing in a cell that is not a choice (the 专业目录's codes and names). */
  suggest?: Suggest;
  /** The data set's rules across fields, to name an accepted exception. */
  rules?: readonly RowRule[];
  /** Accepts or withdraws a rule exception for a row (「接受为例外」). */
  onException?: (rowKey: string, rule: string, accept: boolean) => void;
}

/** The ready row an empty data set shows: typing or pasting into it starts the first record. */
const READY_ROW: GridRow = { key: 'ready', values: {} };

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
    suggest,
    rules,
    onException,
  } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: 0 });
  const [focus, setFocus] = useState<CellPos>({ row: 0, col: 0 });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [panel, setPanel] = useState<{ col: number; left: number; top: number } | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const { widths, lefts, totalWidth } = useColumnLayout(fields, rows, structure);
  const fieldKeys = useMemo(() => fields.map((f) => f.key), [fields]);
  const grid = useGridView({ rows, fields, structure, search, scrollRef });
  const { view, sort, filters, filtering } = grid;
  const colCount = fields.length;
  // An empty data set still has a row to type or paste into, as an empty sheet has.
  const ready = !filtering && rows.length === 0;
  const rowCount = view.length;
  const shownCount = ready ? 1 : rowCount;
  const headH = HEAD_H + (filtersOpen ? FILTER_H : 0);

  // The React Compiler skips this component (TanStack Virtual's API changes identity every render);
  // the grid does its own memoisation and does not rely on the compiler's.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: shownCount,
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
  /** A view row's own number (序号): its place among all rows, whatever the sort or filter. */
  const numberOf = (viewRow: number) =>
    viewRow < view.length ? view[viewRow] + 1 : rows.length + viewRow - view.length + 1;

  const totals = useMemo(() => {
    if (!fields.some(isTotalled)) return null;
    // Read in place over the view: this runs over 50,000 rows on every filter.
    return sumRows(fields, rows, view);
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
      const p = clampPos(pos, Math.max(1, shownCount), colCount);
      setFocus(p);
      if (!extend) setAnchor(p);
      scrollIntoView(p);
    },
    [shownCount, colCount, scrollIntoView],
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

  const textAt = (pos: CellPos): string => {
    const row = rowAt(pos.row);
    if (!row) return '';
    const f = fields[pos.col];
    return row.drafts?.[f.key] ?? editText(f, row.values[f.key]);
  };

  const editor = useCellEditor({
    editorRef,
    fields,
    focus,
    textAt,
    rowIndexOf: (viewRow) => (viewRow < view.length ? view[viewRow] : rows.length + (viewRow - view.length)),
    onEdit,
    focusEditor,
    suggest,
  });
  const { editing } = editor;

  const clearRange = () => {
    const edits: CellEdit[] = [];
    for (let r = range.top; r <= range.bottom && r < view.length; r++) {
      for (let c = range.left; c <= range.right; c++)
        if (textAt({ row: r, col: c }) !== '') edits.push({ row: view[r], field: fields[c].key, text: '' });
    }
    if (edits.length) onEdit(edits, '清除');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) =>
    gridKeyDown(e, {
      editor,
      fields,
      focus,
      rowCount,
      colCount,
      pageRows: () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - headH) / ROW_H) - 1),
      select,
      selectAll: () => {
        setAnchor({ row: 0, col: 0 });
        setFocus({ row: Math.max(0, rowCount - 1), col: colCount - 1 });
      },
      clearRange,
      onUndo,
      onRedo,
      suggest,
    });

  const onCopy = (e: React.ClipboardEvent<HTMLTextAreaElement>, cut: boolean) => {
    if (editing) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copyText(range, view.length, textAt));
    if (cut) clearRange();
  };

  const onPaste = (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    if (editing) return;
    e.preventDefault();
    const plan = planPaste(e.clipboardData.getData('text/plain'), range, view, rows.length, fieldKeys);
    if (!plan) return;
    onEdit(plan.edits, '粘贴');
    if (plan.covered) {
      setAnchor({ row: plan.covered.top, col: plan.covered.left });
      setFocus({ row: plan.covered.bottom, col: plan.covered.right });
    }
  };

  const mouse = useGridMouse({ editor, focus, colCount, setFocus, setAnchor, focusEditor });

  const openPanel = (col: number) => {
    const frame = frameRef.current;
    const cellEl = scrollRef.current?.querySelectorAll<HTMLElement>('[role=columnheader]')[col];
    if (!frame || !cellEl) return;
    const f = frame.getBoundingClientRect();
    const c = cellEl.getBoundingClientRect();
    const left = Math.max(4, Math.min(c.left - f.left, f.width - 330));
    setPanel({ col, left, top: c.bottom - f.top });
  };
  // Keep the selection inside the view when rows disappear (filter, delete).
  useEffect(() => {
    if (focus.row >= Math.max(1, shownCount)) {
      const p = clampPos(focus, Math.max(1, shownCount), colCount);
      setFocus(p);
      setAnchor(p);
    }
  }, [shownCount, colCount, focus]);

  const activeRow = rowAt(focus.row);
  const activeField = fields[focus.col];
  const activeWarning =
    activeRow?.id !== undefined && activeField ? warnings?.get(activeRow.id)?.[activeField.key] : undefined;
  // Rules a row excepts, by the field each shows on.
  const exceptedOf = (row: GridRow | undefined): Map<string, RowRule> | undefined => {
    if (!row?.accepted?.length || !rules) return undefined;
    const m = new Map<string, RowRule>();
    for (const r of rules) if (row.accepted.includes(r.id)) m.set(ruleFields(r)[0], r);
    return m;
  };
  const activeExcepted = activeField ? exceptedOf(activeRow)?.get(activeField.key) : undefined;
  const editorPos = editing?.pos ?? focus;
  const items = virtualizer.getVirtualItems();
  const slotCount = Math.ceil((items.length + 1) / 64) * 64;

  return (
    <div className="dg" aria-label={label} ref={frameRef}>
      <div className="dg-bar">
        <button
          type="button"
          className={filtersOpen ? 'dg-bar-btn on' : 'dg-bar-btn'}
          onClick={() => setFiltersOpen((o) => !o)}
        >
          按列筛选
        </button>
        {(filtering || sort) && (
          <button type="button" className="dg-bar-btn" onClick={grid.clear}>
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
        aria-rowcount={shownCount}
        aria-colcount={colCount}
        data-testid="grid"
        onMouseDown={mouse.onMouseDown}
        onMouseOver={mouse.onMouseOver}
        onDoubleClick={mouse.onDoubleClick}
      >
        <div className="dg-inner" style={{ width: totalWidth }}>
          <GridHeader
            fields={fields}
            widths={widths}
            height={headH}
            range={range}
            sort={sort}
            onSort={grid.toggleSort}
            filtersOpen={filtersOpen}
            filters={filters}
            problems={grid.problems}
            onFilter={grid.setFilter}
            onOpenPanel={openPanel}
          />
          <div className="dg-body" style={{ height: Math.max(shownCount, 1) * ROW_H }}>
            {items.map((it) => {
              const row = ready ? READY_ROW : rows[view[it.index]];
              const inRows = it.index >= range.top && it.index <= range.bottom;
              const excepted = exceptedOf(row);
              return (
                <RowView
                  // Keyed by slot, not by row: a filter or a scroll reuses the row elements already
                  // on screen and only changes their text (indices in view are contiguous, so slots
                  // stay unique while the pool is larger than the rows drawn).
                  key={it.index % slotCount}
                  row={row}
                  index={it.index}
                  rowNumber={numberOf(it.index)}
                  top={it.start - headH}
                  fields={fields}
                  widths={widths}
                  selLeft={inRows ? range.left : -1}
                  selRight={inRows ? range.right : -1}
                  activeCol={it.index === focus.row ? focus.col : -1}
                  editingCol={editing && editing.pos.row === it.index ? editing.pos.col : -1}
                  warn={row.id !== undefined ? warnings?.get(row.id) : undefined}
                  excepted={excepted ? new Set(excepted.keys()) : undefined}
                />
              );
            })}
            {rowCount === 0 && (
              <div className={ready ? 'dg-empty ready' : 'dg-empty'} data-testid="grid-empty">
                {filtering
                  ? '没有符合条件的行'
                  : '还没有数据：点一下第 1 行的单元格直接输入，或从 Excel 复制后按 Ctrl+V 粘贴'}
              </div>
            )}
            <CellEditor
              editor={editor}
              editorRef={editorRef}
              pos={editorPos}
              field={fields[editorPos.col]}
              lefts={lefts}
              widths={widths}
              onKeyDown={onKeyDown}
              onCopy={onCopy}
              onPaste={onPaste}
              onChosen={(pos) => {
                select(pos);
                focusEditor();
              }}
              suggest={suggest}
            />
          </div>
          {totals && <GridTotals fields={fields} widths={widths} totals={totals} />}
        </div>
      </div>
      <GridMessage
        rowNumber={numberOf(focus.row)}
        row={activeRow}
        field={activeField}
        warning={activeWarning}
        onException={onException}
        exceptedRule={
          activeExcepted
            ? { rule: activeExcepted.id, text: describeRule({ fields, rules }, activeExcepted) }
            : undefined
        }
      />
      {panel && fields[panel.col] && (
        <FilterPanel
          key={panel.col}
          field={fields[panel.col]}
          left={panel.left}
          top={panel.top}
          filter={filters[fields[panel.col].key]}
          values={() => grid.valuesOf(fields[panel.col])}
          onApply={(filter) => {
            grid.setFilter(fields[panel.col].key, filter);
            setPanel(null);
            focusEditor();
          }}
          onSort={(dir) => {
            grid.sortBy(fields[panel.col].key, dir);
            setPanel(null);
            focusEditor();
          }}
          onClose={() => {
            setPanel(null);
            focusEditor();
          }}
        />
      )}
    </div>
  );
}
