import './bundles.css';

import { useState } from 'react';

import type { BundleInspectionView } from '../../../../shared/api/bundleCalls';
import type { ChosenFile } from '../../../../shared/api/callFields';
import { api, ApiCallError } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { chooseFile } from '../../platform/fileTransfer';
import { InspectionSummary } from './InspectionSummary';
import { refusalAdvice } from './refusalAdvice';
import { RefusedNotice } from './RefusedNotice';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string; advice?: string }
  | { kind: 'ready'; file: ChosenFile; view: BundleInspectionView }
  | { kind: 'importing'; file: ChosenFile; view: BundleInspectionView }
  | { kind: 'done'; fileName: string; applicationId: number; taken: string[]; backupPath: string };

function refusal(fileName: string, e: unknown): Step {
  // The heading names the bundle; the core's message names the entry inside it.
  if (e instanceof ApiCallError)
    return { kind: 'refused', fileName, message: e.error.message, advice: refusalAdvice(e.error.code) };
  return { kind: 'refused', fileName, message: errorText(e) };
}

/**
 * 导入申报材料包: a bundle exported by 申报通 (this school's earlier one, on another PC or next year) is
 * checked completely first — every file's SHA-256, safe paths, format version, every value against
 * its field — and the application it restores is shown; only 「确认导入」 writes, all or nothing.
 * Base data never comes from a bundle (an earlier version's data.json is left out, and said so).
 */
export function BundleImportPage() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [asNew, setAsNew] = useState(false);
  const app = useAppStore();
  const busy = step.kind === 'checking' || step.kind === 'importing';

  async function choose() {
    let file: ChosenFile | null;
    try {
      file = await chooseFile([{ name: '申报材料包', extensions: ['zip'] }], {
        onUpload: (f) => setStep({ kind: 'checking', fileName: f.name }),
      });
    } catch (e) {
      setStep(refusal('所选文件', e));
      return;
    }
    if (!file) return;
    setStep({ kind: 'checking', fileName: file.name });
    setAsNew(false);
    try {
      setStep({ kind: 'ready', file, view: await api('bundle/inspect', { file: file.token }) });
    } catch (e) {
      setStep(refusal(file.name, e));
    }
  }

  async function confirm() {
    if (step.kind !== 'ready') return;
    const { file, view } = step;
    setStep({ kind: 'importing', file, view });
    try {
      const r = await api('bundle/import', { file: file.token, asNew });
      setStep({
        kind: 'done',
        fileName: file.name,
        applicationId: r.applicationId,
        taken: r.taken,
        backupPath: r.backupPath,
      });
      void app.loadStatus();
    } catch (e) {
      setStep(refusal(file.name, e));
    }
  }

  return (
    <div className="page bi-page">
      <h1>导入申报材料包</h1>
      <p className="bi-muted">
        选择申报通导出的申报材料包（.zip），恢复其中的申报：参数、填写的内容、确认接受的问题和佐证材料的选择。导入前会校验包内每个文件并列出将要恢复的内容；确认后才写入，全部成功或全部不导入。学校的基础数据不会从材料包导入（整校迁移请用「学校数据包」）。
      </p>
      <div className="bi-actions">
        <button className={step.kind === 'idle' ? 'primary' : ''} onClick={choose} disabled={busy}>
          {step.kind === 'idle' ? '选择材料包（.zip）…' : '重新选择…'}
        </button>
        {step.kind === 'checking' && (
          <span className="bi-muted" role="status">
            正在校验「{step.fileName}」…
          </span>
        )}
      </div>

      {step.kind === 'refused' && (
        <RefusedNotice
          heading={`未导入「${step.fileName}」`}
          message={step.message}
          advice={step.advice}
          unchanged="数据库没有任何改动。"
          testId="bundle-refused"
        />
      )}

      {(step.kind === 'ready' || step.kind === 'importing') && (
        <>
          <InspectionSummary view={step.view} />
          {step.view.application.action === 'update' && (
            <fieldset className="bi-choice" disabled={busy}>
              <legend>本机已有这份申报</legend>
              <label>
                <input type="radio" checked={!asNew} onChange={() => setAsNew(false)} /> 用材料包中的内容替换第{' '}
                {step.view.application.existingId} 号申报现有的填写内容
              </label>
              <label>
                <input type="radio" checked={asNew} onChange={() => setAsNew(true)} /> 另存为一份新申报，现有申报不变
              </label>
            </fieldset>
          )}
          <div className="bi-confirm">
            <button className="primary" onClick={confirm} disabled={busy}>
              {step.kind === 'importing' ? '正在导入…' : '确认导入'}
            </button>
            <button onClick={() => setStep({ kind: 'idle' })} disabled={busy}>
              取消
            </button>
            <span className="bi-muted">导入前会自动备份当前数据库，导入出错时不会留下任何改动。</span>
          </div>
        </>
      )}

      {step.kind === 'done' && (
        <div className="bi-done" role="status" data-testid="bundle-imported">
          <h2>已导入「{step.fileName}」</h2>
          <p>从材料包中取用了：</p>
          <ul className="bi-taken">
            {step.taken.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
          <p className="bi-muted">导入前的数据库已备份到：{step.backupPath}</p>
          <div className="bi-actions">
            <button
              className="primary"
              onClick={() => app.go({ page: 'application', applicationId: step.applicationId })}
            >
              打开导入的申报
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
