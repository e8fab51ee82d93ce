import { formatFenAsWanYuan, formatFenAsYuan } from '../../format/money.js';
import { describeType, ExpressionError, isPlainRecord, Lambda, readProperty, type Value } from './expressionValue.js';

/** What a built-in may ask of the interpreter: call a lambda, spend steps, know the years. */
export interface Interp {
  call(fn: Value, arg: Value): Value;
  tick(n?: number): void;
  latestYear(): number;
  today: string;
}

/** What the static checker needs to know about a built-in. */
export interface FunctionInfo {
  min: number;
  max: number;
  /** Argument 0 is a list of data-set rows. */
  rows?: boolean;
  /** Indices of arguments that name a field of those rows (or a lambda taking a row). */
  fieldArgs?: number[];
  /** What comes back: the same rows, one of the rows, or something else. */
  returns?: 'rows' | 'row';
  /** Arguments are not evaluated in advance (if). */
  lazy?: boolean;
  doc: string;
}

type Impl = (args: Value[], it: Interp) => Value;

function list(v: Value, fn: string, pos = 1): Value[] {
  if (v === null) return [];
  if (!Array.isArray(v))
    throw new ExpressionError('runtime', `${fn}() 的第 ${pos} 个参数应为列表，收到${describeType(v)}`);
  return v;
}
function num(v: Value, fn: string, pos: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new ExpressionError('runtime', `${fn}() 的第 ${pos} 个参数应为数字，收到${describeType(v)}`);
}
/** A field name or a lambda → a function reading that from a row; absent → the item itself. */
function getter(spec: Value | undefined, it: Interp, fn: string): (row: Value) => Value {
  if (spec === undefined || spec === null) return (row) => row;
  if (typeof spec === 'string') return (row) => readProperty(row, spec);
  if (spec instanceof Lambda) return (row) => it.call(spec, row);
  throw new ExpressionError('runtime', `${fn}() 的字段参数应为字段名（如 'amount'）或箭头函数`);
}
function predicate(spec: Value | undefined, it: Interp, fn: string): (row: Value) => boolean {
  if (spec === undefined) return (row) => row !== null;
  if (!(spec instanceof Lambda))
    throw new ExpressionError('runtime', `${fn}() 的条件应为箭头函数，如 r => r.level == '国家级'`);
  return (row) => truthy(it.call(spec, row));
}
export function truthy(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && v !== false && v !== 0 && v !== '';
}

function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Math.min(20, Number(e[1]) + (s.split('e')[0].split('.')[1]?.length ?? 0));
  return s.split('.')[1]?.length ?? 0;
}
/** Exact sum of decimals: integers are added as they are, decimals scaled to integers first. */
export function exactSum(values: number[]): number {
  const d = Math.min(
    10,
    values.reduce((m, v) => Math.max(m, decimalsOf(v)), 0),
  );
  if (d === 0) {
    const s = values.reduce((a, b) => a + b, 0);
    if (!Number.isSafeInteger(s) && values.every(Number.isSafeInteger))
      throw new ExpressionError('runtime', '合计超出可精确计算的范围');
    return s;
  }
  const scale = 10 ** d;
  let total = 0n;
  for (const v of values) total += BigInt(Math.round(v * scale));
  return Number(total) / scale;
}
/** Half away from zero at `d` decimals, done on the decimal text so 1.005 rounds to 1.01. */
export function roundHalfUp(x: number, d = 0): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const r = Number(`${Math.round(Number(`${Math.abs(x)}e${d}`))}e-${d}`);
  return sign * r;
}

function numbers(items: Value[], get: (r: Value) => Value, fn: string, it: Interp): number[] {
  const out: number[] = [];
  for (const r of items) {
    it.tick();
    const v = get(r);
    if (v === null || v === '') continue;
    if (typeof v === 'boolean') {
      out.push(v ? 1 : 0);
      continue;
    }
    out.push(num(v, fn, 2));
  }
  return out;
}

function equal(a: Value, b: Value): boolean {
  return a === b || (a === null && b === undefined);
}

function text(v: Value): string {
  if (v === null) return '';
  if (Array.isArray(v)) return v.map(text).join('、');
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'object') return '';
  return String(v);
}

function yearOfValue(v: Value): number | null {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string') {
    const m = /^(\d{4})/.exec(v.trim());
    return m ? Number(m[1]) : null;
  }
  return null;
}

function sortKey(v: Value): string | number {
  return typeof v === 'number' ? v : text(v);
}

