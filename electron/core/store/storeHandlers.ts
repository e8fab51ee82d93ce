import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { StoreStatus } from '../../../shared/api/storeCalls.js';
import { checkCreditCode } from '../../../shared/validation/creditCode.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import type { AppContext } from '../appContext.js';
import { seedDemoSchool } from '../demo/seedDemoSchool.js';
import { appliedMigrations } from './migrateDatabase.js';
import { openStore } from './openStore.js';

export function storeStatusOf(ctx: AppContext): StoreStatus {
  const store = ctx.store;
  if (!store)
    return { open: false, dbLocation: ctx.dbPath, schoolName: '', schemaVersion: 0, appVersion: ctx.appVersion };
  const name =
    (store.db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string } | undefined)?.name ?? '';
  const applied = appliedMigrations(store.db);
  return {
    open: true,
    dbLocation: store.path,
    schoolName: name,
    schemaVersion: applied.at(-1)?.version ?? 0,
    appVersion: ctx.appVersion,
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

export const storeHandlers: NamespaceHandlers<'store'> = {
  'store/status': (_input, ctx) => storeStatusOf(ctx),
  'store/createDemo': (_input, ctx) => createAt(ctx, (c) => seedDemoSchool(c.store!.db, c.now())),
  'store/createEmpty': (input, ctx) => {
    // A wrong 信用代码 is refused before any file is made, naming the wrong character.
    const code = input.creditCode ? checkCreditCode(input.creditCode) : null;
    if (code && !code.ok) throw new AppError('BAD_CREDIT_CODE', code.message, { field: '统一社会信用代码' });
    return createAt(ctx, (c) => {
      c.store!.db.prepare('UPDATE school SET name = ?, education_level = ?, credit_code = ? WHERE id = 1').run(
        input.schoolName,
        input.educationLevel ?? '',
        code?.ok ? code.code : '',
      );
    });
  },
};
