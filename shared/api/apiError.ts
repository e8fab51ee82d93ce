import type { ErrorCode } from './errorCodes.js';

/** Where an error happened, as precisely as we know: file, sheet, row, column, field. */
export interface ErrorPlace {
  file?: string;
  sheet?: string;
  row?: number;
  /** Column letter (or name, where the file has no letters). */
  column?: string;
  /** The column's header text in the file. */
  header?: string;
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
