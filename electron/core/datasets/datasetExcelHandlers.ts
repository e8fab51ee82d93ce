import { requireDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { NamespacePart } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { buildTemplateXlsx } from '../imports/buildTemplateXlsx.js';
import { exportDatasetXlsx } from '../imports/exportDatasetXlsx.js';
import { rowsForExport } from './rowsForExport.js';

/** A data set as Excel: the empty import template, and its rows. */
export const datasetExcelHandlers: NamespacePart<'dataset', 'dataset/exportTemplate' | 'dataset/exportXlsx'> = {
  'dataset/exportTemplate': async (input, ctx) => {
    const r = await buildTemplateXlsx(requireDataset(input.dataset));
    return { file: ctx.files.putOutput(r.fileName, r.bytes) };
  },
  'dataset/exportXlsx': async (input, ctx) => {
    const def = requireDataset(input.dataset);
    const r = await exportDatasetXlsx(def, rowsForExport(requireStore(ctx).db, def, input.year), input.year);
    return { file: ctx.files.putOutput(r.fileName, r.bytes) };
  },
};
