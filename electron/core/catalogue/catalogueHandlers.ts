import { requireStore } from '../appContext.js';
import type { HandlersFor } from '../api/handlerTypes.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { checkMajors } from './checkMajors.js';
import { readCatalogueXlsx } from './importCatalogueXlsx.js';
import { catalogueInfo, ensureCatalogue, findByCode, findByName, replaceCatalogue } from './majorCatalogueRepo.js';

export const catalogueHandlers: HandlersFor<'catalogue/info' | 'catalogue/lookup' | 'catalogue/import' | 'catalogue/checkMajors'> = {
  'catalogue/info': (_input, ctx) => {
    const { db } = requireStore(ctx);
    ensureCatalogue(db, ctx.now());
    return catalogueInfo(db);
  },
  'catalogue/lookup': (input, ctx) => {
    const { db } = requireStore(ctx);
    ensureCatalogue(db, ctx.now());
    const entries = input.code ? findByCode(db, input.code, input.level) : findByName(db, input.name ?? '', input.level, input.limit);
    return { entries };
  },
  'catalogue/import': async (input, ctx) => {
    const store = requireStore(ctx);
    const entries = await readCatalogueXlsx(Buffer.from(input.dataBase64, 'base64'), input.fileName);
    await backupDatabase(store.db, store.path, 'before-catalogue-import', ctx.now());
    replaceCatalogue(store.db, entries, `${input.fileName}（用户导入）`, ctx.now());
    return catalogueInfo(store.db);
  },
  'catalogue/checkMajors': (input, ctx) => {
    const { db } = requireStore(ctx);
    ensureCatalogue(db, ctx.now());
    return { mismatches: checkMajors(db, input.year) };
  },
};
