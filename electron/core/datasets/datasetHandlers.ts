import { AppError } from '../../../shared/api/apiError.js';
import { DATASETS, findDataset } from '../../../shared/datasets/datasetRegistry.js';
import { requireStore } from '../appContext.js';
import type { HandlersFor } from '../api/handlerTypes.js';
import { listRows, saveRows } from './datasetRepo.js';

function datasetOf(name: string) {
  const def = findDataset(name);
  if (!def) throw new AppError('UNKNOWN_DATASET', `没有这个数据集：${name}`, { field: 'dataset' });
  return def;
}

export const datasetHandlers: HandlersFor<'dataset/definitions' | 'dataset/list' | 'dataset/save'> = {
  'dataset/definitions': () => DATASETS.map((d) => ({ ...d, fields: [...d.fields] })),
  'dataset/list': (input, ctx) => ({ rows: listRows(requireStore(ctx).db, datasetOf(input.dataset), input.year) }),
  'dataset/save': (input, ctx) => ({
    ids: saveRows(requireStore(ctx).db, datasetOf(input.dataset), { upserts: input.upserts, deletes: input.deletes, year: input.year }),
  }),
};
