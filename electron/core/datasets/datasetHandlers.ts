import { AppError } from '../../../shared/api/apiError.js';
import { DATASETS, requireDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { checkMajors } from '../catalogue/checkMajors.js';
import { ensureCatalogue } from '../catalogue/majorCatalogueRepo.js';
import { datasetExcelHandlers } from './datasetExcelHandlers.js';
import { listRows, saveRows } from './datasetRepo.js';
import { startNewYear } from './startNewYear.js';

export const datasetHandlers: NamespaceHandlers<'dataset'> = {
  ...datasetExcelHandlers,
  'dataset/definitions': () => DATASETS.map((d) => ({ ...d, fields: [...d.fields] })),
  'dataset/list': (input, ctx) => {
    const { db } = requireStore(ctx);
    const rows = listRows(db, requireDataset(input.dataset), input.year);
    if (input.dataset !== 'majors') return { rows };
    // Majors not named as in the catalogue are shown, not refused: the office may still be correcting them.
    ensureCatalogue(db, ctx.now());
    const warnings = checkMajors(db, input.year).map((m) => ({ rowId: m.rowId, field: m.problem, message: m.message }));
    return { rows, warnings };
  },
  'dataset/save': (input, ctx) => ({
    ids: saveRows(requireStore(ctx).db, requireDataset(input.dataset), {
      upserts: input.upserts,
      deletes: input.deletes,
      year: input.year,
    }),
  }),
  'dataset/startYear': (input, ctx) => ({ copied: startNewYear(requireStore(ctx).db, input.fromYear, input.toYear) }),
};
