import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';

/** Inputs above this are refused before being read into memory (a real one is a few MB). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Reads a file named on the command line, refusing a missing, a folder or an oversized one in Chinese. */
export function readInputFile(file: string | undefined, what: string): { name: string; bytes: Buffer } {
  if (!file) throw new AppError('BAD_ARGS', `请指定${what}`);
  if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
  const st = fs.statSync(file);
  if (!st.isFile()) throw new AppError('FILE_NOT_FOUND', `「${file}」不是文件`, { file });
  if (st.size > MAX_INPUT_BYTES)
    throw new AppError(
      'FILE_TOO_LARGE',
      `「${path.basename(file)}」有 ${(st.size / 1048576).toFixed(0)} MB，超过 ${MAX_INPUT_BYTES / 1048576} MB 上限，不像是要导入的文件`,
      { file: path.basename(file) },
    );
  return { name: path.basename(file), bytes: fs.readFileSync(file) };
}
