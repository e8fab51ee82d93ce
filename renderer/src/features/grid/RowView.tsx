// One row of the grid's body: its own number and its cells, with selection, error, warning,
// 待填 (a required cell a new row still lacks) and accepted-exception marks.
import { memo } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { choicesOf, displayText, isNumeric } from './cellText';
import { NUM_W } from './gridLayout';
import { cellError, type GridRow } from './gridRow';

interface RowViewProps {
  row: GridRow;
  /** Position in the view (what the selection counts in). */
  index: number;
  /** The row's own number, shown as 序号: not renumbered by sorting or filtering. */
  rowNumber: number;
  top: number;
  fields: readonly FieldDef[];
  widths: readonly number[];
  selLeft: number;
  selRight: number;
  activeCol: number;
  editingCol: number;
  warn?: Readonly<Record<string, string>>;
  /** Fields whose rules this row excepts (shown with a mark and the reason on hover). */
  excepted?: ReadonlySet<string>;
}

export const RowView = memo(function RowView({
  row,
  index,
  rowNumber,
  top,
  fields,
  widths,
  selLeft,
  selRight,
  activeCol,
  editingCol,
  warn,
  excepted,
}: RowViewProps) {
  return (
    <div
      className={'dg-row' + (index % 2 ? ' odd' : '')}
      style={{ transform: `translateY(${top}px)` }}
      role="row"
      aria-rowindex={index + 1}
    >
      <div className={'dg-rowhead' + (selLeft >= 0 ? ' hl' : '')} style={{ width: NUM_W }} data-rowhead={index}>
        {rowNumber}
      </div>
      {fields.map((f, c) => {
        const draft = row.drafts?.[f.key];
        const err = cellError(row, f.key);
        const w = warn?.[f.key];
        const missing = !err && row.missing?.includes(f.key);
        const text = draft ?? displayText(f, row.values[f.key]);
        // The first column (名称, 资产编号 …) stays in view while scrolling right, as a frozen pane.
        let cls = c === 0 ? 'dg-cell frozen' : 'dg-cell';
        if (isNumeric(f) && draft === undefined) cls += ' num';
        if (err) cls += ' err';
        else if (w) cls += ' warn';
        else if (missing) cls += ' missing';
        if (excepted?.has(f.key)) cls += ' excepted';
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
            title={err ?? w ?? (missing ? '必填，待填写' : text.length > 8 ? text : undefined)}
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
