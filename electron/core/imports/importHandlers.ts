import { AppError } from '../../../shared/api/apiError.js';
import { requireDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { applyImport } from './applyImport.js';
import { listImportBatches } from './importBatchRepo.js';
import { importProgressOf, withImportProgress } from './importProgress.js';
import { inspectWorkbook, type PreparedImport, prepareImport, previewOf } from './previewImport.js';
import { undoImport } from './undoImport.js';

function bytesOf(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

function ambiguousSheets(label: string, p: PreparedImport): AppError {
  const sheets = [p.sheet.name, ...p.alsoMatching];
  return new AppError(
    'IMPORT_SHEET_AMBIGUOUS',
    `「${p.fileName}」中有多个工作表像「${label}」表（${sheets.map((n) => `「${n}」`).join('、')}），未导入任何数据。请指定要导入的工作表`,
    { file: p.fileName },
    sheets.map((sheet) => ({ message: sheet, where: { file: p.fileName, sheet } })),
  );
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
      if (input.sheetMustBeClear && p.alsoMatching.length) throw ambiguousSheets(def.label, p);
      const r = await applyImport(store.db, store.path, def, p, ctx.now(), report);
      const { batchId, inserted, updated, backupPath } = r;
      return { batchId, inserted, updated, sheet: p.sheet.name, notes: p.parsed.notes, backupPath };
    }),
  'import/progress': (input) => ({ progress: importProgressOf(input.progressKey) }),
  'import/undo': async (input, ctx) => {
    const store = requireStore(ctx);
    return undoImport(store.db, store.path, input.batchId, ctx.now());
  },
  'import/batches': (input, ctx) => listImportBatches(requireStore(ctx).db, input.dataset),
};
