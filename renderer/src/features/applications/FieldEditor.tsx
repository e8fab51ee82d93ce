import type {
  FieldValue,
  PackField,
  ResolvedField,
  ScalarValue,
  TableRowValue,
} from '../../../../shared/packs/packSchema';
import { ChoiceInput } from './ChoiceInput';
import { FieldBadges } from './FieldBadges';
import { FieldProblems } from './FieldProblems';
import { LockedValue } from './LockedValue';
import { NarrativeInput } from './NarrativeInput';
import { PerYearInput } from './PerYearInput';
import { ScalarInput } from './ScalarInput';
import { TableInput } from './TableInput';

export interface FieldActions {
  setValue(key: string, v: FieldValue): void;
  flush(): void;
  reset(key: string): void;
  accept(key: string, code: string, accepted: boolean): void;
  openMaterial(key: string): void;
}

const isRecord = (v: FieldValue): v is Record<string, ScalarValue> => !!v && typeof v === 'object' && !Array.isArray(v);

function control(def: PackField, f: ResolvedField, act: FieldActions) {
  const id = `fe-input-${def.key}`;
  const onBlur = () => act.flush();
  const invalid = f.problems.some((p) => !p.accepted && p.code !== 'required');
  if (def.locked) return <LockedValue id={id} def={def} field={f} />;
  if (def.perYear) {
    const v = isRecord(f.value) ? f.value : {};
    const years = [...new Set([...Object.keys(isRecord(f.bound) ? f.bound : {}), ...Object.keys(v)])].sort();
    return (
      <PerYearInput
        id={id}
        def={def}
        years={years}
        value={v}
        onChange={(x) => act.setValue(def.key, x)}
        onBlur={onBlur}
      />
    );
  }
  switch (def.type) {
    case 'narrative':
      return (
        <NarrativeInput
          id={id}
          def={def}
          value={typeof f.value === 'string' ? f.value : ''}
          onChange={(t) => act.setValue(def.key, t)}
          onBlur={onBlur}
          onOpenMaterial={() => act.openMaterial(def.key)}
        />
      );
    case 'table': {
      const bad = new Set(f.problems.filter((p) => !p.accepted && p.row).map((p) => `${p.row}:${p.column ?? ''}`));
      return (
        <TableInput
          id={id}
          def={def}
          rows={Array.isArray(f.value) ? (f.value as TableRowValue[]) : []}
          badCells={bad}
          onChange={(r) => act.setValue(def.key, r)}
          onBlur={onBlur}
        />
      );
    }
    case 'choice':
    case 'checkbox':
      if (def.type === 'checkbox' || def.options?.length)
        return <ChoiceInput id={id} def={def} value={f.value} onChange={(v) => act.setValue(def.key, v)} />;
      break;
    // Typed values (text, numbers, money, dates …) all use the one scalar box below.
    case 'text':
    case 'number':
    case 'money':
    case 'percent':
    case 'date':
    case 'year':
      break;
  }
  return (
    <ScalarInput
      id={id}
      value={Array.isArray(f.value) || isRecord(f.value) ? null : f.value}
      type={def.type}
      unit={def.unit}
      placeholder={def.placeholder}
      invalid={invalid}
      onChange={(t) => act.setValue(def.key, t)}
      onBlur={onBlur}
    />
  );
}

/** One field: label, badges (来自基础数据 / 已修改 + 恢复默认), the control, its help and problems. */
export function FieldEditor({ def, field, actions }: { def: PackField; field: ResolvedField; actions: FieldActions }) {
  const wide = def.type === 'narrative' || def.type === 'table' || def.perYear;
  const open = field.problems.some((p) => !p.accepted);
  return (
    <div
      id={`field-${def.key}`}
      data-testid={`field-${def.key}`}
      className={`fe-field${wide ? ' wide' : ''}${open ? ' has-problem' : ''}`}
    >
      <div className="fe-label-row">
        <label htmlFor={`fe-input-${def.key}`} className="fe-label">
          {def.label}
          {def.required && <span className="req">*</span>}
        </label>
        <FieldBadges def={def} field={field} onReset={() => actions.reset(def.key)} />
      </div>
      {control(def, field, actions)}
      {def.help && <div className="fe-help">{def.help}</div>}
      <FieldProblems problems={field.problems} onAccept={(code, accepted) => actions.accept(def.key, code, accepted)} />
    </div>
  );
}
