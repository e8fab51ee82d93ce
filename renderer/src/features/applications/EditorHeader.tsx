import { useState } from 'react';

import type { ParamValue } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { STATUS_LABEL } from '../notices/noticeLabels';
import { ParameterForm } from '../notices/ParameterForm';
import { SaveIndicator } from './SaveIndicator';
import type { ApplicationEditor, LoadedApplication } from './useApplicationEditor';

/** Title, notice, parameters (changeable), status and its buttons, and the save indicator. */
export function EditorHeader({ data, editor }: { data: LoadedApplication; editor: ApplicationEditor }) {
  const { go, showError, showNotice } = useAppStore();
  const [editingParams, setEditingParams] = useState(false);
  const app = data.application;
  const pack = data.pack;

  async function setStatus(status: 'draft' | 'submitted') {
    try {
      await api('application/setStatus', { applicationId: app.id, status });
      showNotice(status === 'submitted' ? '已标记为已提交' : '已改回草稿');
      await editor.reload();
    } catch (e) {
      showError(e);
    }
  }

  async function setParam(key: string, value: ParamValue) {
    try {
      await editor.flush();
      await api('application/update', { applicationId: app.id, params: { [key]: value } });
      await editor.reload();
    } catch (e) {
      showError(e);
    }
  }

  const paramText = pack.parameters
    .map((p) => `${p.label}：${data.resolved.paramLabels[p.key] || '（未选）'}`)
    .join('　');
  return (
    <div className="ap-header">
      <div className="ap-title-row">
        <button className="link" onClick={() => go({ page: 'notice', packId: pack.id })}>
          {pack.docNo}
        </button>
        <h1 className="ap-title">{app.title}</h1>
        <span className={`status-badge status-${app.status}`} data-testid="app-status">
          {STATUS_LABEL[app.status]}
        </span>
        <SaveIndicator state={editor.saveState} error={editor.saveError} />
        <span className="ap-spacer" />
        {app.status !== 'submitted' ? (
          <button onClick={() => setStatus('submitted')} title="材料已报送主管部门后标记">
            标记为已提交
          </button>
        ) : (
          <button onClick={() => setStatus('draft')}>改回草稿</button>
        )}
      </div>
      {pack.parameters.length > 0 && (
        <div className="ap-params">
          <span className="nl-muted ap-param-text" title={paramText}>
            {paramText}
          </span>
          <button className="link" onClick={() => setEditingParams((v) => !v)}>
            {editingParams ? '收起' : '修改参数'}
          </button>
        </div>
      )}
      {editingParams && (
        <div className="ap-param-form">
          <ParameterForm
            pack={pack}
            idPrefix={`app-${app.id}`}
            resolved={{
              params: app.params,
              labels: data.resolved.paramLabels,
              options: data.paramOptions,
              problems: data.paramProblems,
            }}
            onChange={setParam}
          />
        </div>
      )}
    </div>
  );
}
