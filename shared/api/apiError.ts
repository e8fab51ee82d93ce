import type { ErrorCode } from './errorCodes.js';
import { inputLabel } from './inputLabels.js';

/** Where an error happened, as precisely as we know: file, sheet, row, column, field. */
export interface ErrorPlace {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
  path?: string;
}

/** Expected failures travel as values, never as thrown strings, so every layer can show them. */
export interface ApiError {
  code: ErrorCode;
  /** Plain Chinese for office staff. */
  message: string;
  where?: ErrorPlace;
  /** Further problems of the same request (e.g. every bad cell of an import). */
  details?: { message: string; where?: ErrorPlace }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core for an expected failure; the dispatcher turns it into an ApiError. */
export class AppError extends Error implements ApiError {
  readonly code: ErrorCode;
  readonly where?: ErrorPlace;
  readonly details?: { message: string; where?: ErrorPlace }[];
  constructor(
    code: ErrorCode,
    message: string,
    where?: ErrorPlace,
    details?: { message: string; where?: ErrorPlace }[],
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.where = where;
    this.details = details;
  }
  toApiError(): ApiError {
    const e: ApiError = { code: this.code, message: this.message };
    if (this.where) e.where = this.where;
    if (this.details && this.details.length) e.details = this.details;
    return e;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/**
 * One line naming the place, e.g. 「文件 a.xlsx，工作表 Sheet1，第 5 行，C 列」. A field is named by its
 * Chinese label. Given the message it follows, parts the message already names are left out.
 */
export function describePlace(where: ErrorPlace | undefined, message = ''): string {
  if (!where) return '';
  const parts: string[] = [];
  const named = (v: string) => message.includes(v);
  if (where.file && !named(where.file)) parts.push(`文件 ${where.file}`);
  if (where.sheet && !named(`「${where.sheet}」`)) parts.push(`工作表「${where.sheet}」`);
  if (where.row !== undefined) parts.push(`第 ${where.row} 行`);
  if (where.column) parts.push(`${where.column} 列`);
  if (where.field) {
    const label = inputLabel(where.field);
    // 「统一社会信用代码应为 18 位」 needs no 「（字段「统一社会信用代码」）」 after it.
    if (!named(label) && !named(`「${where.field}」`) && !named(`（${where.field}）`)) parts.push(`字段「${label}」`);
  }
  if (where.path && !named(where.path)) parts.push(`位置 ${where.path}`);
  return parts.join('，');
}
