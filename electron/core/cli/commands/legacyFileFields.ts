import fs from 'node:fs';
import path from 'node:path';

import { PACKAGE_CHUNK_BYTES } from '../../../../shared/api/schoolPackageCalls.js';
import type { CallFn } from '../defineCliCommand.js';

// Until the file calls take and give tokens (TOKENS.md: branches tokens, outputs), they carry bytes.
export function legacyFileFields(file: string | undefined): { fileName: string; dataBase64: string } {
  return { fileName: path.basename(String(file)), dataBase64: fs.readFileSync(String(file)).toString('base64') };
}

type Caller = { call: CallFn };

/** A package the user named, sent to the core in pieces; answers its token. */
export async function legacySendPackage(c: Caller, file: string): Promise<string> {
  const bytes = fs.readFileSync(file);
  let token: string | undefined;
  for (let offset = 0; offset < bytes.length || token === undefined; offset += PACKAGE_CHUNK_BYTES) {
    const dataBase64 = bytes.subarray(offset, offset + PACKAGE_CHUNK_BYTES).toString('base64');
    token = (
      await c.call('schoolPackage/write', {
        ...(token ? { token } : {}),
        fileName: path.basename(file),
        offset,
        dataBase64,
      })
    ).token;
  }
  return token;
}
