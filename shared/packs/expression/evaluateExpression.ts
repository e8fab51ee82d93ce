import type jsep from 'jsep';

import type { BaseDataSnapshot } from '../../datasets/baseDataSnapshot.js';
import { callBuiltin, exactSum, FUNCTION_INFO, type Interp, truthy } from './expressionFunctions.js';
import { describeType, ExpressionError, FORBIDDEN_NAMES, Lambda, readProperty, type Value } from './expressionValue.js';
import { type ExprNode, type ObjectExpressionNode, parseExpression } from './parseExpression.js';

/** What an expression can see: the base data, the application's parameters and other fields, extra variables (e.g. year). */
export interface ExpressionEnv {
  snapshot: BaseDataSnapshot;
  params?: Record<string, unknown>;
  fields?: Record<string, unknown>;
  vars?: Record<string, unknown>;
  /** YYYY-MM-DD from the caller's clock (localIsoDate(ctx.now())); today() returns it. Shared code never reads the clock. */
  today: string;
}

export interface EvalLimits {
  /** Nodes visited plus rows touched by built-ins. */
  maxSteps?: number;
  maxMillis?: number;
  maxDepth?: number;
}

export const DEFAULT_LIMITS: Required<EvalLimits> = { maxSteps: 1_000_000, maxMillis: 2_000, maxDepth: 200 };

export type EvalResult =
  | { ok: true; value: Value; steps: number }
  | { ok: false; error: { code: ExpressionError['code']; message: string; position?: number } };

const ROOT_NAMES = ['school', 'data', 'years', 'params', 'fields'] as const;

class Interpreter implements Interp {
  steps = 0;
  depth = 0;
  private lastClockCheck = 0;
  readonly started = performance.now();
  readonly today: string;
  private readonly roots: Map<string, Value>;
  constructor(
    private readonly env: ExpressionEnv,
    private readonly limits: Required<EvalLimits>,
  ) {
    this.today = env.today;
    this.roots = new Map<string, Value>([
      ['school', env.snapshot.school as Value],
      ['data', env.snapshot.data as unknown as Value],
      ['years', env.snapshot.years],
      ['params', (env.params ?? {}) as Value],
      ['fields', (env.fields ?? {}) as Value],
    ]);
    for (const [k, v] of Object.entries(env.vars ?? {})) this.roots.set(k, v as Value);
  }

