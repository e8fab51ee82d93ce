import { AppError } from '../../../shared/api/apiError.js';
import { IMPORT_MAX_BYTES } from '../../../shared/api/importCalls.js';
import { requireDataset } from '../../../shared/datasets/datasetRegistry.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { type AppContext, requireStore } from '../appContext.js';
import { applyImport } from './applyImport.js';
import { listImportBatches } from './importBatchRepo.js';
import { importProgressOf, withImportProgress } from './importProgress.js';
import { inspectWorkbook, type PreparedImport, prepareImport, previewOf } from './previewImport.js';
import { undoImport } from './undoImport.js';

/** The chosen file's name and bytes (refused in Chinese, naming it, when missing or too large). */
function chosenFile(ctx: AppContext, token: string): { fileName: string; bytes: Uint8Array } {
  const { name, bytes } = ctx.files.readChosen(token, IMPORT_MAX_BYTES);
  return { fileName: name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
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
      return previewOf(
        def,
        await prepareImport(def, req, ctx.store ? { db: ctx.store.db, now: ctx.now() } : undefined, report),
      );
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
      const p = await prepareImport(def, req, { db: store.db, now: ctx.now() }, report);
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
