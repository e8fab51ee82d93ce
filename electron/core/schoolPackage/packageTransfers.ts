import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { StagedPackage } from './stageSchoolPackage.js';

/**
 * A 学校数据包 can be far larger than one API message: an exported one waits in a hidden folder
 * beside the database until the window has it; one chosen for restore is read where it lies (the
 * user's own file, never copied through the window) and verified by the core. The window never sees
 * either path.
 */
export interface Transfer {
  token: string;
  path: string;
  fileName: string;
  size: number;
  /** The user's own file (chosen for restore): read only, never removed. */
  chosen?: boolean;
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

/** A package the user chose to restore from, read in place. */
export function receiveTransfer(file: { path: string; name: string }): Transfer {
  let size: number;
  try {
    size = fs.statSync(file.path).size;
  } catch {
    throw new AppError('FILE_UNREADABLE', `无法读取文件：${file.name}（可能已被移动或删除）`, { file: file.name });
  }
  if (size === 0) throw new AppError('EMPTY_FILE', `「${file.name}」是空文件，不是学校数据包`, { file: file.name });
  const t: Transfer = {
    token: crypto.randomBytes(16).toString('hex'),
    path: file.path,
    fileName: file.name,
    size,
    chosen: true,
  };
  transfers.set(t.token, t);
  return t;
}

export function getTransfer(token: string): Transfer {
  const t = transfers.get(token);
  if (!t)
    throw new AppError('TRANSFER_NOT_FOUND', '找不到这个学校数据包的临时文件（可能已经处理完或已取消），请重新选择');
  return t;
}

export function readChunk(t: Transfer, offset: number, max: number): Buffer {
  const fd = fs.openSync(t.path, 'r');
  try {
    const buf = Buffer.alloc(Math.max(0, Math.min(max, t.size - offset)));
    const n = fs.readSync(fd, buf, 0, buf.length, offset);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export function discardTransfer(token: string): boolean {
  const t = transfers.get(token);
  if (!t) return false;
  transfers.delete(token);
  if (!t.chosen) fs.rmSync(t.path, { force: true });
  if (t.staged) fs.rmSync(t.staged.dir, { recursive: true, force: true });
  return true;
}
