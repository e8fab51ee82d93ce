import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { DatasetDef, DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { findDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { HandlersFor } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { listRows } from '../datasets/datasetRepo.js';
import { applyImport } from './applyImport.js';
import { buildTemplateXlsx } from './buildTemplateXlsx.js';
import { exportDatasetXlsx } from './exportDatasetXlsx.js';
import { listImportBatches } from './importBatchRepo.js';
import { importProgressOf, withImportProgress } from './importProgress.js';
import { inspectWorkbook, prepareImport, previewOf } from './previewImport.js';
import { undoImport } from './undoImport.js';

function datasetOf(name: string): DatasetDef {
  const def = findDataset(name);
  if (!def) throw new AppError('UNKNOWN_DATASET', `没有这个数据集：${name}`, { field: 'dataset' });
  return def;
}

function bytesOf(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** All rows of a data set; a yearly one without a year gives every year's rows. */
export function rowsForExport(db: Database.Database, def: DatasetDef, year?: number): DatasetRow[] {
  if (!def.yearly || year !== undefined) return listRows(db, def, year);
  const years = (db.prepare(`SELECT DISTINCT year FROM ${def.table} ORDER BY year`).all() as { year: number }[]).map(
    (r) => r.year,
  );
  return years.flatMap((y) => listRows(db, def, y));
}

export const importHandlers: HandlersFor<
  | 'import/inspect'
  | 'import/preview'
  | 'import/apply'
  | 'import/progress'
  | 'import/undo'
  | 'import/batches'
  | 'dataset/exportTemplate'
  | 'dataset/exportXlsx'
> = {
  'import/inspect': async (input) => inspectWorkbook(input.fileName, bytesOf(input.dataBase64)),
  'import/preview': (input, ctx) =>
    withImportProgress(input.progressKey, async (report) => {
      const def = datasetOf(input.dataset);
      const req = {
        fileName: input.fileName,
        bytes: bytesOf(input.dataBase64),
        year: input.year,
        sheet: input.sheet,
        mapping: input.mapping,
        constants: input.constants,
        acceptRuleExceptions: input.acceptRuleExceptions,
      };
      return previewOf(def, await prepareImport(def, req, ctx.store?.db, report));
    }),
  'import/apply': (input, ctx) =>
    withImportProgress(input.progressKey, async (report) => {
      const store = requireStore(ctx);
      const def = datasetOf(input.dataset);
      const req = {
        fileName: input.fileName,
        bytes: bytesOf(input.dataBase64),
        year: input.year,
        sheet: input.sheet,
        mapping: input.mapping,
        constants: input.constants,
        acceptRuleExceptions: input.acceptRuleExceptions,
      };
      const p = await prepareImport(def, req, store.db, report);
      const r = await applyImport(store.db, store.path, def, p, ctx.now(), report);
      return { batchId: r.batchId, inserted: r.inserted, updated: r.updated };
    }),
  'import/progress': (input) => ({ progress: importProgressOf(input.progressKey) }),
  'import/undo': async (input, ctx) => {
    const store = requireStore(ctx);
    return undoImport(store.db, store.path, input.batchId, ctx.now());
  },
  'import/batches': (input, ctx) => listImportBatches(requireStore(ctx).db, input.dataset),
  'dataset/exportTemplate': async (input) => {
    const r = await buildTemplateXlsx(datasetOf(input.dataset));
    return { fileName: r.fileName, dataBase64: Buffer.from(r.bytes).toString('base64') };
  },
  'dataset/exportXlsx': async (input, ctx) => {
    const def = datasetOf(input.dataset);
    const r = await exportDatasetXlsx(def, rowsForExport(requireStore(ctx).db, def, input.year), input.year);
    return { fileName: r.fileName, dataBase64: Buffer.from(r.bytes).toString('base64') };
  },
};
