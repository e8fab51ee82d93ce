import { groupThousands } from '../../../../shared/format/groupThousands';
import { formatFenAsYuan } from '../../../../shared/format/money';
import { scalarText } from '../../../../shared/format/scalarText';

/** A stored value as the preview shows it: money in 元, booleans as 是/否. */
export function cellDisplay(type: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (type === 'money' && typeof v === 'number') return groupThousands(formatFenAsYuan(v));
  if (type === 'boolean') return v ? '是' : '否';
  return scalarText(v);
}
