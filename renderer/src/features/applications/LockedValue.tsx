import type { PackField, ResolvedField } from '../../../../shared/packs/packSchema';
import { formatFieldValue } from '../../../../shared/print/formatPrintValue';

/** A locked field (a total that must equal its parts): shown as it prints, not typed into. */
export function LockedValue({ id, def, field }: { id: string; def: PackField; field: ResolvedField }) {
  const text = formatFieldValue(def, field.value);
  return (
    <output id={id} className="fe-locked" data-testid={`locked-${def.key}`} title="自动计算，不能改写">
      {text ? `${text}${def.unit && def.type !== 'percent' ? ` ${def.unit}` : def.type === 'percent' ? '%' : ''}` : '—'}
    </output>
  );
}
