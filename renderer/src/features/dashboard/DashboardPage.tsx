// 数据概览: the school's key figures by statistical year as charts, so the office sees trends and
// gaps at a glance (在校生, 仪器设备总值, 获奖, 培训人次, 合作企业, 双师型占比).
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { YearFigures } from '../../../../shared/api/dashboardCalls';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import './dashboard.css';

const LEVEL_COLOURS: Record<string, string> = { 国家级: '#c0392b', 省级: '#e67e22', 市级: '#2980b9', 校级: '#7f8c8d' };

function Card(props: { title: string; unit: string; children: ReactElement }) {
  return (
    <section className="db-card" aria-label={props.title}>
      <h2>
        {props.title}
        <span className="db-unit">（{props.unit}）</span>
      </h2>
      <ResponsiveContainer width="100%" height={220}>
        {props.children}
      </ResponsiveContainer>
    </section>
  );
}

export function DashboardPage() {
  const [years, setYears] = useState<YearFigures[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const showNotice = useAppStore((s) => s.showNotice);
  const load = useCallback(() => {
    api('dashboard/figures', {})
      .then((r) => setYears(r.years))
      .catch((e) => setError(errorText(e)));
  }, []);
  useEffect(load, [load]);

  const startYear = async () => {
    if (!years?.length) return;
    const from = years[years.length - 1].year;
    if (!window.confirm(`开始 ${from + 1} 年度？将从 ${from} 年度复制专业名单和指标目录，年度数据留空，${from} 年度的数据不会改动。`)) return;
    try {
      const r = await api('dataset/startYear', { fromYear: from, toYear: from + 1 });
      showNotice(`已开始 ${from + 1} 年度：复制专业 ${r.copied.majors ?? 0} 个、指标 ${r.copied.indicators ?? 0} 项`);
      load();
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (error) return <div className="banner banner-error">{error}</div>;
  if (!years) return <div className="app-loading">正在汇总各年度数据…</div>;
  if (!years.length) return <div className="page"><h1>数据概览</h1><p>还没有任何年度数据。请先在「基础数据」中录入或从 Excel 导入。</p></div>;

  const data = years.map((y) => ({ ...y, equipmentWan: Number(y.equipmentValueWan), ...y.awardsByLevel }));
  const levels = Object.keys(years[0].awardsByLevel);
  return (
    <div className="page">
      <h1>数据概览</h1>
      <div className="db-actions">
        <span>统计年度 {years[0].year}–{years[years.length - 1].year}（数据截止每年 12 月 31 日）</span>
        <button type="button" onClick={startYear}>开始新年度</button>
      </div>
      <table className="db-table" aria-label="各年度关键数据">
        <thead>
          <tr>
            <th>年度</th>
            <th>在校生（人）</th>
            <th>仪器设备总值（万元）</th>
            <th>获奖（项）</th>
            <th>培训（人次）</th>
            <th>合作企业（家）</th>
            <th>专任教师（人）</th>
            <th>双师型占比（%）</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td>{y.enrolled.toLocaleString('zh-CN')}</td>
              <td>{y.equipmentValueWan}</td>
              <td>{Object.values(y.awardsByLevel).reduce((s, n) => s + n, 0)}</td>
              <td>{y.trainingPersonTimes.toLocaleString('zh-CN')}</td>
              <td>{y.enterprises}</td>
              <td>{y.teachers}</td>
              <td>{y.doubleQualifiedRatio.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="db-grid">
        <Card title="全日制在校生" unit="人">
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis />
            <Tooltip />
            <Line type="monotone" dataKey="enrolled" name="在校生" stroke="#1f6feb" />
          </LineChart>
        </Card>
        <Card title="仪器设备总值" unit="万元">
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis />
            <Tooltip />
            <Bar dataKey="equipmentWan" name="仪器设备总值（万元）" fill="#2e8b57" />
          </BarChart>
        </Card>
        <Card title="技能大赛及获奖" unit="项">
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {levels.map((l) => (
              <Bar key={l} dataKey={l} name={l} stackId="a" fill={LEVEL_COLOURS[l] ?? '#999'} />
            ))}
          </BarChart>
        </Card>
        <Card title="社会培训" unit="人次">
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis />
            <Tooltip />
            <Line type="monotone" dataKey="trainingPersonTimes" name="培训人次" stroke="#8e44ad" />
          </LineChart>
        </Card>
        <Card title="合作企业" unit="家">
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="enterprises" name="合作企业" fill="#d35400" />
          </BarChart>
        </Card>
        <Card title="双师型教师占专任教师比例" unit="%">
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis domain={[0, 100]} />
            <Tooltip />
            <Line type="monotone" dataKey="doubleQualifiedRatio" name="双师型占比（%）" stroke="#16a085" />
          </LineChart>
        </Card>
      </div>
    </div>
  );
}
