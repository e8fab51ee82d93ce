// The first rows of an import file as they will be saved, problem cells marked.
import { useMemo } from 'react';

import type { ImportPreview } from '../../../../shared/api/importCalls';
import { cellDisplay } from './cellDisplay';

export function ImportPreviewTable({
  preview,
  mappedFields,
  mapping,
  constants,
}: {
  preview: ImportPreview;
  mappedFields: ImportPreview['fields'];
  mapping: Record<string, string | null>;
  constants: Record<string, string>;
}) {
  const badCells = useMemo(() => {
    const s = new Set<string>();
    for (const p of preview.problems) if (p.row !== undefined) s.add(`${p.row}:${p.field ?? ''}`);
    return s;
  }, [preview]);
  const badRows = useMemo(() => new Set(preview.problems.map((p) => p.row)), [preview]);
  return (
    <div className="import-scroll">
      <table className="import-table">
        <thead>
          <tr>
            <th>行号</th>
            {preview.rows.some((r) => r.year !== undefined) && <th>统计年度</th>}
            {mappedFields
              .filter((f) => f.key !== 'year' || !preview.rows.some((r) => r.year !== undefined))
              .map((f) => (
                <th key={f.key}>
                  {f.label}
                  {f.type === 'money' ? '（元）' : f.unit ? `（${f.unit}）` : ''}
                  <div className="import-muted">
                    {mapping[f.key] ? `${mapping[f.key]} 列` : `全部为「${constants[f.key]}」`}
                  </div>
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.row} className={badRows.has(r.row) ? 'bad' : ''}>
              <td>{r.row}</td>
              {preview.rows.some((x) => x.year !== undefined) && <td>{r.year ?? ''}</td>}
              {mappedFields
                .filter((f) => f.key !== 'year' || !preview.rows.some((x) => x.year !== undefined))
                .map((f) => (
                  <td key={f.key} className={badCells.has(`${r.row}:${f.key}`) ? 'bad' : ''}>
                    {cellDisplay(f.type, r.values[f.key])}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
