import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';
import { PACKAGE_CHUNK_BYTES } from '../../../../shared/api/schoolPackageCalls.js';
import { writeBytesAtomicSync } from '../../files/writeFileAtomic.js';
import type { CallFn } from '../defineCliCommand.js';

// Until the file calls take and give tokens (TOKENS.md: branches tokens, outputs), they carry bytes.
export function legacyFileFields(file: string | undefined): { fileName: string; dataBase64: string } {
  return { fileName: path.basename(String(file)), dataBase64: fs.readFileSync(String(file)).toString('base64') };
}

export function legacySaveIn(out: { fileName: string; dataBase64: string }, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, out.fileName);
  writeBytesAtomicSync(file, Buffer.from(out.dataBase64, 'base64'));
  return file;
}

export function legacySaveAs(out: { fileName: string; dataBase64: string }, file: string): string {
  try {
    writeBytesAtomicSync(file, Buffer.from(out.dataBase64, 'base64'));
  } catch (e) {
    throw new AppError('WRITE_FAILED', `无法写入文件：${file}（${(e as Error).message}）`, { file });
  }
  return file;
}

type Caller = { call: CallFn };

/** The package a call made, read in pieces and written to `file`. */
export async function legacyReadPackage(c: Caller, token: string, file: string): Promise<void> {
  const parts: Buffer[] = [];
  for (let offset = 0, done = false; !done;) {
    const r = await c.call('schoolPackage/read', { token, offset });
    parts.push(Buffer.from(r.dataBase64, 'base64'));
    ({ nextOffset: offset, done } = r);
  }
  await c.call('schoolPackage/discard', { token });
  try {
    writeBytesAtomicSync(file, Buffer.concat(parts));
  } catch (e) {
    throw new AppError('WRITE_FAILED', `无法写入文件：${file}（${(e as Error).message}）`, { file });
  }
}

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
