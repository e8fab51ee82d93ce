import type { DatasetName, DatasetRow } from './datasetDefinition.js';

/**
 * Everything a pack's bindings and rules may read: the school record and every other data set's
 * rows (all years; yearly rows carry `year`). Money is in 分, percentages 0–100, dates YYYY-MM-DD.
 * Field names are the keys in shared/datasets/*Dataset.ts.
 */
export interface BaseDataSnapshot {
  school: DatasetRow;
  /** Statistical years that have any yearly data, ascending. */
  years: number[];
  data: Partial<Record<Exclude<DatasetName, 'school'>, DatasetRow[]>>;
}
