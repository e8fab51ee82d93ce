import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { expect } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import type { AppContext } from '../../../electron/core/appContext.js';
import type { CallName } from '../../../shared/api/contract.js';

/**
 * A file as if the user had chosen it (dialog, upload, command-line argument): written under its
 * name into the context's data folder and granted; answers the token a call names it by.
 */
export function chosenFile(ctx: AppContext, name: string, bytes: Uint8Array | string): string {
  const dir = path.join(ctx.dataDir, 'chosen', crypto.randomBytes(4).toString('hex'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return ctx.files.grantRead(file).token;
}

/**
 * Checks a call that reads a chosen file refuses, in Chinese, a token that names no chosen file and
 * a file larger than its limit (naming the file); the caller checks nothing changed.
 */
export async function expectChosenFileRefusals(
  ctx: AppContext,
  name: CallName,
  input: (file: string) => unknown,
  limit: { maxBytes: number; fileName: string },
): Promise<void> {
  const unknown = await dispatchCall(ctx, name, input('0123456789abcdef0123456789abcdef'));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FILE' } });
  expect(unknown.ok || unknown.error.message).toMatch(/找不到所选的文件.*请重新选择文件/);
  const malformed = await dispatchCall(ctx, name, input('C:\\学校\\台账.xlsx'));
  expect(malformed).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  // A sparse file: as large as the limit + 1 on disk's say-so, without writing those bytes.
  const dir = path.join(ctx.dataDir, 'chosen', crypto.randomBytes(4).toString('hex'));
  fs.mkdirSync(dir, { recursive: true });
  const huge = path.join(dir, limit.fileName);
  fs.writeFileSync(huge, '');
  fs.truncateSync(huge, limit.maxBytes + 1);
  const tooLarge = await dispatchCall(ctx, name, input(ctx.files.grantRead(huge).token));
  expect(tooLarge).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', where: { file: limit.fileName } } });
  expect(tooLarge.ok || tooLarge.error.message).toContain(`文件过大：${limit.fileName}`);
}
