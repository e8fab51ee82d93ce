// What the 数据概览 charts show: one entry per figure, so adding a figure is a line here, not a
// copied chart block.
import type { YearFigures } from '../../../../shared/api/dashboardCalls';
import { groupThousands } from '../../../../shared/format/groupThousands';

export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
}

export interface ChartSpec {
  title: string;
  unit: string;
  kind: 'line' | 'bar';
  /** Bars of several series are stacked (获奖 by level). */
  series: (years: readonly YearFigures[]) => ChartSeries[];
  yMax?: number;
  integer?: boolean;
}

const LEVEL_COLOURS: Record<string, string> = { 国家级: '#c0392b', 省级: '#e67e22', 市级: '#2980b9', 校级: '#7f8c8d' };

export const DASHBOARD_CHARTS: readonly ChartSpec[] = [
  {
    title: '全日制在校生',
    unit: '人',
    kind: 'line',
    series: () => [{ key: 'enrolled', name: '在校生', colour: '#1f6feb' }],
    integer: true,
  },
  {
    title: '仪器设备总值',
    unit: '万元',
    kind: 'bar',
    series: () => [{ key: 'equipmentWan', name: '仪器设备总值（万元）', colour: '#2e8b57' }],
  },
  {
    title: '技能大赛及获奖',
    unit: '项',
    kind: 'bar',
    series: (years) =>
      Object.keys(years[0]?.awardsByLevel ?? {}).map((l) => ({ key: l, name: l, colour: LEVEL_COLOURS[l] ?? '#999' })),
    integer: true,
  },
  {
    title: '社会培训',
    unit: '人次',
    kind: 'line',
    series: () => [{ key: 'trainingPersonTimes', name: '培训人次', colour: '#8e44ad' }],
    integer: true,
  },
  {
    title: '合作企业',
    unit: '家',
    kind: 'bar',
    series: () => [{ key: 'enterprises', name: '合作企业', colour: '#d35400' }],
    integer: true,
  },
  {
    title: '双师型教师占专任教师比例',
    unit: '%',
    kind: 'line',
    series: () => [{ key: 'doubleQualifiedRatio', name: '双师型占比（%）', colour: '#16a085' }],
    yMax: 100,
  },
];

/** One row per year for the charts: 万元 as a number, awards spread by level. */
export function chartRows(years: readonly YearFigures[]): Record<string, number>[] {
  return years.map((y) => ({
    year: y.year,
    enrolled: y.enrolled,
    equipmentWan: Number(y.equipmentValueWan),
    trainingPersonTimes: y.trainingPersonTimes,
    enterprises: y.enterprises,
    doubleQualifiedRatio: y.doubleQualifiedRatio,
    ...y.awardsByLevel,
  }));
}

/** The key figures the summary table shows, and which of them a year has left empty. */
export const TABLE_FIGURES: readonly {
  label: string;
  unit: string;
  value(y: YearFigures): number;
  text(y: YearFigures): string;
}[] = [
  { label: '在校生', unit: '人', value: (y) => y.enrolled, text: (y) => y.enrolled.toLocaleString('zh-CN') },
  {
    label: '仪器设备总值',
    unit: '万元',
    value: (y) => y.equipmentValueFen,
    text: (y) => groupThousands(y.equipmentValueWan),
  },
  { label: '获奖', unit: '项', value: (y) => awardsOf(y), text: (y) => String(awardsOf(y)) },
  {
    label: '培训',
    unit: '人次',
    value: (y) => y.trainingPersonTimes,
    text: (y) => y.trainingPersonTimes.toLocaleString('zh-CN'),
  },
  { label: '合作企业', unit: '家', value: (y) => y.enterprises, text: (y) => String(y.enterprises) },
  { label: '专任教师', unit: '人', value: (y) => y.teachers, text: (y) => String(y.teachers) },
  { label: '双师型占比', unit: '%', value: (y) => y.doubleQualified, text: (y) => y.doubleQualifiedRatio.toFixed(1) },
];

function awardsOf(y: YearFigures): number {
  return Object.values(y.awardsByLevel).reduce((s, n) => s + n, 0);
}

/** Per year, the figures that are zero — most often data not yet entered or imported. */
export function gapsOf(years: readonly YearFigures[]): { year: number; labels: string[] }[] {
  return years
    .map((y) => ({ year: y.year, labels: TABLE_FIGURES.filter((f) => f.value(y) === 0).map((f) => f.label) }))
    .filter((g) => g.labels.length > 0);
}
