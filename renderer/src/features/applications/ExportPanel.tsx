import { useState } from 'react';

import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { usePreference } from '../../app/preferences';
import { keepOutput } from '../../platform/fileTransfer';
import { BundleContents } from '../bundles/BundleContents';
import { ExportProgress } from '../bundles/ExportProgress';
import { confirmBeforeExport } from '../notices/confirmBeforeExport';
import { ExportMessage, type ExportOutcome } from './ExportMessage';

interface Props {
  applicationId: number;
  blocked: number;
  beforeExport: () => Promise<void>;
  onExported: () => void;
}

/** 导出申报材料包: the notice's zip (forms, optional PDFs, merged 佐证材料, manifest), with its progress shown while it runs. */
export function ExportPanel({ applicationId, blocked, beforeExport, onExported }: Props) {
  // 「同时生成PDF」 is remembered for the next export (and the next run).
  const [pdf, setPdf] = usePreference('exportWithPdf', false);
  const [stage, setStage] = useState<string | null>(null);
  const [result, setResult] = useState<ExportOutcome | null>(null);

  async function run() {
    setResult(null);
    setStage('准备导出…');
    try {
      await beforeExport();
      if (!(await confirmBeforeExport(applicationId))) return;
      setStage('正在导出…');
      const r = await api('bundle/export', { applicationId, pdf });
      setStage('正在保存文件…');
      const file = await keepOutput(r.file);
      setResult(
        file
          ? { kind: 'saved', what: '申报材料包', file, remarks: r.warnings }
          : { kind: 'cancelled', what: '申报材料包' },
      );
      onExported();
    } catch (e) {
      setResult({ kind: 'failed', message: errorText(e) });
    } finally {
      setStage(null);
    }
  }

  return (
    <div className="ex-panel">
      <label className="fe-check">
        <input type="checkbox" checked={pdf} onChange={(e) => setPdf(e.target.checked)} disabled={!!stage} />{' '}
        同时生成PDF
      </label>
      <button
        className="primary"
        onClick={run}
        disabled={!!stage || blocked > 0}
        title={blocked ? `还有 ${blocked} 项问题未修改或确认，不能导出` : '导出通知要求的全部材料（zip）'}
      >
        {stage ? '正在导出…' : '导出申报材料包'}
      </button>
      {blocked > 0 && !stage && <span className="ex-blocked">还有 {blocked} 项问题未修改或确认，暂不能导出</span>}
      {/* The progress bar polls the export and shows its stage; the text covers the steps around it. */}
      <ExportProgress applicationId={applicationId} running={stage === '正在导出…'} />
      <BundleContents applicationId={applicationId} pdf={pdf} />
      {stage && stage !== '正在导出…' && (
        <span className="ex-stage" role="status" data-testid="export-stage">
          {stage}
        </span>
      )}
      {result && <ExportMessage outcome={result} onClose={() => setResult(null)} />}
    </div>
  );
}
