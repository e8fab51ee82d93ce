import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { columnOf } from '../../../shared/datasets/datasetDefinition.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';

/**
 * 开始新年度: copies into `toYear` what carries over in each yearly data set (its carryOverFields:
 * the 专业 list, the 指标 catalogue) with every yearly figure empty. `fromYear` is only read.
 * Refuses when `toYear` already holds rows of a data set it copies, so nothing typed there is
 * overwritten or doubled; other data already entered for `toYear` (planned funding, an early
 * award) is left as it is.
 */
export function startNewYear(db: Database.Database, fromYear: number, toYear: number): Record<string, number> {
  if (toYear === fromYear)
    throw new AppError('BAD_YEAR', `新年度不能与上一年度相同（${toYear}年）`, { field: 'toYear' });
  const yearly = DATASETS.filter((d) => d.yearly);
  const carried = yearly.filter((d) => d.carryOverFields?.length);
  const filled = carried.filter((d) => db.prepare(`SELECT 1 FROM ${d.table} WHERE year = ? LIMIT 1`).get(toYear));
  if (filled.length) {
    throw new AppError(
      'YEAR_HAS_DATA',
      `${toYear}年已有${filled.map((d) => `「${d.label}」`).join('、')}数据，不能再「开始新年度」，未做任何修改`,
      { field: 'toYear' },
    );
  }
  const hasFrom = carried.some((d) => db.prepare(`SELECT 1 FROM ${d.table} WHERE year = ? LIMIT 1`).get(fromYear));
  if (!hasFrom) throw new AppError('YEAR_EMPTY', `${fromYear}年没有可延续的专业或指标数据`, { field: 'fromYear' });
  const copied: Record<string, number> = {};
  db.transaction(() => {
    for (const d of yearly) {
      if (!d.carryOverFields?.length) {
        copied[d.name] = 0;
        continue;
      }
      const cols = d.carryOverFields.map(columnOf).join(', ');
      const info = db
        .prepare(`INSERT INTO ${d.table} (year, ${cols}) SELECT ?, ${cols} FROM ${d.table} WHERE year = ? ORDER BY id`)
        .run(toYear, fromYear);
      copied[d.name] = info.changes;
    }
  })();
  return copied;
}
