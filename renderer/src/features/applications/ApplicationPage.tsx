// The form editor: a tab per attached form, its fields on the left grouped by the form's sections,
// the form as it will print on the right; completeness, autosave, 素材库 and export.
import '../notices/notices.css';
import './applications.css';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { ResolvedApplication } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { usePreference } from '../../app/preferences';
import { EvidencePicksPanel } from '../bundles/EvidencePicksPanel';
import { CompletenessBar } from './CompletenessBar';
import { EditorHeader } from './EditorHeader';
import { ExportPanel } from './ExportPanel';
import type { FieldActions } from './FieldEditor';
import { FieldList } from './FieldList';
import { fieldsToDo, nextToDo } from './fieldsToDo';
import { FormDownloads } from './FormDownloads';
import { FormPreview } from './FormPreview';
import { evidencePageKeys, formSections, formTabLabel, keysInFormOrder } from './formSections';
import { MaterialLibrary } from './MaterialLibrary';
import { stepZoom } from './previewFocus';
import { PrintButton } from './PrintButton';
import { ProblemList, type ProblemTarget } from './ProblemList';
import { useApplicationEditor } from './useApplicationEditor';
import { ZoomControl } from './ZoomControl';

/** Scrolls a field into view, focuses its first control (or the table cell at fault) and flashes it. */
function focusField(key: string, cell?: string) {
  const el = document.getElementById(`field-${key}`);
  if (!el) return;
  const place = (cell && el.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cell)}"]`)) || el;
  place.scrollIntoView({ block: 'center', behavior: 'smooth' });
  place.querySelector<HTMLElement>('input, textarea, select')?.focus({ preventScroll: true });
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
  const [problemsOpen, setProblemsOpen] = useState(false);
  // The field being edited: the preview outlines it where it prints.
  const [activeField, setActiveField] = useState<string | null>(null);
  const [zoom, setZoom] = usePreference('previewZoom', 'fit');
  const [shownZoom, setShownZoom] = useState(1);
  const lastVisited = useRef<string | null>(null);
  const pendingFocus = useRef<ProblemTarget | null>(null);

  const pack = data?.pack;
  const form = pack?.forms.find((f) => f.id === formId) ?? pack?.forms[0];
  const sections = useMemo(() => (pack && form ? formSections(pack, form) : []), [pack, form]);
  const order = useMemo(() => (pack ? keysInFormOrder(pack) : []), [pack]);
  const pageKeys = useMemo(() => (pack ? evidencePageKeys(pack) : new Set<string>()), [pack]);
  const todo = useMemo(() => fieldsToDo(order, fields, pageKeys), [order, fields, pageKeys]);
  const resolved = useMemo<ResolvedApplication | null>(
    () => (data ? { ...data.resolved, fields } : null),
    [data, fields],
  );

  // The PDF printer gets ready while the clerk reads the form, so 「导出」 does not wait for it.
  useEffect(() => {
    api('printer/prewarm', {}).catch(() => undefined);
  }, []);

  // After a tab switch the field exists only on the next render.
  useEffect(() => {
    if (pendingFocus.current) {
      const target = pendingFocus.current;
      pendingFocus.current = null;
      requestAnimationFrame(() => focusField(target.key, target.cell));
    }
  });

  const goTo = useCallback(
    (target: ProblemTarget) => {
      lastVisited.current = target.key;
      setActiveField(target.key);
      if (showEvidence || target.formId !== form?.id) {
        setShowEvidence(false);
        setFormId(target.formId);
        pendingFocus.current = target;
      } else focusField(target.key, target.cell);
    },
    [form, showEvidence],
  );

  const goNext = useCallback(() => {
    const next = nextToDo(todo, order, lastVisited.current);
    if (next) goTo(next);
  }, [todo, order, goTo]);

  const closeProblems = useCallback(() => setProblemsOpen(false), []);

  const { setValue, flush, reset, accept } = editor;
  const actions: FieldActions = useMemo(
    () => ({
      setValue,
      flush: () => void flush(),
      reset: (k) => void reset(k),
      accept: (k, code, accepted) => void accept(k, code, accepted),
      openMaterial: setMaterialFor,
    }),
    [setValue, flush, reset, accept],
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
        <div className="ap-status">
          <CompletenessBar
            todo={todo}
            pageFields={pageKeys.size}
            accepted={counts.completeness.accepted}
            problemsOpen={problemsOpen}
            onShowProblems={() => setProblemsOpen((v) => !v)}
            onNext={goNext}
          />
          {problemsOpen && (
            <ProblemList
              pack={pack}
              fields={fields}
              problems={todo.problems}
              onClose={closeProblems}
              onGo={(t) => {
                setProblemsOpen(false);
                goTo(t);
              }}
            />
          )}
        </div>
        <ExportPanel
          applicationId={applicationId}
          blocked={counts.completeness.invalid}
          beforeExport={editor.flush}
          onExported={() => void editor.reload()}
        />
      </div>
      {showEvidence && <EvidencePicksPanel applicationId={applicationId} pack={pack} />}
      <div className="ap-split" style={showEvidence ? { display: 'none' } : undefined}>
        <div
          className="ap-fields"
          onFocus={(e) => {
            const key = (e.target as HTMLElement).closest('.fe-field')?.id.replace(/^field-/, '');
            if (key) setActiveField(key);
          }}
        >
          <FieldList pack={pack} sections={sections} fields={fields} actions={actions} />
        </div>
        <div className="ap-preview">
          <div className="ap-preview-bar">
            <span className="ap-preview-title" title={form.title}>
              打印预览 · {form.title}
            </span>
            <ZoomControl zoom={zoom} shown={shownZoom} onChange={setZoom} />
            <PrintButton pack={pack} form={form} resolved={resolved} />
            <FormDownloads applicationId={applicationId} form={form} beforeExport={editor.flush} />
          </div>
          <FormPreview
            pack={pack}
            form={form}
            resolved={resolved}
            zoom={zoom}
            activeField={activeField}
            onZoomWheel={(d, shown) => setZoom(stepZoom(shown, d))}
            onShownZoom={setShownZoom}
          />
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
