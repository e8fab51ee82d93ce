import type jsep from 'jsep';

import type { DatasetDef } from '../../datasets/datasetDefinition.js';
import { FUNCTION_INFO } from './expressionFunctions.js';
import { FORBIDDEN_NAMES } from './expressionValue.js';
import { type ExprNode, type ObjectExpressionNode, parseExpression } from './parseExpression.js';

// Static check of an expression against the data set definitions, the pack's parameters and
// fields, before anything runs: unknown data sets, unknown field names (in `r.field` and in
// 'field' arguments), unknown functions, wrong argument counts, unknown names.

export interface CheckContext {
  /** Every data set; `school` is the single-record one. */
  datasets: readonly DatasetDef[];
  paramKeys: readonly string[];
  fieldKeys: readonly string[];
  /** Extra variables in scope (e.g. `year` for perYear fields). */
  vars?: readonly string[];
}

export interface ExpressionProblem {
  message: string;
  /** 0-based character position when known. */
  position?: number;
}

type T =
  | { k: 'rows'; ds: DatasetDef }
  | { k: 'row'; ds: DatasetDef }
  | { k: 'data' }
  | { k: 'params' }
  | { k: 'fields' }
  | { k: 'any' };

const ANY: T = { k: 'any' };

function hasField(ds: DatasetDef, name: string): boolean {
  return name === 'id' || (name === 'year' && ds.yearly) || ds.fields.some((f) => f.key === name);
}

export function checkExpression(source: string, ctx: CheckContext): ExpressionProblem[] {
  const parsed = parseExpression(source);
  if (!parsed.ok) return [{ message: parsed.error.message, position: parsed.error.position }];
  return checkAst(parsed.ast, source, ctx);
}