const impls: Record<string, Impl> = {
  sum: ([rows, f], it) => exactSum(numbers(list(rows, 'sum'), getter(f, it, 'sum'), 'sum', it)),
  count: ([rows, p], it) => {
    const items = list(rows, 'count');
    if (p === undefined) return items.length;
    const ok = predicate(p, it, 'count');
    let n = 0;
    for (const r of items) {
      it.tick();
      if (ok(r)) n++;
    }
    return n;
  },
  avg: ([rows, f], it) => {
    const ns = numbers(list(rows, 'avg'), getter(f, it, 'avg'), 'avg', it);
    return ns.length ? exactSum(ns) / ns.length : null;
  },
  min: ([rows, f], it) => {
    const ns = numbers(list(rows, 'min'), getter(f, it, 'min'), 'min', it);
    return ns.length ? Math.min(...ns) : null;
  },
  max: ([rows, f], it) => {
    const ns = numbers(list(rows, 'max'), getter(f, it, 'max'), 'max', it);
    return ns.length ? Math.max(...ns) : null;
  },
  filter: ([rows, p], it) => {
    const ok = predicate(p, it, 'filter');
    return list(rows, 'filter').filter((r) => {
      it.tick();
      return ok(r);
    });
  },
  where: ([rows, field, value], it) => {
    const get = getter(field, it, 'where');
    const wanted = Array.isArray(value) ? value : [value ?? null];
    return list(rows, 'where').filter((r) => {
      it.tick();
      const v = get(r);
      return wanted.some((w) => equal(v, w));
    });
  },
  lookup: ([rows, field, value], it) => {
    const get = getter(field, it, 'lookup');
    for (const r of list(rows, 'lookup')) {
      it.tick();
      if (equal(get(r), value ?? null)) return r;
    }
    return null;
  },
  find: ([rows, p], it) => {
    const ok = predicate(p, it, 'find');
    for (const r of list(rows, 'find')) {
      it.tick();
      if (ok(r)) return r;
    }
    return null;
  },
  map: ([rows, f], it) => {
    const get = getter(f, it, 'map');
    return list(rows, 'map').map((r) => {
      it.tick();
      return get(r);
    });
  },
  pluck: ([rows, f], it) =>
    list(rows, 'pluck').map((r) => {
      it.tick();
      return getter(f, it, 'pluck')(r);
    }),
  distinct: ([items, f], it) => {
    const get = getter(f, it, 'distinct');
    const seen = new Set<unknown>();
    const out: Value[] = [];
    for (const r of list(items, 'distinct')) {
      it.tick();
      const v = get(r);
      if (v === null || v === '' || seen.has(v)) continue;
      seen.add(v);
      out.push(v);
    }
    return out;
  },
  sortBy: ([rows, f, dir], it) => {
    const get = getter(f, it, 'sortBy');
    const items = list(rows, 'sortBy');
    it.tick(items.length * Math.max(1, Math.ceil(Math.log2(items.length + 1))));
    const keyed = items.map((r) => ({ r, k: sortKey(get(r)) }));
    const sign = dir === 'desc' ? -1 : 1;
    keyed.sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : 0));
    return keyed.map((x) => x.r);
  },
  first: ([items]) => list(items, 'first')[0] ?? null,
  last: ([items]) => {
    const l = list(items, 'last');
    return l[l.length - 1] ?? null;
  },
  take: ([items, n]) => list(items, 'take').slice(0, Math.max(0, num(n, 'take', 2))),
  concat: (args, it) => {
    if (args.some(Array.isArray)) {
      const out: Value[] = [];
      args.forEach((a, i) => {
        const l = list(a, 'concat', i + 1);
        it.tick(l.length);
        out.push(...l);
      });
      return out;
    }
    return args.map(text).join('');
  },
  join: ([items, sep], it) => {
    const l = list(items, 'join');
    it.tick(l.length);
    return l.map(text).join(sep === undefined ? '、' : text(sep));
  },
  split: ([s, sep]) =>
    text(s)
      .split(sep === undefined ? /[、,，;；]/ : text(sep))
      .map((x) => x.trim())
      .filter(Boolean),
  len: ([v]) => (v === null ? 0 : Array.isArray(v) ? v.length : [...text(v)].length),
  coalesce: (args) => args.find((a) => a !== null && a !== '') ?? null,
  contains: ([hay, needle]) => {
    if (Array.isArray(hay)) return hay.some((h) => equal(h, needle ?? null));
    return text(hay).includes(text(needle ?? null));
  },
  startsWith: ([s, p]) => text(s).startsWith(text(p ?? null)),
  any: ([rows, p], it) => {
    const ok = predicate(p, it, 'any');
    return list(rows, 'any').some((r) => {
      it.tick();
      return ok(r);
    });
  },
  all: ([rows, p], it) => {
    const ok = predicate(p, it, 'all');
    return list(rows, 'all').every((r) => {
      it.tick();
      return ok(r);
    });
  },
  number: ([v]) => {
    if (v === null || v === '') return null;
    const n = Number(text(v).replace(/[,，%％]/g, ''));
    return Number.isFinite(n) ? n : null;
  },
  text: ([v]) => text(v ?? null),
  fixed: ([x, d]) =>
    x === null
      ? ''
      : roundHalfUp(num(x, 'fixed', 1), d === undefined ? 2 : num(d, 'fixed', 2)).toFixed(
          d === undefined ? 2 : num(d, 'fixed', 2),
        ),
  round: ([x, d]) => (x === null ? null : roundHalfUp(num(x, 'round', 1), d === undefined ? 0 : num(d, 'round', 2))),
  floor: ([x]) => (x === null ? null : Math.floor(num(x, 'floor', 1))),
  ceil: ([x]) => (x === null ? null : Math.ceil(num(x, 'ceil', 1))),
  abs: ([x]) => (x === null ? null : Math.abs(num(x, 'abs', 1))),
  wan: ([fen, d]) => {
    if (fen === null) return null;
    const f = num(fen, 'wan', 1);
    if (!Number.isSafeInteger(f))
      throw new ExpressionError('runtime', 'wan() 的参数应为整数分（金额在基础数据中以分保存）');
    return Number(formatFenAsWanYuan(f, d === undefined ? 6 : num(d, 'wan', 2)));
  },
  yuan: ([fen]) => {
    if (fen === null) return null;
    const f = num(fen, 'yuan', 1);
    if (!Number.isSafeInteger(f)) throw new ExpressionError('runtime', 'yuan() 的参数应为整数分');
    return Number(formatFenAsYuan(f));
  },
  pct: ([a, b, d]) => {
    if (a === null || b === null) return null;
    const den = num(b, 'pct', 2);
    if (den === 0) return null;
    return roundHalfUp((num(a, 'pct', 1) * 100) / den, d === undefined ? 2 : num(d, 'pct', 3));
  },
  latestYear: ([rows], it) => {
    if (rows === undefined) return it.latestYear();
    const ys = list(rows, 'latestYear')
      .map((r) => yearOfValue(readProperty(r, 'year')))
      .filter((y): y is number => y !== null);
    return ys.length ? Math.max(...ys) : null;
  },
  yearsBack: ([n, end], it) => {
    const count = num(n, 'yearsBack', 1);
    if (count > 50) throw new ExpressionError('runtime', 'yearsBack() 最多 50 年');
    const last = end === undefined || end === null ? it.latestYear() : num(end, 'yearsBack', 2);
    return Array.from({ length: Math.max(0, count) }, (_, i) => last - count + 1 + i);
  },
  lastYears: ([rows, n, field], it) => {
    const count = num(n, 'lastYears', 2);
    const last = it.latestYear();
    const get = getter(field === undefined ? 'year' : field, it, 'lastYears');
    return list(rows, 'lastYears').filter((r) => {
      it.tick();
      const y = yearOfValue(get(r));
      return y !== null && y > last - count && y <= last;
    });
  },
  forYear: ([rows, y], it) => {
    const year = y === undefined ? it.latestYear() : num(y, 'forYear', 2);
    return list(rows, 'forYear').filter((r) => {
      it.tick();
      return yearOfValue(readProperty(r, 'year')) === year;
    });
  },
  yearOf: ([v]) => yearOfValue(v ?? null),
  today: (_a, it) => it.today,
  range: ([a, b], it) => {
    const from = num(a, 'range', 1);
    const to = num(b, 'range', 2);
    const n = Math.max(0, Math.floor(to - from) + 1);
    it.tick(n);
    return Array.from({ length: n }, (_, i) => from + i);
  },
  keys: ([o]) => (isPlainRecord(o) ? Object.keys(o) : []),
};

