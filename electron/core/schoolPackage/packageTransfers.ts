import crypto from 'node:crypto';
import fs from 'node:fs';

import { AppError } from '../../../shared/api/apiError.js';
import type { StagedPackage } from './stageSchoolPackage.js';

/**
 * A 学校数据包 chosen for restore, read where the user keeps it (never copied through the window,
 * never removed) and, once verified, staged beside the database until restored or discarded. The
 * window names it by token and never sees either path.
 */
export interface Transfer {
  token: string;
  /** The user's own package file: read only. */
  path: string;
  fileName: string;
  size: number;
  staged?: StagedPackage;
}

const transfers = new Map<string, Transfer>();

/** A package the user chose to restore from, read in place. */
export function receiveTransfer(file: { path: string; name: string }): Transfer {
  let size: number;
  try {
    size = fs.statSync(file.path).size;
  } catch {
    throw new AppError('FILE_UNREADABLE', `无法读取文件：${file.name}（可能已被移动或删除）`, { file: file.name });
  }
  if (size === 0) throw new AppError('EMPTY_FILE', `「${file.name}」是空文件，不是学校数据包`, { file: file.name });
  const t: Transfer = { token: crypto.randomBytes(16).toString('hex'), path: file.path, fileName: file.name, size };
  transfers.set(t.token, t);
  return t;
}

export function getTransfer(token: string): Transfer {
  const t = transfers.get(token);
  if (!t)
    throw new AppError('TRANSFER_NOT_FOUND', '找不到这个学校数据包的临时文件（可能已经处理完或已取消），请重新选择');
  return t;
}

/** Forgets a received package and removes what was staged of it; the user's file stays. */
export function discardTransfer(token: string): boolean {
  const t = transfers.get(token);
  if (!t) return false;
  transfers.delete(token);
  if (t.staged) fs.rmSync(t.staged.dir, { recursive: true, force: true });
  return true;
}
