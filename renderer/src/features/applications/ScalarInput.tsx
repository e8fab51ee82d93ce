import { useState } from 'react';

import type { ScalarValue } from '../../../../shared/packs/packSchema';

interface Props {
  id?: string;
  value: ScalarValue | undefined;
  type: string;
  unit?: string;
  placeholder?: string;
  invalid?: boolean;
  ariaLabel?: string;
  onChange: (text: string) => void;
  onBlur: () => void;
}

export function scalarText(v: ScalarValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

/**
 * A text box for a text, number, money, percent, year or date value. While it has focus it shows
 * exactly what was typed (the saved, normalised value arrives only after a pause).
 */
export function ScalarInput({ id, value, type, unit, placeholder, invalid, ariaLabel, onChange, onBlur }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const numeric = type === 'number' || type === 'money' || type === 'percent' || type === 'year';
  return (
    <span className="fe-scalar">
      <input
        id={id}
        aria-label={ariaLabel}
        className={`${numeric ? 'fe-num' : ''}${invalid ? ' invalid' : ''}`}
        inputMode={numeric ? 'decimal' : undefined}
        value={draft ?? scalarText(value)}
        placeholder={placeholder ?? (type === 'date' ? '如 2024-11-15' : undefined)}
        onFocus={() => setDraft(scalarText(value))}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={() => {
          setDraft(null);
          onBlur();
        }}
      />
      {unit && <span className="fe-unit">{unit}</span>}
    </span>
  );
}