export function checkAst(ast: ExprNode, source: string, ctx: CheckContext): ExpressionProblem[] {
  const problems: ExpressionProblem[] = [];
  const at = (needle: string): number | undefined => {
    const i = source.indexOf(needle);
    return i >= 0 ? i : undefined;
  };
  const report = (message: string, needle?: string) => {
    const position = needle ? at(needle) : undefined;
    if (!problems.some((p) => p.message === message))
      problems.push(position === undefined ? { message } : { message, position });
  };
  const school = ctx.datasets.find((d) => d.single);
  const fieldName = (ds: DatasetDef, name: string) => {
    if (!hasField(ds, name)) report(`数据集「${ds.label}」（${ds.name}）没有字段「${name}」`, name);
  };

  const visit = (node: ExprNode, scope: ReadonlyMap<string, T>): T => {
    switch (node.type) {
      case 'Literal':
        return ANY;
      case 'Identifier': {
        const name = (node as jsep.Identifier).name;
        if (FORBIDDEN_NAMES.has(name)) {
          report(`不允许使用名称「${name}」`, name);
          return ANY;
        }
        if (scope.has(name)) return scope.get(name)!;
        if (name === 'school') return school ? { k: 'row', ds: school } : ANY;
        if (name === 'data') return { k: 'data' };
        if (name === 'params') return { k: 'params' };
        if (name === 'fields') return { k: 'fields' };
        if (name === 'years' || ctx.vars?.includes(name)) return ANY;
        if (Object.prototype.hasOwnProperty.call(FUNCTION_INFO, name))
          report(`「${name}」是函数，应写成 ${name}(…)`, name);
        else
          report(
            `不认识的名称「${name}」（可用：school、data、years、params、fields${ctx.vars?.length ? `、${ctx.vars.join('、')}` : ''}，以及箭头函数的参数）`,
            name,
          );
        return ANY;
      }
      case 'MemberExpression': {
        const m = node as jsep.MemberExpression;
        const obj = visit(m.object, scope);
        if (m.computed) {
          visit(m.property, scope);
          if (obj.k === 'rows') return { k: 'row', ds: obj.ds };
          return ANY;
        }
        const prop = (m.property as jsep.Identifier).name;
        if (FORBIDDEN_NAMES.has(prop)) {
          report(`不允许访问「${prop}」`, prop);
          return ANY;
        }
        switch (obj.k) {
          case 'data': {
            const ds = ctx.datasets.find((d) => d.name === prop && !d.single);
            if (!ds) {
              report(
                `没有数据集「${prop}」（可用：${ctx.datasets
                  .filter((d) => !d.single)
                  .map((d) => d.name)
                  .join('、')}）`,
                prop,
              );
              return ANY;
            }
            return { k: 'rows', ds };
          }
          case 'row':
            fieldName(obj.ds, prop);
            return ANY;
          case 'rows':
            if (prop !== 'length') report(`「${obj.ds.name}」是若干行，只能用 .length 或函数（如 sum、filter）`, prop);
            return ANY;
          case 'params':
            if (!ctx.paramKeys.includes(prop))
              report(`没有参数「${prop}」（本通知的参数：${ctx.paramKeys.join('、') || '无'}）`, prop);
            return ANY;
          case 'fields':
            if (!ctx.fieldKeys.includes(prop)) report(`没有字段「${prop}」`, prop);
            return ANY;
          case 'any':
            break;
        }
        return ANY;
      }
      case 'ArrayExpression':
        for (const e of (node as jsep.ArrayExpression).elements) if (e) visit(e, scope);
        return ANY;
      case 'ObjectExpression':
        for (const p of (node as ObjectExpressionNode).properties) {
          if (FORBIDDEN_NAMES.has(p.key)) report(`不允许使用键名「${p.key}」`, p.key);
          visit(p.value, scope);
        }
        return ANY;
      case 'UnaryExpression': {
        const u = node as jsep.UnaryExpression;
        if (!['!', '-', '+'].includes(u.operator)) report(`不支持运算符「${u.operator}」`, u.operator);
        visit(u.argument, scope);
        return ANY;
      }
      case 'ConditionalExpression': {
        const c = node as jsep.ConditionalExpression;
        visit(c.test, scope);
        visit(c.consequent, scope);
        visit(c.alternate, scope);
        return ANY;
      }
      case 'BinaryExpression': {
        const b = node as jsep.BinaryExpression;
        if (b.operator === '=>') {
          report("箭头函数只能作为函数的参数，如 filter(data.awards, r => r.level == '国家级')", '=>');
          return ANY;
        }
        visit(b.left, scope);
        visit(b.right, scope);
        return ANY;
      }
      case 'CallExpression': {
        const c = node as jsep.CallExpression;
        if (c.callee.type !== 'Identifier') {
          report('只能调用内置函数（如 sum(…)），不能调用对象的方法');
          return ANY;
        }
        const name = (c.callee as jsep.Identifier).name;
        const info = Object.prototype.hasOwnProperty.call(FUNCTION_INFO, name) ? FUNCTION_INFO[name] : undefined;
        if (!info) {
          report(`没有函数「${name}」`, `${name}(`);
          for (const a of c.arguments)
            if (a.type !== 'BinaryExpression' || (a as jsep.BinaryExpression).operator !== '=>') visit(a, scope);
          return ANY;
        }
        if (c.arguments.length < info.min || c.arguments.length > info.max) {
          report(
            `${name}() 需要 ${info.min === info.max ? info.min : `${info.min}–${info.max}`} 个参数，写了 ${c.arguments.length} 个`,
            `${name}(`,
          );
        }
        const first = info.rows && c.arguments[0] ? visit(c.arguments[0], scope) : undefined;
        const rowsDs = first?.k === 'rows' ? first.ds : undefined;
        c.arguments.forEach((a, i) => {
          if (i === 0 && info.rows) return;
          const isLambda = a.type === 'BinaryExpression' && (a as jsep.BinaryExpression).operator === '=>';
          if (isLambda) {
            const lam = a as jsep.BinaryExpression;
            if (lam.left.type !== 'Identifier') {
              report('箭头函数的参数应为一个名称，如 r => r.amount', '=>');
              return;
            }
            const param = (lam.left as jsep.Identifier).name;
            const inner = new Map(scope);
            inner.set(param, rowsDs ? { k: 'row', ds: rowsDs } : ANY);
            visit(lam.right, inner);
            return;
          }
          if (
            rowsDs &&
            info.fieldArgs?.includes(i) &&
            a.type === 'Literal' &&
            typeof (a as jsep.Literal).value === 'string'
          ) {
            fieldName(rowsDs, (a as jsep.Literal).value as string);
            return;
          }
          visit(a, scope);
        });
        if (rowsDs && info.returns === 'rows') return { k: 'rows', ds: rowsDs };
        if (rowsDs && info.returns === 'row') return { k: 'row', ds: rowsDs };
        return ANY;
      }
      default:
        report(`不支持的写法（${node.type}）`);
        return ANY;
    }
  };
  visit(ast, new Map());
  return problems;
}
