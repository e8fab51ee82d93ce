// 统计年度 in the top bar: chosen once, every yearly data page (专业, 指标, 技能大赛 …) shows that
// year; 添加年度 starts a new year (optionally 开始新年度: copy what carries over from the last one).
import './datasets.css';

import { useEffect, useState } from 'react';

import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { leaveAllowed } from '../../app/leaveGuard';
import { useStatYear } from './statYearStore';

export function StatYearControl() {
  const place = useAppStore((s) => s.status?.dbLocation ?? '');
  const showError = useAppStore((s) => s.showError);
  const showNotice = useAppStore((s) => s.showNotice);
  const { years, year, load, choose, add } = useStatYear();
  const [adding, setAdding] = useState(false);
  const [newYear, setNewYear] = useState('');
  const [carry, setCarry] = useState(true);

  useEffect(() => {
    void load(place);
  }, [place, load]);

  const latest = years.length ? Math.max(...years) : undefined;
  return (
    <span className="stat-year">
      <label htmlFor="stat-year">统计年度</label>
      <select
        id="stat-year"
        value={year ?? ''}
        title="数据页面按这个年度显示和保存（专业、指标、技能大赛等按年度填报的数据）"
        onChange={(e) => {
          const y = Number(e.target.value);
          // A page with drafts of the current year asks before it shows another year.
          leaveAllowed(() => choose(y));
        }}
      >
        {[...years]
          .sort((a, b) => b - a)
          .map((y) => (
            <option key={y} value={y}>
              {y} 年度
            </option>
          ))}
      </select>
      <button
        type="button"
        className="stat-year-add"
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
          onConfirm={() =>
            leaveAllowed(() => {
              void (async () => {
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
                add(y);
              })();
            })
          }
        >
          <p>
            <label>
              年度：
              <input
                value={newYear}
                onChange={(e) => setNewYear(e.target.value)}
                inputMode="numeric"
                maxLength={4}
                className="stat-year-input"
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
