// The grid's sticky header: column labels (click to sort, ▾ for the column's filter list) and,
// when opened, a filter box per column taking text or a condition (>100000, 2019~2021, 空白 …).
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { headerUnit, isNumeric } from './cellText';
import { type ColumnFilter, isActive } from './columnFilter';
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
  filters: Readonly<Record<string, ColumnFilter>>;
  /** Filters that cannot be read, by field key (shown on their box). */
  problems: Readonly<Record<string, string>>;
  onFilter: (key: string, filter: ColumnFilter | undefined) => void;
  /** Opens the column's filter list (▾). */
  onOpenPanel: (col: number) => void;
}

function placeholderOf(f: FieldDef): string {
  if (f.type === 'date') return '如 >2020-01-01、2019~2021';
  if (isNumeric(f)) return '如 >100000、100-500';
  return '包含…';
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
  problems,
  onFilter,
  onOpenPanel,
}: GridHeaderProps) {
  return (
    <div className="dg-head" style={{ height }}>
      <div className="dg-headrow" style={{ height: HEAD_H }}>
        <div className="dg-corner" style={{ width: NUM_W }} title="每一行自己的序号，排序或筛选时不变">
          序号
        </div>
        {fields.map((f, c) => {
          const unit = headerUnit(f);
          const sorted = sort?.field === f.key ? sort.dir : null;
          const filtered = isActive(filters[f.key]);
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
              <button
                type="button"
                className={filtered ? 'dg-fbtn on' : 'dg-fbtn'}
                aria-label={`筛选「${f.label}」的值`}
                title={filtered ? '已筛选：点击修改' : '按条件或按值筛选'}
                onMouseDown={(e) => e.stopPropagation()}
                onClick={(e) => {
                  e.stopPropagation();
                  onOpenPanel(c);
                }}
              >
                ▾
              </button>
            </div>
          );
        })}
      </div>
      {filtersOpen && (
        <div className="dg-filter" style={{ height: FILTER_H }}>
          <div className="dg-corner" style={{ width: NUM_W }}>
            筛选
          </div>
          {fields.map((f, c) => {
            const filter = filters[f.key];
            const problem = problems[f.key];
            return (
              <div key={f.key} className={c === 0 ? 'dg-fcell frozen' : 'dg-fcell'} style={{ width: widths[c] }}>
                {filter && 'values' in filter ? (
                  <button
                    type="button"
                    className="dg-fvalues"
                    title={filter.values.join('、')}
                    onClick={() => onOpenPanel(c)}
                  >
                    已选 {filter.values.length} 个值
                    <span
                      className="dg-fclear"
                      role="button"
                      aria-label={`清除「${f.label}」的筛选`}
                      onClick={(e) => {
                        e.stopPropagation();
                        onFilter(f.key, undefined);
                      }}
                    >
                      ×
                    </span>
                  </button>
                ) : (
                  <input
                    aria-label={`筛选${f.label}`}
                    className={problem ? 'invalid' : undefined}
                    title={problem ?? placeholderOf(f)}
                    aria-invalid={problem ? true : undefined}
                    value={filter?.text ?? ''}
                    placeholder={placeholderOf(f)}
                    onChange={(e) => onFilter(f.key, e.target.value ? { text: e.target.value } : undefined)}
                  />
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
