import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { seedDemoSchool } from '../../../electron/core/demo/seedDemoSchool';
import { openStore, type Store } from '../../../electron/core/store/openStore';

/** A fresh database in a temporary folder, filled with the demo school. */
export async function demoStore(): Promise<{ store: Store; dir: string; seedMs: number; cleanup(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-demo-'));
  const store = await openStore(path.join(dir, 'school.sqlite'), { create: true, appVersion: 'test' });
  const t0 = performance.now();
  seedDemoSchool(store.db, new Date('2025-12-31T00:00:00Z'));
  const seedMs = performance.now() - t0;
  return {
    store,
    dir,
    seedMs,
    cleanup() {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
