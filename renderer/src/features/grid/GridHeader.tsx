// The grid's sticky header: column labels (click to sort) and, when opened, the per-column filters.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { headerUnit, isNumeric } from './cellText';
import { FILTER_H, HEAD_H, NUM_W } from './gridLayout';
import type { CellRange } from './selection';
import type { SortSpec } from './sortFilter';

export interface GridHeaderProps {
  fields: readonly FieldDef[];
  widths: readonly number[];
  height: number;
  range: CellRange;
  sort: SortSpec | null;
  onSort: (key: string) => void;
  filtersOpen: boolean;
  filters: Readonly<Record<string, string>>;
  onFilter: (key: string, text: string) => void;
}

export function GridHeader({
  fields,
  widths,
  height,
  range,
  sort,
  onSort,
  filtersOpen,
  filters,
  onFilter,
}: GridHeaderProps) {
  return (
    <div className="dg-head" style={{ height }}>
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
              onClick={() => onSort(f.key)}
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
                  onFilter(f.key, e.target.value);
                }}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
