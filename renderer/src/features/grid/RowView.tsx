// One row of the grid's body: row number and cells, with selection, error and warning marks.
import { memo } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { choicesOf, displayText, isNumeric } from './cellText';
import { NUM_W } from './gridLayout';
import type { GridRow } from './gridRow';

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

export const RowView = memo(function RowView({
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
