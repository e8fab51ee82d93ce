import { describe, expect, it } from 'vitest';

import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot';
import { DATASETS } from '../../../shared/datasets/datasetRegistry';
import { checkExpression } from '../../../shared/packs/expression/checkExpression';
import { evaluateExpression } from '../../../shared/packs/expression/evaluateExpression';
import { parseExpression } from '../../../shared/packs/expression/parseExpression';

const snapshot: BaseDataSnapshot = {
  school: { name: '示范学院', ownership: '公办' },
  years: [2021, 2022, 2023],
  data: {
    equipment: [{ amount: 12_345_678 }, { amount: 1 }, { amount: 10 }],
    awards: [
      { year: 2018, level: '国家级', competition: '旧赛' },
      { year: 2021, level: '国家级', competition: '甲赛' },
      { year: 2023, level: '国家级', competition: '乙赛' },
      { year: 2023, level: '省级', competition: '丙赛' },
    ],
  },
};
const run = (src: string, extra: Partial<Parameters<typeof evaluateExpression>[1]> = {}, limits = {}) =>
  evaluateExpression(src, { snapshot, today: '2024-06-01', ...extra }, limits);
const value = (src: string) => {
  const r = run(src);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('expression engine', () => {
  it('does arithmetic, comparisons, ternaries and if()', () => {
    expect(value('1 + 2 * 3')).toBe(7);
    expect(value('(10 - 4) / 3')).toBe(2);
    expect(value('0.1 + 0.2')).toBe(0.3);
    expect(value("2 > 1 ? 'yes' : 'no'")).toBe('yes');
    expect(value("if(school.ownership == '公办', 1, 0)")).toBe(1);
    expect(value('10 / 0')).toBeNull();
  });

  it('sums money in 分 exactly and converts to 万元 with half-up rounding', () => {
    expect(value("sum(data.equipment, 'amount')")).toBe(12_345_689);
    expect(value("round(wan(sum(data.equipment, 'amount')), 2)")).toBe(12.35);
    expect(value("wan(sum(data.equipment, 'amount'), 2)")).toBe(12.35);
    // 0.1 added a thousand times in floats drifts; the engine's sum stays exact.
    expect(value('sum(map(range(1, 1000), i => 0.1))')).toBe(100);
    expect(value('round(1.005, 2)')).toBe(1.01);
  });

  it('counts awards of the last five years and maps rows to table rows', () => {
    expect(value("count(lastYears(data.awards, 5), r => r.level == '国家级')")).toBe(2);
    expect(value("map(where(data.awards, 'level', '国家级'), a => {name: a.competition, year: a.year})")).toEqual([
      { name: '旧赛', year: 2018 },
      { name: '甲赛', year: 2021 },
      { name: '乙赛', year: 2023 },
    ]);
    expect(value('latestYear()')).toBe(2023);
    expect(value('yearsBack(2)')).toEqual([2022, 2023]);
    expect(value("lookup(data.awards, 'competition', '乙赛').year")).toBe(2023);
    expect(value("join(pluck(forYear(data.awards), 'competition'))")).toBe('乙赛、丙赛');
  });

  it('reads params, fields and extra variables', () => {
    const r = run('params.n * 2 + fields.x + year', { params: { n: 3 }, fields: { x: 1 }, vars: { year: 2000 } });
    expect(r.ok && r.value).toBe(2007);
  });

  it('refuses an expression that runs too long, with a clear message', () => {
    const r = run('sum(range(1, 5000), i => sum(range(1, 5000), j => j))');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('budget');
      expect(r.error.message).toContain('计算量过大');
    }
    const slow = run('count(range(1, 300000), i => i > 0)', {}, { maxMillis: 1, maxSteps: 100_000_000 });
    expect(slow.ok).toBe(false);
    if (!slow.ok) expect(['time', 'budget']).toContain(slow.error.code);
  });

  it('gives no way to the host: no prototype access, no methods, no globals', () => {
    for (const src of [
      'school.constructor',
      'school.__proto__',
      "school['constructor']",
      'data.equipment.constructor',
      'params.prototype',
      "{a: 1}['__proto__']",
    ]) {
      const r = run(src);
      expect(r.ok, src).toBe(false);
    }
    expect(run('school.name.toString()').ok).toBe(false);
    expect(run('globalThis').ok).toBe(false);
    expect(run('process').ok).toBe(false);
    expect(run('this').ok).toBe(false);
    expect(run('Function("return 1")').ok).toBe(false);
    const made = run('{__proto__: 1}');
    expect(made.ok).toBe(false);
  });

  it('reports syntax errors with their position', () => {
    const p = parseExpression("sum(data.equipment, 'amount'");
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.error.position).toBe(28);
      expect(p.error.message).toContain('第 29 个字符');
    }
    const q = parseExpression('1 + * 2');
    expect(q.ok).toBe(false);
    if (!q.ok) expect(q.error.position).toBeGreaterThanOrEqual(4);
  });

  it('statically finds unknown data sets, fields, functions and names', () => {
    const ctx = { datasets: DATASETS, paramKeys: ['majorCode'], fieldKeys: ['total'] };
    expect(checkExpression("round(wan(sum(data.equipment, 'amount')), 2)", ctx)).toEqual([]);
    expect(checkExpression("count(data.awards, r => r.level == '国家级')", ctx)).toEqual([]);
    expect(checkExpression('count(data.awardz)', ctx)[0].message).toContain('没有数据集「awardz」');
    expect(checkExpression("sum(data.equipment, 'amout')", ctx)[0].message).toContain('没有字段「amout」');
    expect(checkExpression('count(data.awards, r => r.levle == 1)', ctx)[0].message).toContain('没有字段「levle」');
    expect(checkExpression('summ(1)', ctx)[0].message).toContain('没有函数「summ」');
    expect(checkExpression('params.major', ctx)[0].message).toContain('没有参数「major」');
    expect(checkExpression('foo + 1', ctx)[0].message).toContain('不认识的名称「foo」');
    expect(checkExpression('school.nmae', ctx)[0].message).toContain('没有字段「nmae」');
  });
});
