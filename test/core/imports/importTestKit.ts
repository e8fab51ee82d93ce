import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { type AppContext, createAppContext } from '../../../electron/core/appContext.js';
import { openStore } from '../../../electron/core/store/openStore.js';
import type { CallName, InputOf, OutputOf } from '../../../shared/api/contract.js';
import { chosenFile } from '../support/chosenFile.js';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/import');

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

/** A fixture as the user would choose it (shown under `as`, else its own name): its token. */
export function fixtureFile(ctx: AppContext, name: string, as?: string): string {
  return ctx.files.grantRead(path.join(FIXTURES, name), as).token;
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

/** A call's value, typed by the contract; an error answer throws with its code and message. */
export async function callIn<K extends CallName>(ctx: AppContext, name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const r = await dispatchCall(ctx, name, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as OutputOf<K>;
}

type Fresh = Awaited<ReturnType<typeof freshContext>>;

/**
 * A fresh database for every test of the file (registered with beforeEach/afterEach): `fresh.t`
 * is the current one; `fresh.call` answers a call's value and throws on an error answer.
 */
export function eachTestFreshContext() {
  let current: Fresh | undefined;
  beforeEach(async () => {
    current = await freshContext();
  });
  afterEach(() => current?.done());
  return {
    get t(): Fresh {
      if (!current) throw new Error('no database outside a test');
      return current;
    },
    /** A fixture chosen by the user (shown under `as`, else its own name): its token. */
    file(name: string, as?: string): string {
      return fixtureFile(this.t.ctx, name, as);
    },
    /** Bytes made by the test, as a file the user chose under `name`: its token. */
    bytesFile(name: string, bytes: Uint8Array | string): string {
      return chosenFile(this.t.ctx, name, bytes);
    },
    /** Typed by the contract, so a test reads the call's real output shape. */
    call<K extends CallName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
      return callIn(this.t.ctx, name, input);
    },
  };
}
