// The grid's body: the rows in view (RowView, reused by slot), the line shown when there are none,
// and whatever sits over the rows (the cell editor).
import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

import type { FieldDef, RowRule } from '../../../../shared/datasets/datasetDefinition';
import { ROW_H } from './gridLayout';
import type { GridRow } from './gridRow';
import { exceptedRules } from './gridRules';
import { RowView } from './RowView';
import type { CellPos, CellRange } from './selection';

/** The ready row an empty data set shows: typing or pasting into it starts the first record. */
const READY_ROW: GridRow = { key: 'ready', values: {} };

export interface GridBodyProps {
  items: VirtualItem[];
  rows: readonly GridRow[];
  view: readonly number[];
  /** An empty data set, unfiltered: one ready row to type or paste into. */
  ready: boolean;
  filtering: boolean;
  fields: readonly FieldDef[];
  widths: readonly number[];
  headH: number;
  range: CellRange;
  focus: CellPos;
  /** The cell being edited, if any. */
  editingPos: CellPos | undefined;
  numberOf: (viewRow: number) => number;
  warnings?: ReadonlyMap<number, Readonly<Record<string, string>>>;
  rules?: readonly RowRule[];
  children: ReactNode;
}

export function GridBody(p: GridBodyProps) {
  const { items, rows, view, ready, range, focus, editingPos } = p;
  const shownCount = ready ? 1 : view.length;
  const slotCount = Math.ceil((items.length + 1) / 64) * 64;
  return (
    <div className="dg-body" style={{ height: Math.max(shownCount, 1) * ROW_H }}>
      {items.map((it) => {
        const row = ready ? READY_ROW : rows[view[it.index]];
        const inRows = it.index >= range.top && it.index <= range.bottom;
        const excepted = exceptedRules(row, p.rules);
        return (
          <RowView
            // Keyed by slot, not by row: a filter or a scroll reuses the row elements already
            // on screen and only changes their text (indices in view are contiguous, so slots
            // stay unique while the pool is larger than the rows drawn).
            key={it.index % slotCount}
            row={row}
            index={it.index}
            rowNumber={p.numberOf(it.index)}
            top={it.start - p.headH}
            fields={p.fields}
            widths={p.widths}
            selLeft={inRows ? range.left : -1}
            selRight={inRows ? range.right : -1}
            activeCol={it.index === focus.row ? focus.col : -1}
            editingCol={editingPos && editingPos.row === it.index ? editingPos.col : -1}
            warn={row.id !== undefined ? p.warnings?.get(row.id) : undefined}
            excepted={excepted ? new Set(excepted.keys()) : undefined}
          />
        );
      })}
      {view.length === 0 && (
        <div className={ready ? 'dg-empty ready' : 'dg-empty'} data-testid="grid-empty">
          {p.filtering
            ? '没有符合条件的行'
            : '还没有数据：点一下第 1 行的单元格直接输入，或从 Excel 复制后按 Ctrl+V 粘贴'}
        </div>
      )}
      {p.children}
    </div>
  );
}
