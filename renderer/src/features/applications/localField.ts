import type { FieldValue, ResolvedField } from '../../../../shared/packs/packSchema';
import { countWordChars } from '../../../../shared/validation/countWordChars';

/** The field as it shows right after a keystroke, before the core answers: the typed value, marked 已修改. */
export function withTypedValue(f: ResolvedField, value: FieldValue): ResolvedField {
  const next: ResolvedField = { ...f, value, override: value, overridden: true, origin: 'user' };
  if ((f.type === 'narrative' || f.type === 'text') && typeof value === 'string')
    next.wordCount = countWordChars(value);
  return next;
}
