import { type ApiResult, AppError } from '../../../shared/api/apiError.js';
import { type AppContext, createAppContext } from '../appContext.js';
import { APP_VERSION } from '../appVersion.js';
import { createSystemFontCatalog } from '../fonts/systemFontCatalog.js';
import { defaultDataDir, resolveDbPath } from '../paths/dataPaths.js';
import { openStore } from '../store/openStore.js';

/** A context with the database given by --db (or the environment / default), opened. */
export async function openCliContext(dbFlag: string | undefined): Promise<AppContext> {
  const dbPath = resolveDbPath(dbFlag);
  const store = await openStore(dbPath, { appVersion: APP_VERSION });
  return createAppContext({
    dbPath,
    dataDir: defaultDataDir(),
    appVersion: APP_VERSION,
    store,
    fontCatalog: createSystemFontCatalog(),
  });
}

/** Runs a contract call and throws its error as an AppError, for commands that reuse the API. */
export async function callOrThrow<T>(p: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.where, r.error.details);
  return r.value as T;
}