  tick(n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.maxSteps) {
      throw new ExpressionError(
        'budget',
        `表达式计算量过大（超过 ${this.limits.maxSteps.toLocaleString('en-US')} 步），已停止：请缩小数据范围或简化嵌套`,
      );
    }
    if (this.steps - this.lastClockCheck >= 4096) {
      this.lastClockCheck = this.steps;
      if (performance.now() - this.started <= this.limits.maxMillis) return;
      throw new ExpressionError('time', `表达式运行时间过长（超过 ${this.limits.maxMillis / 1000} 秒），已停止`);
    }
  }

  latestYear(): number {
    const ys = this.env.snapshot.years;
    return ys.length ? ys[ys.length - 1] : Number(this.today.slice(0, 4)) - 1;
  }

  call(fn: Value, arg: Value): Value {
    if (!(fn instanceof Lambda))
      throw new ExpressionError('runtime', `这里应为箭头函数（如 r => r.amount），收到${describeType(fn)}`);
    const scope = new Map(fn.scope);
    scope.set(fn.param, arg);
    return this.eval(fn.body, scope);
  }

  eval(node: ExprNode, scope: ReadonlyMap<string, Value>): Value {
    this.tick();
    if (++this.depth > this.limits.maxDepth)
      throw new ExpressionError('depth', `表达式嵌套过深（超过 ${this.limits.maxDepth} 层）`);
    try {
      return this.evalNode(node, scope);
    } finally {
      this.depth--;
    }
  }

  private evalNode(node: ExprNode, scope: ReadonlyMap<string, Value>): Value {
    switch (node.type) {
      case 'Literal': {
        const v = (node as jsep.Literal).value;
        if (v instanceof RegExp || v === undefined) throw new ExpressionError('runtime', '不支持正则表达式');
        return v;
      }
      case 'Identifier': {
        const name = (node as jsep.Identifier).name;
        if (FORBIDDEN_NAMES.has(name)) throw new ExpressionError('runtime', `不允许使用名称「${name}」`);
        if (scope.has(name)) return scope.get(name)!;
        if (this.roots.has(name)) return this.roots.get(name)!;
        if (Object.prototype.hasOwnProperty.call(FUNCTION_INFO, name))
          throw new ExpressionError('runtime', `「${name}」是函数，应写成 ${name}(…)`);
        throw new ExpressionError(
          'runtime',
          `不认识的名称「${name}」（可用：${ROOT_NAMES.join('、')}，以及箭头函数的参数）`,
        );
      }
      case 'MemberExpression': {
        const m = node as jsep.MemberExpression;
        const obj = this.eval(m.object, scope);
        let prop: string | number;
        if (m.computed) {
          const p = this.eval(m.property, scope);
          if (typeof p !== 'string' && typeof p !== 'number')
            throw new ExpressionError('runtime', `[ ] 中应为序号或字段名，收到${describeType(p)}`);
          prop = p;
        } else {
          prop = (m.property as jsep.Identifier).name;
        }
        if (obj === null && !m.computed && typeof prop === 'string' && FORBIDDEN_NAMES.has(prop))
          throw new ExpressionError('runtime', `不允许访问「${prop}」`);
        return readProperty(obj, prop);
      }
      case 'ArrayExpression': {
        const els = (node as jsep.ArrayExpression).elements;
        return els.map((e) => (e ? this.eval(e, scope) : null));
      }
      case 'ObjectExpression': {
        const out: Record<string, Value> = {};
        for (const p of (node as ObjectExpressionNode).properties) {
          if (FORBIDDEN_NAMES.has(p.key)) throw new ExpressionError('runtime', `不允许使用键名「${p.key}」`);
          Object.defineProperty(out, p.key, {
            value: this.eval(p.value, scope),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return out;
      }
      case 'UnaryExpression': {
        const u = node as jsep.UnaryExpression;
        const v = this.eval(u.argument, scope);
        if (u.operator === '!') return !truthy(v);
        if (u.operator === '-' || u.operator === '+') {
          if (v === null) return null;
          if (typeof v !== 'number')
            throw new ExpressionError('runtime', `「${u.operator}」只能用于数字，收到${describeType(v)}`);
          return u.operator === '-' ? -v : v;
        }
        throw new ExpressionError('runtime', `不支持运算符「${u.operator}」`);
      }
      case 'BinaryExpression':
        return this.evalBinary(node as jsep.BinaryExpression, scope);
      case 'ConditionalExpression': {
        const c = node as jsep.ConditionalExpression;
        return truthy(this.eval(c.test, scope)) ? this.eval(c.consequent, scope) : this.eval(c.alternate, scope);
      }
      case 'CallExpression': {
        const c = node as jsep.CallExpression;
        if (c.callee.type !== 'Identifier')
          throw new ExpressionError('runtime', '只能调用内置函数（如 sum(…)），不能调用对象的方法');
        const name = (c.callee as jsep.Identifier).name;
        const info = Object.prototype.hasOwnProperty.call(FUNCTION_INFO, name) ? FUNCTION_INFO[name] : undefined;
        if (!info) throw new ExpressionError('runtime', `没有函数「${name}」`);
        if (c.arguments.length < info.min || c.arguments.length > info.max) {
          throw new ExpressionError(
            'runtime',
            `${name}() 需要 ${info.min === info.max ? info.min : `${info.min}–${info.max}`} 个参数，收到 ${c.arguments.length} 个`,
          );
        }
        if (name === 'if')
          return truthy(this.eval(c.arguments[0], scope))
            ? this.eval(c.arguments[1], scope)
            : this.eval(c.arguments[2], scope);
        const args = c.arguments.map((a) => this.eval(a, scope));
        return callBuiltin(name, args, this);
      }
      default:
        throw new ExpressionError('runtime', `不支持的写法（${node.type}）`);
    }
  }

  private evalBinary(b: jsep.BinaryExpression, scope: ReadonlyMap<string, Value>): Value {
    const op = b.operator;
    if (op === '=>') {
      if (b.left.type !== 'Identifier')
        throw new ExpressionError('runtime', '箭头函数的参数应为一个名称，如 r => r.amount');
      const param = (b.left as jsep.Identifier).name;
      if (FORBIDDEN_NAMES.has(param) || (ROOT_NAMES as readonly string[]).includes(param))
        throw new ExpressionError('runtime', `箭头函数的参数不能叫「${param}」`);
      return new Lambda(param, b.right, scope);
    }
    if (op === '&&') {
      const l = this.eval(b.left, scope);
      return truthy(l) ? this.eval(b.right, scope) : l;
    }
    if (op === '||') {
      const l = this.eval(b.left, scope);
      return truthy(l) ? l : this.eval(b.right, scope);
    }
    if (op === '??') {
      const l = this.eval(b.left, scope);
      return l !== null ? l : this.eval(b.right, scope);
    }
    const l = this.eval(b.left, scope);
    const r = this.eval(b.right, scope);
    switch (op) {
      case '==':
        return l === r;
      case '!=':
        return l !== r;
      case '<':
      case '>':
      case '<=':
      case '>=': {
        if (l === null || r === null) return false;
        if (typeof l !== typeof r || (typeof l !== 'number' && typeof l !== 'string')) {
          throw new ExpressionError('runtime', `不能比较${describeType(l)}和${describeType(r)}`);
        }
        const a = l,
          c = r as number | string;
        return op === '<' ? a < c : op === '>' ? a > c : op === '<=' ? a <= c : a >= c;
      }
      case '+':
        // '+' with a text joins as JavaScript does, whatever the other side is (as pack authors expect).
        // eslint-disable-next-line @typescript-eslint/no-base-to-string, @typescript-eslint/restrict-template-expressions -- JavaScript concatenation is the documented meaning
        if (typeof l === 'string' || typeof r === 'string') return `${l ?? ''}${r ?? ''}`;
      // falls through
      case '-':
      case '*':
      case '/':
      case '%':
      case '**': {
        if (l === null || r === null) return null;
        if (typeof l !== 'number' || typeof r !== 'number')
          throw new ExpressionError('runtime', `「${op}」只能用于数字，收到${describeType(l)}和${describeType(r)}`);
        switch (op) {
          // Decimal inputs (万元 with 2 decimals) add exactly: 0.1 + 0.2 is 0.3.
          case '+':
            return Number.isInteger(l) && Number.isInteger(r) ? l + r : exactSum([l, r]);
          case '-':
            return Number.isInteger(l) && Number.isInteger(r) ? l - r : exactSum([l, -r]);
          case '*':
            return l * r;
          case '/':
            return r === 0 ? null : l / r;
          case '%':
            return r === 0 ? null : l % r;
          case '**':
            break;
        }
        if (Math.abs(r) > 64) throw new ExpressionError('runtime', '乘方的指数过大');
        return l ** r;
      }
      default:
        throw new ExpressionError('runtime', `不支持运算符「${op}」`);
    }
  }
}

/** Evaluates an expression (text or parsed) in the sandbox; never throws for a pack's fault. */
export function evaluateExpression(source: string | ExprNode, env: ExpressionEnv, limits: EvalLimits = {}): EvalResult {
  let ast: ExprNode;
  if (typeof source === 'string') {
    const parsed = parseExpression(source);
    if (!parsed.ok)
      return { ok: false, error: { code: 'syntax', message: parsed.error.message, position: parsed.error.position } };
    ast = parsed.ast;
  } else ast = source;
  const it = new Interpreter(env, { ...DEFAULT_LIMITS, ...limits });
  try {
    const value = it.eval(ast, new Map());
    if (value instanceof Lambda)
      return { ok: false, error: { code: 'runtime', message: '表达式的结果是箭头函数，而不是数值或列表' } };
    return { ok: true, value, steps: it.steps };
  } catch (e) {
    if (e instanceof ExpressionError)
      return { ok: false, error: { code: e.code, message: e.message, position: e.position } };
    if (e instanceof RangeError)
      return { ok: false, error: { code: 'depth', message: `表达式嵌套过深或数值超出范围：${e.message}` } };
    throw e;
  }
}
