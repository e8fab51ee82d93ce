import { AppError, type ErrorPlace } from '../../../shared/api/apiError.js';

/** One thing wrong with an import file, placed as the user sees the file. */
export interface ImportProblem {
  message: string;
  sheet?: string;
  /** Row number as the file numbers it (1-based, as Excel shows it). */
  row?: number;
  /** Column letter (A, B, …). */
  column?: string;
  /** The column's header text in the file. */
  header?: string;
  /** Field key and its Chinese label. */
  field?: string;
  fieldLabel?: string;
  /** Set when the row breaks a rule across fields (金额 = 单价 × 数量 …): an exception may be accepted. */
  rule?: string;
}

/** Where a problem is, in the shared wording (describePlace): sheet, row, column and its header. */
export function placeOf(p: ImportProblem, file?: string): ErrorPlace {
  const w: ErrorPlace = {};
  if (file) w.file = file;
  if (p.sheet) w.sheet = p.sheet;
  if (p.row !== undefined) w.row = p.row;
  if (p.column) w.column = p.column;
  if (p.header) w.header = p.header;
  if (p.fieldLabel) w.field = p.fieldLabel;
  return w;
}

/** Refuses an import with every problem attached, so each layer can list them. */
export function problemsError(problems: readonly ImportProblem[], total: number, file: string): AppError {
  return new AppError(
    'IMPORT_HAS_PROBLEMS',
    `「${file}」中有 ${total} 处问题，未导入任何数据。请修改后重新导入。`,
    problems[0] ? placeOf(problems[0], file) : { file },
    problems.map((p) => ({ message: p.message, where: placeOf(p, file) })),
  );
}
