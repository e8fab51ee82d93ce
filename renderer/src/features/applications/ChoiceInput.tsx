import { scalarText } from '../../../../shared/format/scalarText';
import type { FieldValue, PackField } from '../../../../shared/packs/packSchema';

interface Props {
  id: string;
  def: PackField;
  value: FieldValue;
  onChange: (v: FieldValue) => void;
}

/**
 * A choice as the printed form shows it: check boxes (□是 □否) for a few options, ticking one
 * unticks the others unless several may be ticked; a drop-down for long lists. A checkbox field is
 * one box.
 */
export function ChoiceInput({ id, def, value, onChange }: Props) {
  if (def.type === 'checkbox') {
    return (
      <label className="fe-check">
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} /> 是
      </label>
    );
  }
  const options = def.options ?? [];
  const ticked = Array.isArray(value) ? value.map(String) : value === null || value === '' ? [] : [scalarText(value)];
  if (def.multiple || options.length <= 5) {
    return (
      <span className="fe-checks" role="group" id={id}>
        {options.map((o) => (
          <label key={o} className="fe-check">
            <input
              type="checkbox"
              checked={ticked.includes(o)}
              onChange={(e) => {
                if (def.multiple) onChange(e.target.checked ? [...ticked, o] : ticked.filter((t) => t !== o));
                else onChange(e.target.checked ? o : null);
              }}
            />
            {o}
          </label>
        ))}
      </span>
    );
  }
  return (
    <select id={id} value={ticked[0] ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">（未选择）</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}
