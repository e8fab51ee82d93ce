import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { StagedPackage } from './stageSchoolPackage.js';

/**
 * A 学校数据包 can be far larger than one API message, so it travels in pieces through a file in
 * a hidden folder beside the database: written by the core and read out by the window (export), or
 * written in by the window and verified by the core (restore). The window never sees the path.
 */
export interface Transfer {
  token: string;
  path: string;
  fileName: string;
  size: number;
  staged?: StagedPackage;
}

const transfers = new Map<string, Transfer>();
const STALE_MS = 24 * 3600 * 1000;

export function transferDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), '.transfer');
}

/** Removes what an earlier run left behind (a crash mid-restore, a window closed mid-save). */
function sweep(dir: string): void {
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const p = path.join(dir, name);
    if (Date.now() - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { recursive: true, force: true });
  }
}

export function newTransfer(dbPath: string, fileName: string): Transfer {
  const dir = transferDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  sweep(dir);
  const token = crypto.randomBytes(16).toString('hex');
  const t: Transfer = { token, path: path.join(dir, `${token}.sbtdata`), fileName, size: 0 };
  transfers.set(token, t);
  return t;
}

export function getTransfer(token: string): Transfer {
  const t = transfers.get(token);
  if (!t)
    throw new AppError('TRANSFER_NOT_FOUND', '找不到这个学校数据包的临时文件（可能已经处理完或已取消），请重新选择');
  return t;
}

/** Larger than any school's package; bounds what a caller can make the core write. */
const MAX_TRANSFER_BYTES = 64 * 1024 ** 3;

/** Appends a piece; pieces must arrive in order. */
export function appendChunk(t: Transfer, offset: number, bytes: Buffer): number {
  if (offset !== t.size)
    throw new AppError('TRANSFER_OUT_OF_ORDER', `学校数据包传输中断（应从第 ${t.size} 字节继续），请重新选择文件`);
  if (t.size + bytes.length > MAX_TRANSFER_BYTES)
    throw new AppError('TRANSFER_TOO_LARGE', '所选文件超过 64 GB，不是申报通的学校数据包');
  fs.appendFileSync(t.path, bytes);
  t.size += bytes.length;
  return t.size;
}

export function discardTransfer(token: string): boolean {
  const t = transfers.get(token);
  if (!t) return false;
  transfers.delete(token);
  fs.rmSync(t.path, { force: true });
  if (t.staged) fs.rmSync(t.staged.dir, { recursive: true, force: true });
  return true;
}
