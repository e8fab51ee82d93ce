// 统计年度 for yearly data sets: the years that hold data, the latest chosen first, and 添加年度
// (optionally 开始新年度: copy what carries over from the year before).
import { useEffect, useState } from 'react';

import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';

async function yearsWithData(): Promise<number[]> {
  try {
    const r = await api('dashboard/figures', {});
    return r.years.map((y) => y.year);
  } catch {
    return [];
  }
}

export function YearPicker({
  dataset,
  year,
  onChange,
}: {
  dataset: DatasetDef;
  year: number | undefined;
  onChange(y: number): void;
}) {
  const [years, setYears] = useState<number[]>([]);
  const [adding, setAdding] = useState(false);
  const [newYear, setNewYear] = useState('');
  const [carry, setCarry] = useState(true);
  const showError = useAppStore((s) => s.showError);
  const showNotice = useAppStore((s) => s.showNotice);

  useEffect(() => {
    let live = true;
    void yearsWithData().then((ys) => {
      if (!live) return;
      const list = ys.length ? ys : [new Date().getFullYear() - 1];
      setYears(list);
      if (year === undefined) onChange(list[list.length - 1]);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset.name]);

  const latest = years.length ? Math.max(...years) : undefined;
  return (
    <span className="ds-year">
      <label htmlFor="ds-year">统计年度</label>
      <select id="ds-year" value={year ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {years
          .slice()
          .sort((a, b) => b - a)
          .map((y) => (
            <option key={y} value={y}>
              {y} 年
            </option>
          ))}
      </select>
      <button
        onClick={() => {
          setNewYear(String((latest ?? new Date().getFullYear() - 1) + 1));
          setAdding(true);
        }}
      >
        添加年度
      </button>
      {adding && (
        <ConfirmDialog
          title="添加统计年度"
          confirmLabel="添加"
          onCancel={() => setAdding(false)}
          onConfirm={async () => {
            const y = Number(newYear);
            if (!Number.isInteger(y) || y < 1990 || y > 2100) {
              showError(`「${newYear}」不是有效的年度（1990–2100）`);
              return;
            }
            setAdding(false);
            if (carry && latest !== undefined && y > latest) {
              try {
                const r = await api('dataset/startYear', { fromYear: latest, toYear: y });
                const n = Object.values(r.copied).reduce((a, b) => a + b, 0);
                showNotice(
                  `已开始 ${y} 年度：从 ${latest} 年度复制了 ${n} 条延续的数据（如专业名单），年度数字留空待填`,
                );
              } catch (e) {
                showError(e);
              }
            }
            setYears((ys) => (ys.includes(y) ? ys : [...ys, y].sort((a, b) => a - b)));
            onChange(y);
          }}
        >
          <p>
            <label>
              年度：
              <input
                value={newYear}
                onChange={(e) => setNewYear(e.target.value)}
                inputMode="numeric"
                maxLength={4}
                style={{ width: 90 }}
              />
            </label>
          </p>
          {latest !== undefined && (
            <label>
              <input type="checkbox" checked={carry} onChange={(e) => setCarry(e.target.checked)} /> 开始新年度：从{' '}
              {latest} 年度复制延续的数据（专业名单、指标目录等），不改动 {latest} 年度
            </label>
          )}
        </ConfirmDialog>
      )}
    </span>
  );
}
