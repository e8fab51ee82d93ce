// The 合计 row under the grid's body: sums of the totalled columns over the rows in view.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { displayText, isNumeric } from './cellText';
import { NUM_W } from './gridLayout';

export function GridTotals({
  fields,
  widths,
  totals,
}: {
  fields: readonly FieldDef[];
  widths: readonly number[];
  totals: Readonly<Record<string, number>>;
}) {
  return (
    <div className="dg-totals" data-testid="grid-totals">
      <div className="dg-corner" style={{ width: NUM_W }}>
        合计
      </div>
      {fields.map((f, c) => (
        <div
          key={f.key}
          className={'dg-tcell' + (isNumeric(f) ? ' num' : '') + (c === 0 ? ' frozen' : '')}
          style={{ width: widths[c] }}
          title={totals[f.key] !== undefined ? `${f.label}合计：${displayText(f, totals[f.key])}` : undefined}
        >
          {totals[f.key] !== undefined ? displayText(f, totals[f.key]) : ''}
        </div>
      ))}
    </div>
  );
}
