import type { FontCatalog } from '../appContext.js';
import { APP_VERSION } from '../appVersion.js';
import { createSystemFontCatalog } from '../fonts/systemFontCatalog.js';
import { openStore, type Store } from '../store/openStore.js';

/**
 * The school database at dbPath, opened (migrated when older), with the PC's font list for rendering.
 * `beforeMigration` prepares the data folder when an older database is about to be upgraded: even a
 * read-only command then backs up and migrates, and both must be in the log.
 */
export async function openCliStore(
  dbPath: string,
  beforeMigration: () => void,
): Promise<{ store: Store; fontCatalog: FontCatalog }> {
  return {
    store: await openStore(dbPath, { appVersion: APP_VERSION, beforeMigration }),
    fontCatalog: createSystemFontCatalog(),
  };
}
