import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { StoreStatus } from '../../../shared/api/storeCalls.js';
import type { HandlersFor } from '../api/handlerTypes.js';
import type { AppContext } from '../appContext.js';
import { seedDemoSchool } from '../demo/seedDemoSchool.js';
import { appliedMigrations } from './migrateDatabase.js';
import { openStore } from './openStore.js';
import { databaseIdOf } from './storeIdentity.js';

export function storeStatusOf(ctx: AppContext): StoreStatus {
  const store = ctx.store;
  if (!store)
    return {
      open: false,
      dbLocation: ctx.dbPath,
      schoolName: '',
      schemaVersion: 0,
      appVersion: ctx.appVersion,
      databaseId: '',
    };
  const name =
    (store.db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string } | undefined)?.name ?? '';
  const applied = appliedMigrations(store.db);
  return {
    open: true,
    dbLocation: store.path,
    schoolName: name,
    schemaVersion: applied.at(-1)?.version ?? 0,
    appVersion: ctx.appVersion,
    databaseId: databaseIdOf(store.db),
  };
}

/** Creates the database file at ctx.dbPath (refusing to overwrite one) and fills it in one transaction. */
async function createAt(ctx: AppContext, fill: (ctx: AppContext) => void): Promise<StoreStatus> {
  if (ctx.store) throw new AppError('DB_ALREADY_OPEN', '已经打开了一个学校数据库');
  if (fs.existsSync(ctx.dbPath) && fs.statSync(ctx.dbPath).size > 0) {
    throw new AppError('DB_EXISTS', `数据库文件已存在，不会覆盖：${ctx.dbPath}`, { file: ctx.dbPath });
  }
  fs.mkdirSync(path.dirname(ctx.dbPath), { recursive: true });
  const store = await openStore(ctx.dbPath, { create: true, appVersion: ctx.appVersion });
  try {
    fill({ ...ctx, store });
  } catch (e) {
    store.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(ctx.dbPath + suffix, { force: true });
    throw e;
  }
  ctx.setStore(store);
  return storeStatusOf(ctx);
}

export const storeHandlers: HandlersFor<'store/status' | 'store/createDemo' | 'store/createEmpty'> = {
  'store/status': (_input, ctx) => storeStatusOf(ctx),
  'store/createDemo': (_input, ctx) => createAt(ctx, (c) => seedDemoSchool(c.store!.db, c.now())),
  'store/createEmpty': (input, ctx) =>
    createAt(ctx, (c) => {
      c.store!.db.prepare('UPDATE school SET name = ? WHERE id = 1').run(input.schoolName);
    }),
};
