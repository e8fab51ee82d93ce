import type { PackField, ScalarValue, TableRowValue } from '../../../../shared/packs/packSchema';
import { coerceCell } from './coerceCell';
import { scalarText } from './ScalarInput';

interface Props {
  id: string;
  def: PackField;
  rows: TableRowValue[];
  /** Rows and columns with a problem, to mark those cells. */
  badCells: Set<string>;
  onChange: (rows: TableRowValue[]) => void;
  onBlur: () => void;
}

/** A repeating-row table (one row per award, per major …): cells edited in place, rows added and removed. */
export function TableInput({ id, def, rows, badCells, onChange, onBlur }: Props) {
  const columns = def.columns ?? [];
  const setCell = (ri: number, key: string, v: ScalarValue) =>
    onChange(rows.map((r, i) => (i === ri ? { ...r, [key]: v } : r)));
  // The first text column names the row (观测点, 专业名称 …): it gets the room.
  const mainColumn = columns.find((c) => c.type === 'text');
  const canAdd = def.maxRows === undefined || rows.length < def.maxRows;
  return (
    <div className="fe-table-wrap">
      <table className="fe-table" id={id}>
        <thead>
          <tr>
            <th className="fe-seq">序号</th>
            {columns.map((c) => (
              <th
                key={c.key}
                className={c === mainColumn ? 'fe-col-main' : c.type === 'text' ? 'fe-col-text' : 'fe-col-short'}
              >
                {c.label}
                {c.unit ? `（${c.unit}）` : ''}
              </th>
            ))}
            <th className="fe-rowact" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, ri) => (
            <tr key={ri}>
              <td className="fe-seq">{ri + 1}</td>
              {columns.map((c) => (
                <td
                  key={c.key}
                  data-cell={`${ri + 1}:${c.key}`}
                  className={badCells.has(`${ri + 1}:${c.key}`) ? 'invalid' : undefined}
                >
                  {c.type === 'checkbox' ? (
                    <input
                      type="checkbox"
                      aria-label={`第 ${ri + 1} 行${c.label}`}
                      checked={r[c.key] === true}
                      onChange={(e) => setCell(ri, c.key, e.target.checked)}
                      onBlur={onBlur}
                    />
                  ) : c.type === 'choice' && c.options?.length ? (
                    <select
                      aria-label={`第 ${ri + 1} 行${c.label}`}
                      value={scalarText(r[c.key])}
                      onChange={(e) => setCell(ri, c.key, e.target.value || null)}
                      onBlur={onBlur}
                    >
                      <option value="" />
                      {c.options.map((o) => (
                        <option key={o}>{o}</option>
                      ))}
                    </select>
                  ) : c.type === 'text' ? (
                    // Text cells wrap and grow with their content (long 观测点, 证书名称 …).
                    <textarea
                      rows={1}
                      aria-label={`第 ${ri + 1} 行${c.label}`}
                      value={scalarText(r[c.key])}
                      onChange={(e) => setCell(ri, c.key, coerceCell(c.type, e.target.value))}
                      onBlur={onBlur}
                    />
                  ) : (
                    <input
                      aria-label={`第 ${ri + 1} 行${c.label}`}
                      className="fe-num"
                      value={scalarText(r[c.key])}
                      onChange={(e) => setCell(ri, c.key, coerceCell(c.type, e.target.value))}
                      onBlur={onBlur}
                    />
                  )}
                </td>
              ))}
              <td className="fe-rowact">
                <button
                  type="button"
                  className="link"
                  title="删除此行"
                  onClick={() => onChange(rows.filter((_, i) => i !== ri))}
                >
                  删除
                </button>
              </td>
            </tr>
          ))}
          {!rows.length && (
            <tr>
              <td colSpan={columns.length + 2} className="fe-empty">
                暂无数据行
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <button
        type="button"
        className="fe-addrow"
        disabled={!canAdd}
        onClick={() => onChange([...rows, Object.fromEntries(columns.map((c) => [c.key, null]))])}
      >
        ＋ 添加一行
      </button>
    </div>
  );
}
