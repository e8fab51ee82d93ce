// One record as a labelled form (学校基本信息, or a grid row's 详情): same validation as the grid,
// errors under the field, the invalid text kept until it is fixed.
import '../grid/grid.css';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { editText, headerUnit } from '../grid/cellText';
import type { GridRow } from '../grid/gridRow';

export interface RecordFormProps {
  fields: readonly FieldDef[];
  row: GridRow | undefined;
  /** Commits typed texts (validated by the caller through the shared validator). */
  onCommit: (texts: { field: string; text: string }[]) => void;
  /** Groups of field keys with a heading, e.g. 法定代表人 / 联系人; fields in no group come first. */
  sections?: { title: string; keys: readonly string[] }[];
  idPrefix?: string;
}

const IDLE_MS = 800;

export function RecordForm({ fields, row, onCommit, sections, idPrefix = 'rf' }: RecordFormProps) {
  const [local, setLocal] = useState<Record<string, string>>({});
  const localRef = useRef(local);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(onCommit);
  // The refs follow each committed render (before any event can read them), not the render itself.
  useLayoutEffect(() => {
    localRef.current = local;
    commitRef.current = onCommit;
  });

  const flush = (keys?: string[]) => {
    const l = localRef.current;
    const ks = keys ?? Object.keys(l);
    const texts = ks.filter((k) => k in l).map((k) => ({ field: k, text: l[k] }));
    if (texts.length) commitRef.current(texts);
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      flush();
    },

    [],
  );

  const change = (key: string, text: string, immediate = false) => {
    setLocal((l) => ({ ...l, [key]: text }));
    localRef.current = { ...localRef.current, [key]: text };
    if (timer.current) clearTimeout(timer.current);
    if (immediate) {
      flush([key]);
      return;
    }
    timer.current = setTimeout(() => flush(), IDLE_MS);
  };

  const blur = (key: string) => {
    if (!(key in localRef.current)) return;
    flush([key]);
    setLocal((l) => {
      const { [key]: _gone, ...rest } = l;
      return rest;
    });
  };

  const valueOf = (f: FieldDef) => local[f.key] ?? row?.drafts?.[f.key] ?? editText(f, row?.values[f.key]);

  const renderField = (f: FieldDef) => {
    const id = `${idPrefix}-${f.key}`;
    const err = row?.errors?.[f.key];
    const unit = headerUnit(f);
    const common = {
      id,
      name: f.key,
      className: err ? 'invalid' : undefined,
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err ? `${id}-err` : undefined,
      onBlur: () => blur(f.key),
    };
    let input;
    if (f.type === 'choice' || f.type === 'boolean') {
      const opts = f.type === 'boolean' ? ['是', '否'] : (f.choices ?? []);
      const v = valueOf(f);
      input = (
        <select {...common} value={v} onChange={(e) => change(f.key, e.target.value, true)}>
          <option value="">（未填）</option>
          {!opts.includes(v) && v !== '' && <option value={v}>{v}</option>}
          {opts.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    } else if (f.type === 'longText') {
      input = <textarea {...common} rows={3} value={valueOf(f)} onChange={(e) => change(f.key, e.target.value)} />;
    } else {
      input = (
        <input
          {...common}
          value={valueOf(f)}
          placeholder={f.type === 'date' ? '如 2019-03-05' : f.sample !== undefined ? `如 ${f.sample}` : undefined}
          onChange={(e) => change(f.key, e.target.value)}
        />
      );
    }
    return (
      <div key={f.key} className={f.type === 'longText' || (f.width ?? 0) >= 240 ? 'sf-field wide' : 'sf-field'}>
        <label className="sf-label" htmlFor={id}>
          {f.required && <span className="dg-req">*</span>}
          {f.label}
          {unit ? `（${unit}）` : ''}
        </label>
        <div className="sf-input">
          {input}
          {err ? (
            <div className="sf-error" id={`${id}-err`} role="alert">
              {err}
            </div>
          ) : (
            f.description && <div className="sf-help">{f.description}</div>
          )}
        </div>
      </div>
    );
  };

  const grouped = new Set((sections ?? []).flatMap((s) => s.keys));
  const rest = fields.filter((f) => !grouped.has(f.key));
  return (
    <div className="sf-body">
      <div className="sf-grid">{rest.map(renderField)}</div>
      {(sections ?? []).map((s) => (
        <div key={s.title}>
          <div className="sf-section">{s.title}</div>
          <div className="sf-grid">{fields.filter((f) => s.keys.includes(f.key)).map(renderField)}</div>
        </div>
      ))}
    </div>
  );
}
