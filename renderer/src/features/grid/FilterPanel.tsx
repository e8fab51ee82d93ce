// The list under a column header's ▾, as Excel and WPS have it: sort, a condition (包含/等于 for text;
// 大于/小于/介于/等于 for numbers and dates; 空白/非空白), and the column's distinct values with how
// many rows hold each, to tick. A condition is written into the column's filter box, so what the
// user sees there is what filters.
import { useEffect, useMemo, useRef, useState } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { headerUnit, isNumeric } from './cellText';
import type { ColumnFilter } from './columnFilter';

type Op = 'contains' | 'equals' | 'gt' | 'lt' | 'between' | 'blank' | 'notBlank';

export interface FilterPanelProps {
  field: FieldDef;
  /** Where the panel opens, in the grid's coordinates. */
  left: number;
  top: number;
  filter: ColumnFilter | undefined;
  /** The column's values with counts (rows left by the other columns' filters). */
  values: () => { value: string; count: number }[];
  onApply: (filter: ColumnFilter | undefined) => void;
  onSort: (dir: 'asc' | 'desc') => void;
  onClose: () => void;
}

const MAX_LISTED = 1000;

function conditionText(op: Op, a: string, b: string): string {
  switch (op) {
    case 'contains':
      return a.trim();
    case 'equals':
      return a.trim() ? `=${a.trim()}` : '';
    case 'gt':
      return a.trim() ? `>${a.trim()}` : '';
    case 'lt':
      return a.trim() ? `<${a.trim()}` : '';
    case 'between':
      return a.trim() && b.trim() ? `${a.trim()}~${b.trim()}` : '';
    case 'blank':
      return '空白';
    case 'notBlank':
      return '非空白';
  }
}

export function FilterPanel({ field, left, top, filter, values, onApply, onSort, onClose }: FilterPanelProps) {
  const ranged = isNumeric(field) || field.type === 'date';
  const [op, setOp] = useState<Op>(ranged ? 'gt' : 'contains');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const all = useMemo(() => values(), [values]);
  const [ticked, setTicked] = useState<Set<string>>(
    () => new Set(filter && 'values' in filter ? filter.values : all.map((v) => v.value)),
  );
  const [find, setFind] = useState('');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // A click elsewhere closes the panel, as a menu does.
    const away = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  const shown = all.filter((v) => !find.trim() || v.value.includes(find.trim())).slice(0, MAX_LISTED);
  const unit = headerUnit(field);
  const condition = conditionText(op, a, b);
  const ops: [Op, string][] = ranged
    ? [
        ['gt', field.type === 'date' ? '晚于' : '大于'],
        ['lt', field.type === 'date' ? '早于' : '小于'],
        ['between', '介于'],
        ['equals', '等于'],
        ['blank', '空白'],
        ['notBlank', '非空白'],
      ]
    : [
        ['contains', '包含'],
        ['equals', '等于'],
        ['blank', '空白'],
        ['notBlank', '非空白'],
      ];
  return (
    <div
      ref={ref}
      className="dg-fpanel"
      style={{ left, top }}
      role="dialog"
      aria-label={`筛选「${field.label}」`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="dg-fp-row">
        <button type="button" onClick={() => onSort('asc')}>
          {field.type === 'date' || isNumeric(field) ? '从小到大排序' : '升序排序'}
        </button>
        <button type="button" onClick={() => onSort('desc')}>
          {field.type === 'date' || isNumeric(field) ? '从大到小排序' : '降序排序'}
        </button>
      </div>
      <div className="dg-fp-title">按条件筛选{unit ? `（${unit}）` : ''}</div>
      <div className="dg-fp-row">
        <select aria-label="条件" value={op} onChange={(e) => setOp(e.target.value as Op)}>
          {ops.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
        {op !== 'blank' && op !== 'notBlank' && (
          <input
            aria-label={op === 'between' ? '从' : '值'}
            value={a}
            onChange={(e) => setA(e.target.value)}
            placeholder={field.type === 'date' ? '如 2020-01-01' : ''}
          />
        )}
        {op === 'between' && (
          <>
            <span>至</span>
            <input aria-label="到" value={b} onChange={(e) => setB(e.target.value)} />
          </>
        )}
        <button type="button" className="primary" disabled={!condition} onClick={() => onApply({ text: condition })}>
          筛选
        </button>
      </div>
      <div className="dg-fp-title">按值筛选（{all.length} 个不同的值）</div>
      <input
        className="dg-fp-find"
        aria-label="在值中查找"
        placeholder="查找值…"
        value={find}
        onChange={(e) => setFind(e.target.value)}
      />
      <div className="dg-fp-values" role="group" aria-label="值">
        <label className="dg-fp-value all">
          <input
            type="checkbox"
            checked={shown.every((v) => ticked.has(v.value))}
            onChange={(e) => {
              const next = new Set(ticked);
              for (const v of shown) {
                if (e.target.checked) next.add(v.value);
                else next.delete(v.value);
              }
              setTicked(next);
            }}
          />
          <span>（全选）</span>
        </label>
        {shown.map((v) => (
          <label key={v.value} className="dg-fp-value">
            <input
              type="checkbox"
              checked={ticked.has(v.value)}
              onChange={(e) => {
                const next = new Set(ticked);
                if (e.target.checked) next.add(v.value);
                else next.delete(v.value);
                setTicked(next);
              }}
            />
            <span className="dg-fp-vtext" title={v.value}>
              {v.value}
            </span>
            <span className="dg-fp-count">{v.count}</span>
          </label>
        ))}
        {all.length > shown.length && !find && (
          <div className="dg-fp-more">只列出前 {MAX_LISTED} 个值，可在上面查找</div>
        )}
      </div>
      <div className="dg-fp-actions">
        <button type="button" onClick={() => onApply(undefined)}>
          清除筛选
        </button>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          取消
        </button>
        <button
          type="button"
          className="primary"
          disabled={ticked.size === 0}
          onClick={() => onApply(all.every((v) => ticked.has(v.value)) ? undefined : { values: [...ticked] })}
        >
          确定
        </button>
      </div>
    </div>
  );
}
