/**
 * The text of a cell or stored value, as String() gives it for the values we store or read
 * (text, numbers, booleans, dates; lists joined by commas). Empty for null/undefined. Anything else
 * (never stored) shows as its JSON rather than «[object Object]».
 */
export function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return v.map(scalarText).join(',');
  if (v instanceof Date) return String(v);
  return JSON.stringify(v) ?? '';
}
