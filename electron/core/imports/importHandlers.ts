import { requireDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { applyImport } from './applyImport.js';
import { listImportBatches } from './importBatchRepo.js';
import { importProgressOf, withImportProgress } from './importProgress.js';
import { inspectWorkbook, prepareImport, previewOf } from './previewImport.js';
import { undoImport } from './undoImport.js';

function bytesOf(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export const importHandlers: NamespaceHandlers<'import'> = {
  'import/inspect': async (input) => inspectWorkbook(input.fileName, bytesOf(input.dataBase64)),
  'import/preview': (input, ctx) =>
    withImportProgress(input.progressKey, async (report) => {
      const def = requireDataset(input.dataset);
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
      const def = requireDataset(input.dataset);
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
};
