import type { FieldNote } from '../../../../shared/drafting/draftTypes';
import { FIELD_TYPE_LABELS } from '../../../../shared/drafting/draftTypes';
import type { DesignField } from './packEdits';

export type FieldState = 'bound' | 'offered' | 'computed' | 'open';

export function fieldState(f: DesignField, note: FieldNote | undefined): FieldState {
  if (f.compute) return 'computed';
  if (f.bind) return 'bound';
  if (note?.offers.length) return 'offered';
  return 'open';
}

const STATE_TITLE: Record<FieldState, string> = {
  bound: '已绑定基础数据',
  offered: '有建议的数据绑定，待确认',
  computed: '自动计算',
  open: '由填表人填写',
};

/** A place to write, drawn where the form has it: its name, type and (when bound) the school's value. */
export function FieldChip({
  field,
  note,
  preview,
  selected,
  onSelect,
}: {
  field: DesignField | undefined;
  note?: FieldNote;
  preview?: { text: string; error?: string };
  selected: boolean;
  onSelect: () => void;
}) {
  if (!field) return <span className="dz-chip dz-chip-missing">（字段已删除）</span>;
  const state = fieldState(field, note);
  const value = preview?.text ? preview.text.split('\n')[0].slice(0, 40) : '';
  return (
    <button
      type="button"
      className={`dz-chip dz-chip-${state}${selected ? ' dz-chip-selected' : ''}`}
      title={`${field.label}（${FIELD_TYPE_LABELS[field.type] ?? field.type}${field.unit ? `，${field.unit}` : ''}）— ${STATE_TITLE[state]}${preview?.error ? `；基础数据缺失：${preview.error}` : ''}`}
      data-testid={`chip-${field.key}`}
      onClick={(e) => {
        e.stopPropagation();
        onSelect();
      }}
    >
      <span className="dz-chip-label">{field.label}</span>
      {value ? <span className="dz-chip-value">{value}</span> : null}
      {field.evidenceRequired ? (
        <span className="dz-chip-flag" title="需要佐证材料">
          证
        </span>
      ) : null}
    </button>
  );
}
