// The selected field: what it is (type, name, unit, limits, required, 佐证材料), where its value
// comes from (a binding from the catalogue or an offer, with the school's value), or back to text.
import { useState } from 'react';

import type { CatalogueEntry } from '../../../../shared/drafting/catalogue/catalogueEntry';
import type { BindingOffer, FieldNote } from '../../../../shared/drafting/draftTypes';
import { FIELD_TYPE_LABELS } from '../../../../shared/drafting/draftTypes';
import { FIELD_TYPES } from '../../../../shared/packs/packSchema';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { CatalogueChooser } from './CatalogueChooser';
import { fieldState } from './FieldChip';
import { LabeledInput, numberOrUndefined } from './LabeledInput';
import { applyOffer, type DesignField, type DesignPack, fieldToText, fieldUse, updateField } from './packEdits';

const NUMERIC = new Set(['number', 'money', 'percent']);

export function FieldInspector({
  pack,
  field,
  note,
  preview,
  catalogue,
  onEdit,
  onDeselect,
}: {
  pack: DesignPack;
  field: DesignField;
  note?: FieldNote;
  preview?: { text: string; error?: string };
  catalogue: CatalogueEntry[];
  onEdit: (next: DesignPack) => void;
  onDeselect: () => void;
}) {
  const [choosing, setChoosing] = useState(false);
  const [asking, setAsking] = useState(false);
  const set = (change: Partial<DesignField>) => onEdit(updateField(pack, field.key, change));
  const state = fieldState(field, note);
  const offers = (note?.offers ?? []).filter((o) => o.bind !== field.bind);
  const use = fieldUse(pack, field.key);

  return (
    <aside className="dz-inspector" aria-label={`字段：${field.label}`} data-testid="field-inspector">
      <div className="dz-insp-head">
        <h2>{field.label}</h2>
        <button type="button" className="link" onClick={onDeselect}>
          关闭
        </button>
      </div>
      {note?.place && <div className="dz-muted">在附件中的位置：{note.place}</div>}
      {use.length > 0 && <div className="dz-muted">印在：{use.join('、')}</div>}

      <LabeledInput label="名称" value={field.label} onChange={(t) => set({ label: t })} />
      <LabeledInput label="类型">
        <select
          value={field.type}
          aria-label="类型"
          onChange={(e) => {
            const type = e.target.value as DesignField['type'];
            set({
              type,
              ...(type === 'choice' && !field.options?.length ? { options: ['是', '否'] } : {}),
              ...(type === 'table' && !field.columns?.length
                ? { columns: [{ key: 'c1', label: '内容', type: 'text' }] }
                : {}),
            });
          }}
        >
          {FIELD_TYPES.map((t) => (
            <option key={t} value={t}>
              {FIELD_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </LabeledInput>
      {NUMERIC.has(field.type) && (
        <>
          <LabeledInput label="单位" value={field.unit} onChange={(t) => set({ unit: t || undefined })} />
          <LabeledInput
            label="小数位"
            numeric
            value={field.decimals}
            onChange={(t) => set({ decimals: numberOrUndefined(t) })}
          />
          <LabeledInput label="最小值" numeric value={field.min} onChange={(t) => set({ min: numberOrUndefined(t) })} />
          <LabeledInput label="最大值" numeric value={field.max} onChange={(t) => set({ max: numberOrUndefined(t) })} />
        </>
      )}
      {(field.type === 'narrative' || field.type === 'text') && (
        <LabeledInput
          label="字数上限"
          numeric
          value={field.wordLimit}
          placeholder="通知未规定时留空"
          onChange={(t) => set({ wordLimit: numberOrUndefined(t) })}
        />
      )}
      {field.type === 'choice' && (
        <>
          <LabeledInput
            label="选项"
            value={(field.options ?? []).join('、')}
            placeholder="用、分隔"
            onChange={(t) =>
              set({
                options: t
                  .split(/[、,，]/)
                  .map((x) => x.trim())
                  .filter(Boolean),
              })
            }
          />
          <label className="dz-check">
            <input
              type="checkbox"
              checked={!!field.multiple}
              onChange={(e) => set({ multiple: e.target.checked || undefined })}
            />
            可多选
          </label>
        </>
      )}
      <label className="dz-check">
        <input
          type="checkbox"
          checked={!!field.required}
          onChange={(e) => set({ required: e.target.checked || undefined })}
        />
        必填
      </label>
      <label className="dz-check">
        <input
          type="checkbox"
          checked={!!field.evidenceRequired}
          onChange={(e) => set({ evidenceRequired: e.target.checked || undefined })}
          data-testid="evidence-required"
        />
        需要佐证材料
      </label>

      <section className="dz-binding" aria-label="数据来源">
        <h3>数据来源</h3>
        {state === 'computed' && (
          <div>
            自动计算：{field.source ?? field.compute}
            <label className="dz-check">
              <input
                type="checkbox"
                checked={!!field.locked}
                onChange={(e) => set({ locked: e.target.checked || undefined })}
              />
              锁定（填表时不能改写）
            </label>
          </div>
        )}
        {state === 'bound' && (
          <div className="dz-bound">
            <div>来自基础数据：{field.source ?? '（未写来源）'}</div>
            <div className="dz-value" data-testid="binding-preview">
              本校的值：{preview?.error ? `取不到（${preview.error}）` : preview?.text || '（空）'}
            </div>
            <button type="button" className="link" onClick={() => set({ bind: undefined, source: undefined })}>
              清除绑定（改由填表人填写）
            </button>
          </div>
        )}
        {state !== 'bound' && state !== 'computed' && <div className="dz-muted">由填表人填写。</div>}
        {offers.length > 0 && (
          <div className="dz-offers">
            <div>建议：</div>
            {offers.map((o) => (
              <div key={o.entryId + o.bind} className="dz-offer">
                <span>
                  {o.label}（{o.source}，把握 {Math.round(o.confidence * 100)}%）
                </span>
                <button type="button" onClick={() => onEdit(applyOffer(pack, field.key, o))}>
                  采用
                </button>
              </div>
            ))}
          </div>
        )}
        {choosing ? (
          <CatalogueChooser
            catalogue={catalogue}
            unit={field.unit}
            wantTable={field.type === 'table'}
            initialQuery={field.label.replace(/[（(].*?[）)]/g, '').slice(-6)}
            onCancel={() => setChoosing(false)}
            onChoose={(o: BindingOffer) => {
              setChoosing(false);
              onEdit(applyOffer(pack, field.key, o));
            }}
          />
        ) : (
          <button type="button" onClick={() => setChoosing(true)} data-testid="choose-binding">
            从字段目录选择…
          </button>
        )}
      </section>

      <button type="button" className="dz-danger" onClick={() => setAsking(true)}>
        改回固定文字
      </button>
      {asking && (
        <ConfirmDialog
          title="改回固定文字"
          confirmLabel="改回固定文字"
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onDeselect();
            onEdit(fieldToText(pack, field.key, field.unit && NUMERIC.has(field.type) ? field.unit : ''));
          }}
        >
          <p>表上「{field.label}」这里将不再是要填的内容，按附件原样印出。可以用「撤销」恢复。</p>
        </ConfirmDialog>
      )}
    </aside>
  );
}
