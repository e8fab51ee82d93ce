// 学校基本信息: the single 'school' record as a labelled form, validated in place (统一社会信用代码
// names the wrong character). Each field saves itself as soon as it is valid, whatever another
// field holds; an invalid one stays in its box with the message until it is fixed (one save model,
// said once: no 保存 button beside an autosave).
import { useMemo } from 'react';

import { schoolDataset } from '../../../../shared/datasets/schoolDataset';
import { useAppStore } from '../../app/appStore';
import { datasetView } from '../datasets/datasetView';
import { RecordForm } from '../datasets/RecordForm';
import { SaveStatus } from '../datasets/SaveStatus';
import { useDatasetEditor } from '../datasets/useDatasetEditor';
import { useLeaveGuard } from '../datasets/useLeaveGuard';

const VIEW = datasetView(schoolDataset);

export function SchoolInfoPage() {
  const loadStatus = useAppStore((s) => s.loadStatus);
  const editor = useDatasetEditor(VIEW, undefined, { onSaved: () => void loadStatus() });
  const row = editor.rows[0];
  const def = VIEW.def;
  const sections = useMemo(() => {
    const keys = def.fields.map((f) => f.key);
    return [
      { title: '法定代表人', keys: keys.filter((k) => k.startsWith('legalRep')) },
      { title: '联系人', keys: keys.filter((k) => k.startsWith('contact')) },
    ];
  }, [def]);
  const leaveDialog = useLeaveGuard(
    editor.errors > 0 ? `「学校基本信息」有 ${editor.errors} 项填写有误，还没有保存（红框中的项）` : null,
  );

  if (editor.loadError) return <div className="banner banner-error">{editor.loadError}</div>;
  if (editor.loading && !row) return <div className="app-loading">正在读取学校基本信息…</div>;
  return (
    <div className="page">
      <div className="ds-title">
        <h1>{def.label}</h1>
        <SaveStatus state={editor.saveState} unsaved={editor.errors} message={editor.saveMessage} unit="项" />
      </div>
      <p className="ds-desc">
        申报书「一、基本情况」中学校的各项信息都取自这里。每一项填好后自动保存（填错的项留在框中并标红，改正后保存，不影响其他项）；标
        * 的为必填项。
      </p>
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
          <button type="button" disabled={!editor.undoLabel} onClick={editor.undo}>
            撤销上一次修改
          </button>
          {editor.errors > 0 && <span className="sf-error">有 {editor.errors} 项需要改正，改正后自动保存。</span>}
        </div>
      </form>
      {leaveDialog}
    </div>
  );
}