const I = (doc: string, min: number, max: number, extra: Partial<FunctionInfo> = {}): FunctionInfo => ({
  doc,
  min,
  max,
  ...extra,
});

/** Every built-in with its arity and what the static checker may infer. */
export const FUNCTION_INFO: Record<string, FunctionInfo> = {
  sum: I("合计：sum(行, '字段') 或 sum(数字列表)", 1, 2, { rows: true, fieldArgs: [1] }),
  count: I('条数：count(行) 或 count(行, r => 条件)', 1, 2, { rows: true, fieldArgs: [1] }),
  avg: I('平均值', 1, 2, { rows: true, fieldArgs: [1] }),
  min: I('最小值', 1, 2, { rows: true, fieldArgs: [1] }),
  max: I('最大值', 1, 2, { rows: true, fieldArgs: [1] }),
  filter: I('筛选：filter(行, r => 条件)', 2, 2, { rows: true, fieldArgs: [1], returns: 'rows' }),
  where: I("按字段值筛选：where(行, '字段', 值或值列表)", 3, 3, { rows: true, fieldArgs: [1], returns: 'rows' }),
  lookup: I("查找第一条：lookup(行, '字段', 值)", 3, 3, { rows: true, fieldArgs: [1], returns: 'row' }),
  find: I('查找第一条满足条件的行', 2, 2, { rows: true, fieldArgs: [1], returns: 'row' }),
  map: I('逐行转换：map(行, r => {列: r.字段})', 2, 2, { rows: true, fieldArgs: [1] }),
  pluck: I("取一列：pluck(行, '字段')", 2, 2, { rows: true, fieldArgs: [1] }),
  distinct: I('去重', 1, 2, { rows: true, fieldArgs: [1] }),
  sortBy: I("排序：sortBy(行, '字段', 'desc')", 2, 3, { rows: true, fieldArgs: [1], returns: 'rows' }),
  first: I('第一项', 1, 1, { rows: true, returns: 'row' }),
  last: I('最后一项', 1, 1, { rows: true, returns: 'row' }),
  take: I('前 n 项', 2, 2, { rows: true, returns: 'rows' }),
  concat: I('连接文本或列表', 1, 20),
  join: I("列表连成文本：join(列表, '、')", 1, 2),
  split: I('文本拆成列表', 1, 2),
  len: I('长度（列表条数或文本字符数）', 1, 1),
  coalesce: I('第一个非空值', 1, 20),
  contains: I('文本包含 / 列表包含', 2, 2),
  startsWith: I('文本以…开头', 2, 2),
  any: I('有一行满足条件', 2, 2, { rows: true, fieldArgs: [1] }),
  all: I('每行都满足条件', 2, 2, { rows: true, fieldArgs: [1] }),
  number: I('转为数字', 1, 1),
  text: I('转为文本', 1, 1),
  fixed: I('保留小数位的文本：fixed(x, 2)', 1, 2),
  round: I('四舍五入：round(x, 2)', 1, 2),
  floor: I('向下取整', 1, 1),
  ceil: I('向上取整', 1, 1),
  abs: I('绝对值', 1, 1),
  wan: I('分 → 万元：wan(分, 小数位)', 1, 2),
  yuan: I('分 → 元', 1, 1),
  pct: I('百分比：pct(a, b, 小数位) = a ÷ b × 100', 2, 3),
  latestYear: I('最近统计年度；latestYear(行) 为这些行中最大的 year', 0, 1, { rows: true }),
  yearsBack: I('最近 n 个年度的列表：yearsBack(5)', 1, 2),
  lastYears: I('最近 n 个年度的行：lastYears(行, 5)', 2, 3, { rows: true, fieldArgs: [2], returns: 'rows' }),
  forYear: I('某一年度的行：forYear(行, 2023)，缺省为最近年度', 1, 2, { rows: true, returns: 'rows' }),
  yearOf: I("日期的年份：yearOf('2019-03-05') = 2019", 1, 1),
  today: I('今天（YYYY-MM-DD）', 0, 0),
  range: I('整数列表：range(2022, 2023)', 2, 2),
  keys: I('记录的键名', 1, 1),
  if: I('条件：if(条件, 是时的值, 否时的值)', 3, 3, { lazy: true }),
};

export function callBuiltin(name: string, args: Value[], it: Interp): Value {
  const impl = Object.prototype.hasOwnProperty.call(impls, name) ? impls[name] : undefined;
  if (!impl) throw new ExpressionError('runtime', `没有函数「${name}」`);
  return impl(args, it);
}
