import { errorFields, logEvent } from '../log/appLog.js';

/** Line and column (1-based) of a character offset, for messages. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse failed on `text`, in Chinese for a message: 「（第 3 行第 14 列附近）」, or that the
 * text ends too soon. The engine's English goes to the log under `event`, never to the user.
 */
export function jsonSyntaxPlace(text: string, e: unknown, event: string): { where: string; line?: number } {
  logEvent('warn', event, errorFields(e));
  const m = /position (\d+)/.exec((e as Error)?.message ?? '');
  if (!m) return { where: '（文件不完整，可能被截断）' };
  const place = lineColumn(text, Number(m[1]));
  return { where: `（第 ${place.line} 行第 ${place.column} 列附近）`, line: place.line };
}
