import './bundles.css';

import { useState } from 'react';

import type { BundleInspectionView } from '../../../../shared/api/bundleCalls';
import { api, ApiCallError } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { bytesToBase64, chooseFile } from '../../platform/fileTransfer';
import { InspectionSummary } from './InspectionSummary';
import { refusalAdvice } from './refusalAdvice';

interface Chosen {
  fileName: string;
  dataBase64: string;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string; advice?: string }
  | { kind: 'ready'; file: Chosen; view: BundleInspectionView }
  | { kind: 'importing'; file: Chosen; view: BundleInspectionView }
  | {
      kind: 'done';
      fileName: string;
      applicationId: number;
      rowsWritten: number;
      backupPath: string;
      view: BundleInspectionView;
    };

function refusal(fileName: string, e: unknown): Step {
  // The heading names the bundle; the core's message names the entry inside it.
  if (e instanceof ApiCallError)
    return { kind: 'refused', fileName, message: e.error.message, advice: refusalAdvice(e.error.code) };
  return { kind: 'refused', fileName, message: errorText(e) };
}

/**
 * 导入上报包: a bundle exported by 申报通 (this school's earlier one, or another school's for the
 * 教育局) is checked completely first — every file's SHA-256, safe paths, format version — and what
 * it would add or change is shown by data set and year; only 「确认导入」 writes, all or nothing.
 */
export function BundleImportPage() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const { go, loadStatus } = useAppStore();
  const busy = step.kind === 'checking' || step.kind === 'importing';

  async function choose() {
    const picked = await chooseFile([{ name: '申报通材料包', extensions: ['zip'] }]);
    if (!picked) return;
    const file = { fileName: picked.name, dataBase64: bytesToBase64(picked.data) };
    setStep({ kind: 'checking', fileName: picked.name });
    try {
      setStep({ kind: 'ready', file, view: await api('bundle/inspect', file) });
    } catch (e) {
      setStep(refusal(picked.name, e));
    }
  }

  async function confirm() {
    if (step.kind !== 'ready') return;
    const { file, view } = step;
    setStep({ kind: 'importing', file, view });
    try {
      const r = await api('bundle/import', file);
      setStep({
        kind: 'done',
        fileName: file.fileName,
        applicationId: r.applicationId,
        rowsWritten: r.rowsWritten,
        backupPath: r.backupPath,
        view: r.inspection,
      });
      // The school's name in the header may have come with the bundle.
      void loadStatus();
    } catch (e) {
      setStep(refusal(file.fileName, e));
    }
  }

  return (
    <div className="page bi-page">
      <h1>导入上报包</h1>
      <p className="bi-muted">
        选择申报通导出的材料包（.zip）。导入前会校验包内每个文件，并列出将要新增或修改的数据；确认后才写入，全部成功或全部不导入。
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
        <div className="bi-refused" role="alert" data-testid="bundle-refused">
          <h2>未导入「{step.fileName}」</h2>
          <p className="bi-refused-message">{step.message}</p>
          {step.advice && <p className="bi-advice">{step.advice}</p>}
          <p className="bi-muted">数据库没有任何改动。</p>
        </div>
      )}

      {(step.kind === 'ready' || step.kind === 'importing') && (
        <>
          <InspectionSummary view={step.view} />
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
          <p>
            写入 {step.rowsWritten} 条基础数据记录；申报「{step.view.application.title}」已
            {step.view.application.action === 'add' ? '新增' : '更新'}。
          </p>
          <p className="bi-muted">导入前的数据库已备份到：{step.backupPath}</p>
          <div className="bi-actions">
            <button className="primary" onClick={() => go({ page: 'application', applicationId: step.applicationId })}>
              打开导入的申报
            </button>
            <button onClick={() => go({ page: 'dashboard' })}>查看数据概览</button>
          </div>
        </div>
      )}
    </div>
  );
}
