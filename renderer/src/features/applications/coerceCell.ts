import type { ScalarValue } from '../../../../shared/packs/packSchema';

const NUMERIC = new Set(['number', 'money', 'percent', 'year']);

/** What a cell box holds → the value saved: numbers as numbers (1,234.5 → 1234.5), empty as null. */
export function coerceCell(type: string, text: string): ScalarValue {
  if (text.trim() === '') return null;
  if (NUMERIC.has(type)) {
    const s = text
      .trim()
      .replace(/[,，\s]/g, '')
      .replace(/[%％]$/, '');
    if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  }
  return text;
}
