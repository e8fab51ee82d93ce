import jsep from 'jsep';

// The pack expression language is JavaScript-like syntax parsed by jsep, with two additions made
// here: lambdas `row => row.level == '国家级'` (as a lowest-precedence, right-associative binary
// operator, which jsep's ternary plugin already rotates correctly) and object literals
// `{name: r.name, level: r.level}` (for mapping rows to table rows). Nothing is ever evaluated by
// JavaScript: evaluateExpression.ts walks the tree over a whitelist.

export type ExprNode = jsep.Expression;

export interface ObjectExpressionNode extends jsep.Expression {
  type: 'ObjectExpression';
  properties: { key: string; value: jsep.Expression }[];
}

const OBRACE = 123; // {
const CBRACE = 125; // }
const COLON = 58;
const COMMA = 44;

let configured = false;
function configure(): void {
  if (configured) return;
  configured = true;
  jsep.addBinaryOp('=>', 0.1, true);
  // Bitwise operators are not part of the language; removing them turns `a | b` into a clear parse error.
  for (const op of ['|', '^', '&', '<<', '>>', '>>>', '===', '!==']) jsep.removeBinaryOp(op);
  jsep.removeUnaryOp('~');
  jsep.hooks.add('gobble-token', function gobbleObject(env) {
    if (this.code !== OBRACE) return;
    this.index++;
    const properties: { key: string; value: jsep.Expression }[] = [];
    for (;;) {
      this.gobbleSpaces();
      if ((this.code as number) === CBRACE) {
        this.index++;
        break;
      }
      const keyNode =
        (this.code as number) === 39 || (this.code as number) === 34
          ? this.gobbleStringLiteral()
          : this.gobbleIdentifier();
      const k =
        keyNode?.type === 'Literal'
          ? String((keyNode as jsep.Literal).value)
          : (keyNode as jsep.Identifier | undefined)?.name;
      if (!k) this.throwError('对象中应为键名');
      this.gobbleSpaces();
      if ((this.code as number) !== COLON) this.throwError('对象的键名后应为冒号 :');
      this.index++;
      const value = this.gobbleExpression();
      if (!value) this.throwError('冒号后应为表达式');
      properties.push({ key: k, value });
      this.gobbleSpaces();
      if ((this.code as number) === COMMA) {
        this.index++;
        continue;
      }
      if ((this.code as number) === CBRACE) {
        this.index++;
        break;
      }
      this.throwError('对象中应为逗号或 }');
    }
    env.node = { type: 'ObjectExpression', properties };
  });
}

export interface ExpressionSyntaxError {
  /** 0-based character position in the expression. */
  position: number;
  /** Chinese message naming the position (第 N 个字符). */
  message: string;
}

export type ParseResult = { ok: true; ast: ExprNode } | { ok: false; error: ExpressionSyntaxError };

const MESSAGES: [RegExp, string][] = [
  [/^Expected expression after (.*)$/, '「$1」后缺少表达式'],
  [/^Unexpected "(.*)"$/, '意外的「$1」'],
  [/^Expected (.*)$/, '此处应为 $1'],
  [/^Unclosed quote after "(.*)"$/, '引号没有闭合'],
  [/^Unclosed (.*)$/, '括号没有闭合：缺少 $1'],
  [/^Variable names cannot start with a number/, '名称不能以数字开头'],
  [/^Unexpected period$/, '意外的「.」'],
  [/^missing unaryOp argument$/, '运算符后缺少数值'],
  [/^Unexpected token (.*)$/, '意外的「$1」'],
];

function translate(desc: string): string {
  for (const [re, zh] of MESSAGES) if (re.test(desc)) return desc.replace(re, zh);
  return desc;
}

export const MAX_EXPRESSION_LENGTH = 4000;

/** Parses an expression; a syntax error comes back with its 0-based position and a Chinese message. */
export function parseExpression(source: string): ParseResult {
  configure();
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      error: { position: MAX_EXPRESSION_LENGTH, message: `表达式过长（超过 ${MAX_EXPRESSION_LENGTH} 个字符）` },
    };
  }
  if (!source.trim()) return { ok: false, error: { position: 0, message: '表达式为空' } };
  try {
    const ast = jsep(source);
    if (ast.type === 'Compound')
      return { ok: false, error: { position: 0, message: '一个表达式只能有一个结果（请勿用分号或并列多个表达式）' } };
    return { ok: true, ast };
  } catch (e) {
    const err = e as { index?: number; description?: string; message?: string };
    const position = typeof err.index === 'number' ? err.index : 0;
    const what = translate(err.description ?? err.message ?? '语法错误');
    return { ok: false, error: { position, message: `第 ${position + 1} 个字符处语法错误：${what}` } };
  }
}
