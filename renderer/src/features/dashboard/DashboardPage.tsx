// 数据概览: the school's key figures by statistical year as a table and charts, so the office sees
// trends and gaps (a year with no 在校生 or 培训 entered) at a glance; 开始新年度 starts here.
import './dashboard.css';

import { useCallback, useEffect, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import type { YearFigures } from '../../../../shared/api/dashboardCalls';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { chartRows, type ChartSpec, DASHBOARD_CHARTS, gapsOf, TABLE_FIGURES } from './dashboardCharts';

function FigureChart({
  spec,
  years,
  rows,
}: {
  spec: ChartSpec;
  years: readonly YearFigures[];
  rows: Record<string, number>[];
}) {
  const series = spec.series(years);
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey="year" />,
    <YAxis key="y" allowDecimals={!spec.integer} domain={spec.yMax ? [0, spec.yMax] : undefined} />,
    <Tooltip key="tip" />,
    ...(series.length > 1 ? [<Legend key="legend" />] : []),
  ];
  return (
    <section className="db-card" aria-label={spec.title}>
      <h2>
        {spec.title}
        <span className="db-unit">（{spec.unit}）</span>
      </h2>
      <ResponsiveContainer width="100%" height={220}>
        {spec.kind === 'line' ? (
          // A year whose figure is 0 is most likely not entered yet: the line stops there instead
          // of plunging to 0 and suggesting a collapse (the table and the banner flag the gap).
          <LineChart
            data={rows.map((r) =>
              Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k !== 'year' && v === 0 ? null : v])),
            )}
          >
            {axes}
            {series.map((s) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.colour} connectNulls={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart data={rows}>
            {axes}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} stackId="a" fill={s.colour} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </section>
  );
}

export function DashboardPage() {
  const [years, setYears] = useState<YearFigures[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmYear, setConfirmYear] = useState(false);
  const showNotice = useAppStore((s) => s.showNotice);
  const load = useCallback(() => {
    api('dashboard/figures', {})
      .then((r) => setYears(r.years))
      .catch((e) => setError(errorText(e)));
  }, []);
  useEffect(load, [load]);

  if (error) return <div className="banner banner-error">{error}</div>;
  if (!years) return <div className="app-loading">正在汇总各年度数据…</div>;
  if (!years.length)
    return (
      <div className="page">
        <h1>数据概览</h1>
        <p>还没有任何年度数据。请先在「基础数据」中录入或从 Excel 导入。</p>
      </div>
    );

  const last = years[years.length - 1].year;
  const startYear = async () => {
    setConfirmYear(false);
    try {
      const r = await api('dataset/startYear', { fromYear: last, toYear: last + 1 });
      showNotice(`已开始 ${last + 1} 年度：复制专业 ${r.copied.majors ?? 0} 个、指标 ${r.copied.indicators ?? 0} 项`);
      load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const gaps = gapsOf(years);
  const rows = chartRows(years);
  return (
    <div className="page">
      <h1>数据概览</h1>
      <div className="db-actions">
        <span>
          统计年度 {years[0].year}–{last}（数据截止每年 12 月 31 日）
        </span>
        <button type="button" onClick={() => setConfirmYear(true)}>
          开始新年度
        </button>
      </div>
      {gaps.length > 0 && (
        <div className="banner banner-warn" role="status" aria-label="尚未填写的数据">
          以下年度有数据为 0，可能尚未录入或导入：
          {gaps.map((g) => `${g.year} 年度（${g.labels.join('、')}）`).join('；')}。
        </div>
      )}
      <table className="db-table" aria-label="各年度关键数据">
        <thead>
          <tr>
            <th>年度</th>
            {TABLE_FIGURES.map((f) => (
              <th key={f.label}>
                {f.label}（{f.unit}）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              {TABLE_FIGURES.map((f) => (
                <td
                  key={f.label}
                  className={f.value(y) === 0 ? 'db-gap' : undefined}
                  title={f.value(y) === 0 ? '为 0：可能尚未录入' : undefined}
                >
                  {f.text(y)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="db-grid">
        {DASHBOARD_CHARTS.map((spec) => (
          <FigureChart key={spec.title} spec={spec} years={years} rows={rows} />
        ))}
      </div>
      {confirmYear && (
        <ConfirmDialog
          title={`开始 ${last + 1} 年度？`}
          confirmLabel="开始新年度"
          onCancel={() => setConfirmYear(false)}
          onConfirm={() => void startYear()}
        >
          <p>
            将从 {last} 年度复制专业名单和指标目录到 {last + 1} 年度，在校生、招生等年度数据留空待填；{last}{' '}
            年度的数据不会改动。
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
