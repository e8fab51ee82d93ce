import type { FontCatalog } from '../appContext.js';
import { APP_VERSION } from '../appVersion.js';
import { createSystemFontCatalog } from '../fonts/systemFontCatalog.js';
import { openStore, type Store } from '../store/openStore.js';

/** The school database at dbPath, opened (migrated when older), with the PC's font list for rendering. */
export async function openCliStore(dbPath: string): Promise<{ store: Store; fontCatalog: FontCatalog }> {
  return { store: await openStore(dbPath, { appVersion: APP_VERSION }), fontCatalog: createSystemFontCatalog() };
}
