import { AppError } from '../../../../shared/api/apiError.js';

/** A positive whole number given for --application (or an application id argument). */
export function applicationIdArg(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('BAD_ARGS', `申报编号应为正整数：${text}`);
  return n;
}
