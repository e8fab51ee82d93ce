import { useState } from 'react';

import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { base64ToBytes, saveBytes } from '../../platform/fileTransfer';
import { ExportProgress } from '../bundles/ExportProgress';
import { confirmBeforeExport } from '../notices/confirmBeforeExport';

interface Props {
  applicationId: number;
  blocked: number;
  beforeExport: () => Promise<void>;
  onExported: () => void;
}

/** 导出材料包: the notice's zip (forms, optional PDFs, merged 佐证材料, manifest), with its progress shown while it runs. */
export function ExportPanel({ applicationId, blocked, beforeExport, onExported }: Props) {
  const [pdf, setPdf] = useState(false);
  const [stage, setStage] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string; warnings: string[] } | null>(null);

  async function run() {
    setResult(null);
    setStage('准备导出…');
    try {
      await beforeExport();
      if (!(await confirmBeforeExport(applicationId))) return;
      setStage('正在导出…');
      const r = await api('application/export', { applicationId, pdf });
      setStage('正在保存文件…');
      const saved = await saveBytes(r.fileName, base64ToBytes(r.dataBase64), 'application/zip');
      setResult({
        ok: true,
        text: saved ? `已导出「${r.fileName}」` : '已生成材料包，但未保存（已取消）',
        warnings: r.warnings,
      });
      onExported();
    } catch (e) {
      setResult({ ok: false, text: errorText(e), warnings: [] });
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
        {stage ? '正在导出…' : '导出材料包'}
      </button>
      {blocked > 0 && !stage && <span className="ex-blocked">还有 {blocked} 项问题未修改或确认，暂不能导出</span>}
      {/* The progress bar polls the export and shows its stage; the text covers the steps around it. */}
      <ExportProgress applicationId={applicationId} running={stage === '正在导出…'} />
      {stage && stage !== '正在导出…' && (
        <span className="ex-stage" role="status" data-testid="export-stage">
          {stage}
        </span>
      )}
      {result && (
        <div
          className={`banner ${result.ok ? 'banner-ok' : 'banner-error'} ex-result`}
          role={result.ok ? 'status' : 'alert'}
        >
          <div>
            <div>{result.text}</div>
            {result.warnings.map((w, i) => (
              <div key={i} className="ex-warning">
                提示：{w}
              </div>
            ))}
          </div>
          <button onClick={() => setResult(null)}>关闭</button>
        </div>
      )}
    </div>
  );
}
