import type Database from 'better-sqlite3';

import type { YearFigures } from '../../../shared/api/dashboardCalls.js';
import { AWARD_LEVELS } from '../../../shared/datasets/awardsDataset.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';
import { formatFenAsWanYuan } from '../../../shared/format/money.js';

/**
 * Statistical years that hold any yearly data, ascending. Planned funding (经费 计划, which the
 * 346号 申报书 asks for years ahead) does not make a year a statistical year.
 */
export function yearsWithData(db: Database.Database): number[] {
  const union = DATASETS.filter((d) => d.yearly)
    .map((d) => `SELECT DISTINCT year FROM ${d.table}${d.name === 'funding' ? " WHERE kind <> '计划'" : ''}`)
    .join(' UNION ');
  return (db.prepare(`SELECT year FROM (${union}) ORDER BY year`).all() as { year: number }[]).map((r) => r.year);
}

/**
 * The school's key figures by year for the 数据概览 charts. Durable records count as of each
 * year's 12月31日 (数据截止每年12月31日): equipment by 购置日期, teachers by 到校/离校日期 and
 * 双师型认定年份, enterprises by 开始合作时间 (an enterprise without one counts in every year).
 */
export function computeYearFigures(db: Database.Database): YearFigures[] {
  const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;
  return yearsWithData(db).map((year) => {
    const end = `${year}-12-31`;
    const enrolled = one<{ n: number | null }>('SELECT sum(enrolled) AS n FROM major WHERE year = ?', year).n ?? 0;
    const eq = one<{ fen: number | null; n: number }>(
      "SELECT sum(amount) AS fen, count(*) AS n FROM equipment WHERE purchase_date <> '' AND purchase_date <= ? AND (disposal_date = '' OR disposal_date > ?)",
      end,
      end,
    );
    const awardsByLevel: Record<string, number> = Object.fromEntries(AWARD_LEVELS.map((l) => [l, 0]));
    for (const r of db
      .prepare("SELECT level, count(*) AS n FROM award WHERE year = ? AND grade <> '' GROUP BY level")
      .all(year) as { level: string; n: number }[]) {
      awardsByLevel[r.level] = r.n;
    }
    const training =
      one<{ n: number | null }>('SELECT sum(person_times) AS n FROM training WHERE year = ?', year).n ?? 0;
    const enterprises = one<{ n: number }>(
      "SELECT count(*) AS n FROM enterprise WHERE kind = '企业' AND (cooperation_since = '' OR cooperation_since <= ?) AND (cooperation_until = '' OR cooperation_until > ?)",
      end,
      end,
    ).n;
    const t = one<{ n: number; dq: number | null }>(
      `SELECT count(*) AS n, sum(CASE WHEN double_qualified = 1 AND (double_qualified_year IS NULL OR double_qualified_year <= ?) THEN 1 ELSE 0 END) AS dq
       FROM teacher WHERE employment = '专任教师' AND (hire_date = '' OR hire_date <= ?) AND (leave_date = '' OR leave_date > ?)`,
      year,
      end,
      end,
    );
    const fen = eq.fen ?? 0;
    const dq = t.dq ?? 0;
    return {
      year,
      enrolled,
      equipmentValueFen: fen,
      equipmentValueWan: formatFenAsWanYuan(fen, 2),
      equipmentCount: eq.n,
      awardsByLevel,
      trainingPersonTimes: training,
      enterprises,
      teachers: t.n,
      doubleQualified: dq,
      doubleQualifiedRatio: t.n ? Math.round((dq * 1000) / t.n) / 10 : 0,
    };
  });
}
