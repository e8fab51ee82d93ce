import { CATALOGUE_MAX_BYTES } from '../../../shared/api/catalogueCalls.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { checkMajors } from './checkMajors.js';
import { readCatalogueXlsx } from './importCatalogueXlsx.js';
import {
  allEntries,
  catalogueInfo,
  ensureCatalogue,
  findByCode,
  findByName,
  mergeCatalogue,
  readShippedCatalogue,
  replaceCatalogue,
  SHIPPED_CATALOGUE_SOURCE,
} from './majorCatalogueRepo.js';

export const catalogueHandlers: NamespaceHandlers<'catalogue'> = {
  'catalogue/info': (_input, ctx) => {
    const { db } = requireStore(ctx);
    ensureCatalogue(db, ctx.now());
    return catalogueInfo(db);
  },
  'catalogue/list': (_input, ctx) => {
    const { db } = requireStore(ctx);
    ensureCatalogue(db, ctx.now());
    return { entries: allEntries(db) };
  },
  'catalogue/lookup': (input, ctx) => {
    const { db } = requireStore(ctx);
    ensureCatalogue(db, ctx.now());
    const entries = input.code
      ? findByCode(db, input.code, input.level)
      : findByName(db, input.name ?? '', input.level, input.limit);
    return { entries };
  },
  'catalogue/import': async (input, ctx) => {
    const store = requireStore(ctx);
    const { bytes, name: fileName } = ctx.files.readChosen(input.file, CATALOGUE_MAX_BYTES);
    const entries = await readCatalogueXlsx(bytes, fileName);
    ensureCatalogue(store.db, ctx.now());
    await backupDatabase(store.db, store.path, 'before-catalogue-import', ctx.now());
    if (input.mode === 'replace') {
      replaceCatalogue(store.db, entries, `${fileName}（用户导入，整体替换）`, ctx.now());
      return { ...catalogueInfo(store.db), added: entries.length, updated: 0 };
    }
    const r = mergeCatalogue(store.db, entries, `增补：${fileName}`, ctx.now());
    return { ...catalogueInfo(store.db), ...r };
  },
  'catalogue/restoreShipped': async (_input, ctx) => {
    const store = requireStore(ctx);
    await backupDatabase(store.db, store.path, 'before-catalogue-restore', ctx.now());
    replaceCatalogue(store.db, readShippedCatalogue(), SHIPPED_CATALOGUE_SOURCE, ctx.now());
    return catalogueInfo(store.db);
  },
  'catalogue/checkMajors': (input, ctx) => {
    const { db } = requireStore(ctx);
    ensureCatalogue(db, ctx.now());
    return { mismatches: checkMajors(db, input.year) };
  },
};
