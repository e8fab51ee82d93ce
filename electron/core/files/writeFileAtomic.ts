import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

import { AppError } from '../../../shared/api/apiError.js';
import { noteTempFile, releaseTempNote } from './tempLedger.js';

const RETRY_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

/** The rename step, replaceable in tests to simulate Windows antivirus holding the new file. */
export type RenameFn = (from: string, to: string) => void;

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Renames, retrying while Windows (antivirus, indexer) briefly holds the fresh file. */
export async function renameWithRetry(
  from: string,
  to: string,
  rename: RenameFn = fs.renameSync,
  attempts = 8,
): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!RETRY_CODES.has(code) || i >= attempts - 1) throw e;
      await sleep(Math.min(1000, 50 * 2 ** i));
    }
  }
}

/** The temporary name used beside `finalPath`; hidden and unmistakable, in the same folder so rename is atomic. */
export function tempPathFor(finalPath: string): string {
  return path.join(
    path.dirname(finalPath),
    `.${path.basename(finalPath)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
}

/**
 * Writes a file so that it appears under its final name only when complete: the producer writes to
 * a temporary file in the same folder, which is fsynced and renamed into place. On any failure the
 * temporary file is removed and the final name is untouched (an earlier file there survives).
 */
export async function writeFileAtomic(
  finalPath: string,
  produce: (out: Writable) => Promise<void>,
  opts: { rename?: RenameFn } = {},
): Promise<void> {
  const dir = path.dirname(finalPath);
  if (!fs.existsSync(dir)) throw new AppError('OUT_DIR_MISSING', `输出文件夹不存在：${dir}`, { file: dir });
  const tmp = tempPathFor(finalPath);
  const note = noteTempFile(tmp);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx');
    const out = fs.createWriteStream(tmp, { fd, autoClose: false });
    try {
      await produce(out);
      if (!out.writableEnded) out.end();
      await finished(out);
    } catch (e) {
      // Wait until writes in flight are done before the descriptor is closed below.
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
      throw e;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    await renameWithRetry(tmp, finalPath, opts.rename);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed by the stream */
      }
    }
    fs.rmSync(tmp, { force: true });
    releaseTempNote(note);
    if (e instanceof AppError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC')
      throw new AppError('DISK_FULL', `磁盘空间不足，文件未写入：${finalPath}`, { file: finalPath });
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new AppError(
        'FILE_BUSY',
        `文件被占用或没有写入权限（可能已在其他程序中打开），请关闭后重试：${finalPath}`,
        { file: finalPath },
      );
    }
    throw e;
  }
  releaseTempNote(note);
  try {
    // Make the rename itself durable (POSIX only; Windows cannot open a directory this way).
    const dfd = fs.openSync(dir, 'r');
    fs.fsyncSync(dfd);
    fs.closeSync(dfd);
  } catch {
    /* best effort */
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The same guarantee for bytes already in memory, synchronously (evidence files, files saved from a
 * dialog): temporary name beside the target, fsync, rename with retries; the temp file never stays.
 */
export function writeBytesAtomicSync(finalPath: string, bytes: Uint8Array): void {
  const tmp = tempPathFor(finalPath);
  const note = noteTempFile(tmp);
  try {
    const fd = fs.openSync(tmp, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    for (let attempt = 0; ; attempt++) {
      try {
        fs.renameSync(tmp, finalPath);
        releaseTempNote(note);
        return;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        if (attempt >= 5 || !RETRY_CODES.has(code)) throw e;
        sleepSync(100 * (attempt + 1));
      }
    }
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    releaseTempNote(note);
    throw e;
  }
}
