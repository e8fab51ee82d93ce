// Money is kept as an integer number of 分 (fen), never as a binary float: a 20,000-row ledger
// summed in floats drifts by cents, and the forms print 万元 to fixed decimals.

/** Parses 元 given as text or number ("1,234.5", "１２３", "¥12.30") into integer 分. Returns null when it is not an amount. */
export function parseYuanToFen(raw: string | number): number | null {
  let s = typeof raw === 'number' ? String(raw) : raw;
  s = s
    .trim()
    .replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .replace(/[,\s]/g, '');
  if (typeof raw === 'number' && /e/i.test(s)) s = raw.toFixed(2);
  const m = /^(-)?(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const frac = (m[3] ?? '').padEnd(3, '0');
  // Round half up on the third decimal, in integers.
  let fen = BigInt(m[2]) * 100n + BigInt(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) fen += 1n;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const n = Number(fen);
  return m[1] ? -n : n;
}

/** Decimal places from a unit to 元: 万元 is 10^4 元. */
export const YUAN_PLACES: Readonly<Record<string, number>> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

/**
 * Moves the decimal point of a plain amount text right by `places`, exactly (no floating point):
 * "12.3456" by 4 → "123456". Full-width digits, ¥ and thousands separators are accepted. Returns
 * null when the text is not a plain amount.
 */
export function shiftDecimalText(text: string, places: number): string | null {
  const s = text
    .trim()
    .replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^[¥￥]/, '')
    .replace(/[,\s]/g, '');
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && !m[3])) return null;
  const frac = (m[3] ?? '').padEnd(places, '0');
  const int = (m[2] + frac.slice(0, places)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(places);
  return `${m[1]}${int || '0'}${rest ? `.${rest}` : ''}`;
}

/**
 * An amount written in some unit → the same amount as 元 text. A unit written in the text itself
 * ("12.5万元", "3000元") wins over `places`, the unit the column or field is in.
 */
export function yuanTextOf(text: string, places: number): string | null {
  const t = text.trim();
  const m = /([千万亿]?元)$/.exec(t);
  return shiftDecimalText(m ? t.slice(0, -m[1].length) : t, m ? YUAN_PLACES[m[1]] : places);
}

/** 分 → 元 text with two decimals, e.g. 123456 → "1234.56". */
export function formatFenAsYuan(fen: number): string {
  return formatFenScaled(fen, 100, 2);
}

/** 分 → 万元 text with the decimals the form asks for (half up), e.g. 123456789 → "123.46". */
export function formatFenAsWanYuan(fen: number, decimals = 2): string {
  return formatFenScaled(fen, 1_000_000, decimals);
}

function formatFenScaled(fen: number, divisor: number, decimals: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('金额必须是整数分');
  const neg = fen < 0;
  const abs = BigInt(Math.abs(fen));
  const scale = 10n ** BigInt(decimals);
  const div = BigInt(divisor);
  // round(abs * scale / div) half up, all in integers
  const scaled = (abs * scale * 2n + div) / (div * 2n);
  const int = scaled / scale;
  const frac = scaled % scale;
  const text = decimals > 0 ? `${int}.${frac.toString().padStart(decimals, '0')}` : `${int}`;
  return neg && scaled !== 0n ? `-${text}` : text;
}

/** Sum of 分 values, exact while within safe integers (a ledger of 10^13 元 is out of scope). */
export function sumFen(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  if (!Number.isSafeInteger(s)) throw new RangeError('金额合计超出范围');
  return s;
}
