import { IMPORT_MAX_BYTES } from '../../../shared/api/importCalls.js';
import { requireDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { type AppContext, requireStore } from '../appContext.js';
import { applyImport } from './applyImport.js';
import { listImportBatches } from './importBatchRepo.js';
import { importProgressOf, withImportProgress } from './importProgress.js';
import { inspectWorkbook, prepareImport, previewOf } from './previewImport.js';
import { undoImport } from './undoImport.js';

/** The chosen file's name and bytes (refused in Chinese, naming it, when missing or too large). */
function chosenFile(ctx: AppContext, token: string): { fileName: string; bytes: Uint8Array } {
  const { name, bytes } = ctx.files.readChosen(token, IMPORT_MAX_BYTES);
  return { fileName: name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

export const importHandlers: NamespaceHandlers<'import'> = {
  'import/inspect': async (input, ctx) => {
    const { fileName, bytes } = chosenFile(ctx, input.file);
    return inspectWorkbook(fileName, bytes);
  },
  'import/preview': (input, ctx) =>
    withImportProgress(input.progressKey, async (report) => {
      const def = requireDataset(input.dataset);
      const req = {
        ...chosenFile(ctx, input.file),
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
        ...chosenFile(ctx, input.file),
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
