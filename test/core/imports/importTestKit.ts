import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppContext, type AppContext } from '../../../electron/core/appContext.js';
import { openStore } from '../../../electron/core/store/openStore.js';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/import');

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export function fixtureB64(name: string): string {
  return fixture(name).toString('base64');
}

/** A fresh, migrated school database in its own temp folder. */
export async function freshContext(): Promise<{ ctx: AppContext; dir: string; dbPath: string; done(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-import-'));
  const dbPath = path.join(dir, 'school.sqlite');
  const store = await openStore(dbPath, { create: true, appVersion: 'test' });
  const ctx = createAppContext({ dbPath, dataDir: dir, appVersion: 'test', store });
  return {
    ctx,
    dir,
    dbPath,
    done() {
      ctx.store?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
