import path from 'node:path';

import { type Preferences, preferencesSchema } from '../../../shared/api/preferenceCalls.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import type { AppContext } from '../appContext.js';
import { ensureFolder, readTextFile } from '../files/localFiles.js';
import { writeBytesAtomicSync } from '../files/writeFileAtomic.js';

export const PREFERENCES_FILE = 'preferences.json';

/** The remembered choices; a missing, unreadable or foreign file gives the defaults (it is only a convenience). */
export function readPreferences(ctx: AppContext): Preferences {
  const file = path.join(ctx.dataDir, PREFERENCES_FILE);
  try {
    const r = preferencesSchema.safeParse(JSON.parse(readTextFile(file)));
    if (r.success) return r.data;
  } catch {
    // absent or not JSON: defaults
  }
  return preferencesSchema.parse({});
}

function writePreferences(ctx: AppContext, change: Partial<Preferences>): Preferences {
  const next = preferencesSchema.parse({ ...readPreferences(ctx), ...change });
  ensureFolder(ctx.dataDir);
  writeBytesAtomicSync(
    path.join(ctx.dataDir, PREFERENCES_FILE),
    new TextEncoder().encode(JSON.stringify(next, null, 2)),
  );
  return next;
}

export const preferenceHandlers: NamespaceHandlers<'preferences'> = {
  'preferences/get': (_input, ctx) => readPreferences(ctx),
  'preferences/set': (input, ctx) => writePreferences(ctx, input),
};
