import type { ReactNode } from 'react';

/** One row of the inspector or the facts editor: a label, and an input named after it. */
export function LabeledInput({
  label,
  value,
  onChange,
  placeholder,
  numeric,
  type,
  children,
}: {
  label: string;
  value?: string | number;
  onChange?: (text: string) => void;
  placeholder?: string;
  numeric?: boolean;
  type?: 'text' | 'date';
  /** Another control instead of a text input (a select). */
  children?: ReactNode;
}) {
  return (
    <label className="dz-row">
      {label}
      {children ?? (
        <input
          type={type ?? 'text'}
          value={value ?? ''}
          placeholder={placeholder}
          inputMode={numeric ? 'decimal' : undefined}
          onChange={(e) => onChange?.(e.target.value)}
          aria-label={label}
        />
      )}
    </label>
  );
}

/** A number typed into a row: empty or not a number means "not set". */
export function numberOrUndefined(s: string): number | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
