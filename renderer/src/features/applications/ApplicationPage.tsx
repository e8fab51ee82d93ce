// The form editor: a tab per attached form, its fields on the left grouped by the form's sections,
// the form as it will print on the right; completeness, autosave, 素材库 and export.
import '../notices/notices.css';
import './applications.css';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { isEmptyValue } from '../../../../shared/packs/checkFieldValue';
import type { ResolvedApplication } from '../../../../shared/packs/packSchema';
import { EvidencePicksPanel } from '../bundles/EvidencePicksPanel';
import { CompletenessBar } from './CompletenessBar';
import { EditorHeader } from './EditorHeader';
import { ExportPanel } from './ExportPanel';
import type { FieldActions } from './FieldEditor';
import { FieldList } from './FieldList';
import { FormDownloads } from './FormDownloads';
import { FormPreview } from './FormPreview';
import { formSections, formTabLabel, keysInFormOrder } from './formSections';
import { MaterialLibrary } from './MaterialLibrary';
import { PrintButton } from './PrintButton';
import { useApplicationEditor } from './useApplicationEditor';

/** Scrolls a field into view, focuses its first control and flashes it. */
function focusField(key: string) {
  const el = document.getElementById(`field-${key}`);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.querySelector<HTMLElement>('input, textarea, select')?.focus({ preventScroll: true });
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1600);
}

export function ApplicationPage({ applicationId }: { applicationId: number }) {
  const editor = useApplicationEditor(applicationId);
  const { data, fields, counts } = editor;
  const [formId, setFormId] = useState<string | null>(null);
  // The 佐证材料 tab (EvidencePicksPanel) shows instead of the fields and preview.
  const [showEvidence, setShowEvidence] = useState(false);
  const [materialFor, setMaterialFor] = useState<string | null>(null);
  const lastVisited = useRef<string | null>(null);
  const pendingFocus = useRef<string | null>(null);

  const pack = data?.pack;
  const form = pack?.forms.find((f) => f.id === formId) ?? pack?.forms[0];
  const sections = useMemo(() => (pack && form ? formSections(pack, form) : []), [pack, form]);
  const order = useMemo(() => (pack ? keysInFormOrder(pack) : []), [pack]);
  const todo = useMemo(
    () =>
      order.filter(
        (o) => fields[o.key] && (isEmptyValue(fields[o.key].value) || fields[o.key].problems.some((p) => !p.accepted)),
      ),
    [order, fields],
  );
  const resolved = useMemo<ResolvedApplication | null>(
    () => (data ? { ...data.resolved, fields } : null),
    [data, fields],
  );

  // After a tab switch the field exists only on the next render.
  useEffect(() => {
    if (pendingFocus.current) {
      const key = pendingFocus.current;
      pendingFocus.current = null;
      requestAnimationFrame(() => focusField(key));
    }
  });

  const goNext = useCallback(() => {
    if (!todo.length) return;
    const at = lastVisited.current ? order.findIndex((o) => o.key === lastVisited.current) : -1;
    const next = todo.find((t) => order.findIndex((o) => o.key === t.key) > at) ?? todo[0];
    lastVisited.current = next.key;
    if (showEvidence || next.formId !== form?.id) {
      setShowEvidence(false);
      setFormId(next.formId);
      pendingFocus.current = next.key;
    } else focusField(next.key);
  }, [todo, order, form, showEvidence]);

  const actions: FieldActions = useMemo(
    () => ({
      setValue: editor.setValue,
      flush: () => void editor.flush(),
      reset: (k) => void editor.reset(k),
      accept: (k, code, accepted) => void editor.accept(k, code, accepted),
      openMaterial: setMaterialFor,
    }),
    [editor.setValue, editor.flush, editor.reset, editor.accept],
  );

  if (editor.loadError) return <div className="banner banner-error">{editor.loadError}</div>;
  if (!data || !pack || !form || !resolved || !counts) return <div className="app-loading">正在打开申报…</div>;
  const materialDef = materialFor ? pack.fields.find((f) => f.key === materialFor) : undefined;
  const materialValue = materialFor && typeof fields[materialFor]?.value === 'string' ? fields[materialFor].value : '';
  return (
    <div className="ap-page">
      <EditorHeader data={data} editor={editor} />
      {editor.restored > 0 && <div className="banner banner-ok">已恢复上次未保存的 {editor.restored} 处输入。</div>}
      <div className="ap-toolbar">
        <div className="ap-tabs" role="tablist">
          {pack.forms.map((f) => (
            <button
              key={f.id}
              role="tab"
              aria-selected={!showEvidence && f.id === form.id}
              className={!showEvidence && f.id === form.id ? 'ap-tab active' : 'ap-tab'}
              title={f.title}
              onClick={() => {
                setFormId(f.id);
                setShowEvidence(false);
              }}
            >
              {formTabLabel(f)}
            </button>
          ))}
          <button
            role="tab"
            aria-selected={showEvidence}
            className={showEvidence ? 'ap-tab active' : 'ap-tab'}
            title="选择合并进佐证材料 PDF 的文件及顺序"
            onClick={() => setShowEvidence(true)}
          >
            佐证材料
          </button>
        </div>
        <ExportPanel
          applicationId={applicationId}
          blocked={counts.completeness.invalid}
          beforeExport={editor.flush}
          onExported={() => void editor.reload()}
        />
      </div>
      <CompletenessBar completeness={counts.completeness} todo={todo.length} onNext={goNext} />
      {showEvidence && <EvidencePicksPanel applicationId={applicationId} pack={pack} />}
      <div className="ap-split" style={showEvidence ? { display: 'none' } : undefined}>
        <div className="ap-fields">
          <FieldList pack={pack} sections={sections} fields={fields} actions={actions} />
        </div>
        <div className="ap-preview">
          <div className="ap-preview-bar">
            <span className="ap-preview-title">打印预览 · {form.title}</span>
            <PrintButton pack={pack} form={form} resolved={resolved} />
            <FormDownloads applicationId={applicationId} form={form} beforeExport={editor.flush} />
          </div>
          <FormPreview pack={pack} form={form} resolved={resolved} />
        </div>
        {materialDef && (
          <MaterialLibrary
            applicationId={applicationId}
            field={materialDef}
            current={materialValue}
            onClose={() => setMaterialFor(null)}
            onInsert={(text) => {
              editor.setValue(materialDef.key, text);
              void editor.flush();
              setMaterialFor(null);
            }}
          />
        )}
      </div>
    </div>
  );
}
