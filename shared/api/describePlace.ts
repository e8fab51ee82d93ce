import type { ErrorPlace } from './apiError.js';
import { inputLabel } from './inputLabels.js';

/**
 * The one wording of a place in a file or a request, used by the CLI, the import problem lists and
 * the window alike: 「文件 a.xlsx，工作表「设备」，第 7 行，C 列「信用代码」」. A field is named (by its
 * Chinese label) only when no column places it. Given the message it goes with, parts the message
 * already names are left out.
 */
export function describePlace(where: ErrorPlace | undefined, message = ''): string {
  if (!where) return '';
  const parts: string[] = [];
  const named = (v: string) => message.includes(v);
  if (where.file && !named(where.file)) parts.push(`文件 ${where.file}`);
  if (where.sheet && !named(`「${where.sheet}」`)) parts.push(`工作表「${where.sheet}」`);
  if (where.row !== undefined && !named(`第 ${where.row} 行`)) parts.push(`第 ${where.row} 行`);
  if (where.column) {
    if (!named(`${where.column} 列`)) parts.push(`${where.column} 列${where.header ? `「${where.header}」` : ''}`);
  } else if (where.field) {
    const label = inputLabel(where.field);
    // 「统一社会信用代码应为 18 位」 needs no 「字段「统一社会信用代码」」 with it.
    if (!named(label) && !named(`「${where.field}」`) && !named(`（${where.field}）`)) parts.push(`字段「${label}」`);
  }
  if (where.path && !named(where.path)) parts.push(`位置 ${where.path}`);
  return parts.join('，');
}

/** A line of a problem list: 「工作表「设备」，第 7 行，C 列「信用代码」：…」. */
export function placedLine(message: string, where: ErrorPlace | undefined): string {
  const place = describePlace(where, message);
  return place ? `${place}：${message}` : message;
}

/** An error's message with its place after it: 「…（文件 a.xlsx，第 3 行）」. */
export function messageWithPlace(message: string, where: ErrorPlace | undefined): string {
  const place = describePlace(where, message);
  return place ? `${message}（${place}）` : message;
}
