// An Excel-like grid for office staff: virtualised rows, keyboard moves, type-to-edit (Pinyin IME
// included), copy and paste of Excel/WPS blocks, per-cell validation shown in place, totals.
// This file puts the parts together; they live beside it: the view (sort, filters, search:
// useGridView), the column layout (useColumnLayout), scrolling (useGridScroll), the selection
// (useGridSelection), the editor overlay (CellEditor, useCellEditor), the keys (gridKeyboard), the
// clipboard (useGridClipboard), the mouse (useGridMouse), the bar, header and filters (GridBar,
// GridHeader, ColumnFilterPopup), rows (GridBody, RowView), totals (GridTotals) and the line under
// the grid (GridMessage).
import './grid.css';

import { useCallback, useMemo, useRef, useState } from 'react';

import { CellEditor } from './CellEditor';
import { isTotalled, sumRows } from './cellText';
import { ColumnFilterPopup, useColumnFilterPopup } from './ColumnFilterPopup';
import type { DataGridProps } from './dataGridProps';
import { GridBar } from './GridBar';
import { GridBody } from './GridBody';
import { cellAccess } from './gridCells';
import { GridHeader } from './GridHeader';
import { gridKeyDown } from './gridKeyboard';
import { FILTER_H, HEAD_H } from './gridLayout';
import { GridMessage } from './GridMessage';
import { GridTotals } from './GridTotals';
import { useCellEditor } from './useCellEditor';
import { useColumnLayout } from './useColumnLayout';
import { useGridClipboard } from './useGridClipboard';
import { useGridMouse } from './useGridMouse';
import { useGridScroll } from './useGridScroll';
import { useGridSelection } from './useGridSelection';
import { useGridView } from './useGridView';

export type { DataGridHandle } from './useGridSelection';

export function DataGrid(props: DataGridProps) {
  const { fields, rows, structure, search = '', warnings, onEdit, onUndo, onRedo, label, suggest, rules } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);

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

  const scroll = useGridScroll({ scrollRef, shownCount, rowCount, headH, lefts, widths });
  const focusEditor = useCallback(() => editorRef.current?.focus({ preventScroll: true }), []);
  const selection = useGridSelection({
    rows,
    view,
    shownCount,
    colCount,
    scrollIntoView: scroll.scrollIntoView,
    scrollToRow: (v) => scroll.virtualizer.scrollToIndex(v, { align: 'auto' }),
    focusEditor,
    onSelectRows: props.onSelectRows,
    handleRef: props.handleRef,
  });
  const { focus, range, select } = selection;

  const { rowAt, numberOf, textAt, rowIndexOf } = cellAccess(rows, view, fields);

  const totals = useMemo(() => {
    if (!fields.some(isTotalled)) return null;
    // Read in place over the view: this runs over 50,000 rows on every filter.
    return sumRows(fields, rows, view);
  }, [fields, view, rows]);

  const editor = useCellEditor({
    editorRef,
    fields,
    focus,
    textAt,
    rowIndexOf,
    onEdit,
    focusEditor,
    suggest,
  });
  const { editing } = editor;
  const clipboard = useGridClipboard({
    editing: !!editing,
    range,
    rows,
    view,
    fields,
    fieldKeys,
    textAt,
    onEdit,
    selectBlock: selection.selectBlock,
  });
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) =>
    gridKeyDown(e, {
      editor,
      fields,
      focus,
      rowCount,
      colCount,
      pageRows: scroll.pageRows,
      select,
      selectAll: () =>
        selection.selectBlock({ top: 0, left: 0, bottom: Math.max(0, rowCount - 1), right: colCount - 1 }),
      clearRange: clipboard.clearRange,
      onUndo,
      onRedo,
      suggest,
    });
  const mouse = useGridMouse({
    editor,
    focus,
    colCount,
    setFocus: selection.setFocus,
    setAnchor: selection.setAnchor,
    focusEditor,
  });
  const popup = useColumnFilterPopup(frameRef, scrollRef);
  const editorPos = editing?.pos ?? focus;

  return (
    <div className="dg" aria-label={label} ref={frameRef}>
      <GridBar
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen((o) => !o)}
        sortedOrFiltered={filtering || !!sort}
        onClear={grid.clear}
        filtering={filtering}
        shown={rowCount}
        total={rows.length}
      />
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
            onOpenPanel={popup.open}
          />
          <GridBody
            items={scroll.virtualizer.getVirtualItems()}
            rows={rows}
            view={view}
            ready={ready}
            filtering={filtering}
            fields={fields}
            widths={widths}
            headH={headH}
            range={range}
            focus={focus}
            editingPos={editing?.pos}
            numberOf={numberOf}
            warnings={warnings}
            rules={rules}
          >
            <CellEditor
              editor={editor}
              editorRef={editorRef}
              pos={editorPos}
              field={fields[editorPos.col]}
              lefts={lefts}
              widths={widths}
              onKeyDown={onKeyDown}
              onCopy={clipboard.onCopy}
              onPaste={clipboard.onPaste}
              onChosen={(pos) => {
                select(pos);
                focusEditor();
              }}
              suggest={suggest}
            />
          </GridBody>
          {totals && <GridTotals fields={fields} widths={widths} totals={totals} />}
        </div>
      </div>
      <GridMessage
        rowNumber={numberOf(focus.row)}
        row={rowAt(focus.row)}
        field={fields[focus.col]}
        fields={fields}
        rules={rules}
        warnings={warnings}
        onException={props.onException}
      />
      <ColumnFilterPopup
        placed={popup.placed}
        fields={fields}
        grid={grid}
        onDone={() => {
          popup.close();
          focusEditor();
        }}
      />
    </div>
  );
}
