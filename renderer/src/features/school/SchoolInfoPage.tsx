// 学校基本信息: the single 'school' record as a labelled form, validated in place (统一社会信用代码
// names the wrong character), autosaved, with a 保存 button for those who want to press one.
import { useEffect, useMemo, useState } from 'react';

import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import { errorText, useAppStore } from '../../app/appStore';
import { loadDefinitions } from '../datasets/loadDefinitions';
import { RecordForm } from '../datasets/RecordForm';
import { SaveStatus } from '../datasets/SaveStatus';
import { useDatasetEditor } from '../datasets/useDatasetEditor';

export function SchoolInfoPage() {
  const [def, setDef] = useState<DatasetDef | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadStatus = useAppStore((s) => s.loadStatus);
  const showNotice = useAppStore((s) => s.showNotice);
  useEffect(() => {
    loadDefinitions()
      .then((defs) => setDef(defs.find((d) => d.name === 'school') ?? null))
      .catch((e) => setError(errorText(e)));
  }, []);
  const editor = useDatasetEditor(def, undefined, { onSaved: () => void loadStatus() });
  const row = editor.rows[0];
  const sections = useMemo(() => {
    if (!def) return [];
    const keys = def.fields.map((f) => f.key);
    return [
      { title: '法定代表人', keys: keys.filter((k) => k.startsWith('legalRep')) },
      { title: '联系人', keys: keys.filter((k) => k.startsWith('contact')) },
    ];
  }, [def]);

  if (error || editor.loadError) return <div className="banner banner-error">{error ?? editor.loadError}</div>;
  if (!def || editor.loading) return <div className="app-loading">正在读取学校基本信息…</div>;
  return (
    <div className="page">
      <div className="ds-title">
        <h1>{def.label}</h1>
        <SaveStatus state={editor.saveState} errors={editor.errors} message={editor.saveMessage} />
      </div>
      <p className="ds-desc">申报书「一、基本情况」中学校的各项信息都取自这里。修改后自动保存；标 * 的为必填项。</p>
      {editor.saveMessage && <div className="banner banner-error ds-save-error">{editor.saveMessage}</div>}
      <form className="sf-form" onSubmit={(e) => e.preventDefault()} aria-label="学校基本信息">
        <RecordForm
          fields={def.fields}
          row={row}
          sections={sections}
          idPrefix="school"
          onCommit={(texts) => editor.edit(texts.map((t) => ({ row: 0, field: t.field, text: t.text })))}
        />
        <div className="sf-actions">
          <button
            type="button"
            className="primary"
            onClick={async () => {
              // The click blurred the field being typed in, which committed it; save now.
              await new Promise((r) => setTimeout(r, 0));
              if (await editor.saveNow()) showNotice('学校基本信息已保存');
            }}
          >
            保存
          </button>
          <button type="button" disabled={!editor.undoLabel} onClick={editor.undo}>
            撤销
          </button>
          {editor.errors > 0 && <span className="sf-error">有 {editor.errors} 处需要改正，改正后才会保存。</span>}
        </div>
      </form>
    </div>
  );
}
