import { DATASETS, requireDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { checkMajors } from '../catalogue/checkMajors.js';
import { ensureCatalogue } from '../catalogue/majorCatalogueRepo.js';
import { datasetExcelHandlers } from './datasetExcelHandlers.js';
import { listRows, saveRows } from './datasetRepo.js';
import { rowsForExport } from './rowsForExport.js';
import { listRuleExceptions } from './ruleExceptionRepo.js';
import { startNewYear } from './startNewYear.js';

export const datasetHandlers: NamespaceHandlers<'dataset'> = {
  ...datasetExcelHandlers,
  'dataset/exportRows': (input, ctx) => ({
    rows: rowsForExport(requireStore(ctx).db, requireDataset(input.dataset), input.year),
  }),
  'dataset/definitions': () => DATASETS.map((d) => ({ ...d, fields: [...d.fields] })),
  'dataset/list': (input, ctx) => {
    const { db } = requireStore(ctx);
    const def = requireDataset(input.dataset);
    const rows = listRows(db, def, input.year);
    const exceptions = def.rules?.length
      ? [...listRuleExceptions(db, def.name)].flatMap(([rowId, rules]) => [...rules].map((rule) => ({ rowId, rule })))
      : undefined;
    if (input.dataset !== 'majors') return { rows, exceptions };
    // Majors not named as in the catalogue are shown, not refused: the office may still be correcting them.
    ensureCatalogue(db, ctx.now());
    const warnings = checkMajors(db, input.year).map((m) => ({ rowId: m.rowId, field: m.problem, message: m.message }));
    return { rows, warnings, exceptions };
  },
  'dataset/save': (input, ctx) => ({
    ids: saveRows(requireStore(ctx).db, requireDataset(input.dataset), {
      upserts: input.upserts,
      deletes: input.deletes,
      year: input.year,
      exceptions: input.exceptions,
      restores: input.restores,
      forget: input.forget,
      // What a delete takes with a row is kept until the grid's undo can no longer bring it back.
      keepDeleted: true,
      now: ctx.now(),
    }),
  }),
  'dataset/startYear': (input, ctx) => ({ copied: startNewYear(requireStore(ctx).db, input.fromYear, input.toYear) }),
};
