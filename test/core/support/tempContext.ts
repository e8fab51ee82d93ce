import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { type AppContext, createAppContext } from '../../../electron/core/appContext';
import type { CallName, InputOf, OutputOf } from '../../../shared/api/contract';

/** A context on a fresh temporary folder, without a database yet (first run). */
export function tempContext(): { ctx: AppContext; dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-ctx-'));
  const ctx = createAppContext({
    dbPath: path.join(dir, 'school.sqlite'),
    dataDir: dir,
    appVersion: 'test',
    now: () => new Date('2024-11-01T08:00:00Z'),
  });
  return {
    ctx,
    dir,
    cleanup() {
      ctx.store?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls the API like the renderer does and throws the structured error on failure. */
export async function call<K extends CallName>(ctx: AppContext, name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const r = await dispatchCall(ctx, name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { apiError: r.error });
  return r.value as OutputOf<K>;
}
