import type { PackField, ScalarValue } from '../../../../shared/packs/packSchema';
import { coerceCell } from './coerceCell';
import { scalarText } from './ScalarInput';

interface Props {
  id: string;
  def: PackField;
  years: string[];
  value: Record<string, ScalarValue>;
  onChange: (v: Record<string, ScalarValue>) => void;
  onBlur: () => void;
}

/** A value per year (2022 年 / 2023 年 columns). */
export function PerYearInput({ id, def, years, value, onChange, onBlur }: Props) {
  return (
    <span className="fe-peryear" id={id}>
      {years.map((y) => (
        <label key={y} className="fe-year">
          <span>{y} 年</span>
          <input
            className="fe-num"
            value={scalarText(value[y])}
            onChange={(e) => onChange({ ...value, [y]: coerceCell(def.type, e.target.value) })}
            onBlur={onBlur}
          />
          {def.unit && <span className="fe-unit">{def.unit}</span>}
        </label>
      ))}
    </span>
  );
}
