import { describe, expect, it } from 'vitest';

import { BLANK_LABEL, compileFilter, distinctValues } from '../../renderer/src/features/grid/columnFilter';
import type { GridRow } from '../../renderer/src/features/grid/gridRow';
import { computeView, filterProblems } from '../../renderer/src/features/grid/sortFilter';
import type { FieldDef } from '../../shared/datasets/datasetDefinition';

const fields: FieldDef[] = [
  { key: 'name', label: '资产名称', type: 'text' },
  { key: 'amount', label: '金额', type: 'money', unit: '元' },
  { key: 'budget', label: '预算', type: 'money', unit: '万元' },
  { key: 'qty', label: '数量', type: 'integer' },
  { key: 'bought', label: '购置日期', type: 'date' },
  { key: 'soft', label: '是否软件', type: 'boolean' },
];
const rows: GridRow[] = [
  {
    key: 'id:1',
    id: 1,
    values: { name: '示波器', amount: 5_000_000, budget: 1_000_000, qty: 1, bought: '2019-03-05' },
  },
  { key: 'id:2', id: 2, values: { name: '数控车床', amount: 18_600_000, qty: 2, bought: '2020-12-31', soft: false } },
  { key: 'id:3', id: 3, values: { name: '示波器探头', amount: 10_000_000, qty: 3, bought: '2021-01-01', soft: true } },
  { key: 'id:4', id: 4, values: { name: '', amount: null, qty: null, bought: '' } },
];
const view = (key: string, text: string) => computeView(rows, fields, { filters: { [key]: { text } } });

describe('column filters as Excel users type them', () => {
  it('compares money typed in 元 (or 万元 for a 万元 column) as numbers: >, <, >=, a range, a single value', () => {
    expect(view('amount', '>100000')).toEqual([1]);
    expect(view('amount', '＞ 100,000')).toEqual([1]);
    expect(view('amount', '>=100000')).toEqual([1, 2]);
    expect(view('amount', '<100000')).toEqual([0]);
    expect(view('amount', '60000-150000')).toEqual([2]);
    expect(view('amount', '150000~60000')).toEqual([2]);
    expect(view('amount', '50000')).toEqual([0]);
    expect(view('budget', '1')).toEqual([0]);
    expect(view('qty', '<=2')).toEqual([0, 1]);
  });

  it('compares dates, taking a year or a month as the whole span', () => {
    expect(view('bought', '>2020-01-01')).toEqual([1, 2]);
    expect(view('bought', '>2020')).toEqual([2]);
    expect(view('bought', '<2020')).toEqual([0]);
    expect(view('bought', '2020')).toEqual([1]);
    expect(view('bought', '2019-03')).toEqual([0]);
    expect(view('bought', '2019~2020')).toEqual([0, 1]);
    expect(view('bought', '2019/3/5')).toEqual([0]);
  });

  it('finds text that contains or equals, and blank or non-blank cells', () => {
    expect(view('name', '示波器')).toEqual([0, 2]);
    expect(view('name', '=示波器')).toEqual([0]);
    expect(view('name', '空白')).toEqual([3]);
    expect(view('amount', '非空白')).toEqual([0, 1, 2]);
    expect(view('soft', '是')).toEqual([2]);
  });

  it('says when a condition cannot be read, and then filters nothing out', () => {
    expect(filterProblems(fields, { amount: { text: '>一百' } })).toEqual({ amount: '「一百」不是数字（元）' });
    expect(compileFilter(fields[4], { text: '>2020-13' })).toMatchObject({ kind: 'invalid' });
    expect(view('amount', '>一百')).toEqual([0, 1, 2, 3]);
  });

  it('lists distinct values with counts (blank last) and filters by the ticked ones', () => {
    const all = [0, 1, 2, 3];
    expect(distinctValues(rows, all, fields[3])).toEqual([
      { value: '1', count: 1 },
      { value: '2', count: 1 },
      { value: '3', count: 1 },
      { value: BLANK_LABEL, count: 1 },
    ]);
    expect(computeView(rows, fields, { filters: { qty: { values: ['2', BLANK_LABEL] } } })).toEqual([1, 3]);
  });
});
