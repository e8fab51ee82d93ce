import type { ExprNode } from './parseExpression.js';

/** A lambda `row => …` as a value: only built-in functions can call it. */
export class Lambda {
  constructor(
    readonly param: string,
    readonly body: ExprNode,
    readonly scope: ReadonlyMap<string, Value>,
  ) {}
}

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | Lambda;

/** Raised while evaluating; `code` says whether the pack is broken or merely ran too long. */
export class ExpressionError extends Error {
  constructor(
    readonly code: 'syntax' | 'runtime' | 'budget' | 'time' | 'depth',
    message: string,
    readonly position?: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

/** Names a pack may never read: they lead from data to the host's object machinery. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'valueOf',
  'toString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
]);

export function isPlainRecord(v: unknown): v is Record<string, Value> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Lambda) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Own data property of a plain record or array, never anything inherited. */
export function readProperty(obj: Value, name: string | number): Value {
  if (typeof name === 'string' && FORBIDDEN_NAMES.has(name))
    throw new ExpressionError('runtime', `不允许访问「${name}」`);
  if (obj === null) return null;
  if (Array.isArray(obj)) {
    if (name === 'length') return obj.length;
    const i = typeof name === 'number' ? name : /^\d+$/.test(name) ? Number(name) : NaN;
    if (!Number.isInteger(i))
      throw new ExpressionError('runtime', `列表没有「${String(name)}」这一项（列表只能用 [序号] 或 .length）`);
    return i >= 0 && i < obj.length ? (obj[i] ?? null) : null;
  }
  if (typeof obj === 'string') {
    if (name === 'length') return [...obj].length;
    throw new ExpressionError('runtime', `文本没有「${String(name)}」这一属性（只有 .length）`);
  }
  if (isPlainRecord(obj)) {
    const k = String(name);
    if (!Object.prototype.hasOwnProperty.call(obj, k)) return null;
    const v = obj[k];
    return v === undefined ? null : v;
  }
  throw new ExpressionError('runtime', `不能从${describeType(obj)}中读取「${String(name)}」`);
}

export function describeType(v: Value): string {
  if (v === null) return '空值';
  if (Array.isArray(v)) return '列表';
  if (v instanceof Lambda) return '箭头函数';
  if (typeof v === 'number') return '数字';
  if (typeof v === 'string') return '文本';
  if (typeof v === 'boolean') return '是/否';
  return '记录';
}
