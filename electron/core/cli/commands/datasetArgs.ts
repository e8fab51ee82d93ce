import { AppError } from '../../../../shared/api/apiError.js';
import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition.js';
import { DATASET_NAMES, findDataset } from '../../../../shared/datasets/datasetRegistry.js';

/** The data set --dataset (or the NAME argument) names, refused in Chinese with the names there are. */
export function datasetArg(name: string | undefined): DatasetDef {
  if (!name) throw new AppError('BAD_ARGS', `请用 --dataset 指定数据集：${DATASET_NAMES.join('、')}`);
  const def = findDataset(name);
  if (!def) throw new AppError('UNKNOWN_DATASET', `没有数据集「${name}」。可用：${DATASET_NAMES.join('、')}`);
  return def;
}

export function yearArg(y: string | undefined): number | undefined {
  if (y === undefined) return undefined;
  if (!/^\d{4}$/.test(y)) throw new AppError('BAD_ARGS', `--year 应为四位年份，收到「${y}」`);
  return Number(y);
}
