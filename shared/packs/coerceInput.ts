import type { FieldValue, PackField } from './packSchema.js';

/**
 * Light coercion of what an input box sends: "1,234.5" for a number field becomes 1234.5. The core
 * stores it so; the editor's live totals use it too, so a typed "12.5" adds as a number, not as text.
 */
export function coerceInput(field: Pick<PackField, 'type'>, value: FieldValue): FieldValue {
  const numeric =
    field.type === 'number' || field.type === 'money' || field.type === 'percent' || field.type === 'year';
  if (numeric && typeof value === 'string') {
    const s = value
      .trim()
      .replace(/[,，\s]/g, '')
      .replace(/[%％]$/, '');
    if (s === '') return null;
    return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : value;
  }
  if (field.type === 'checkbox' && typeof value === 'string')
    return value === '是' ? true : value === '否' ? false : value === '' ? null : value;
  return value;
}
