import { useEffect, useRef, useState } from 'react';

import type { ParamValue } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { saveOutput } from '../../platform/fileTransfer';
import { PrintPageButton } from '../applications/PrintButton';
import { PREVIEW_BLANK_DOC, writePreview } from '../applications/writePreview';

const FORMATS = [
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'pdf', label: 'PDF（打印用）' },
] as const;

interface Request {
  packId: string;
  params: Record<string, ParamValue>;
  applicationId?: number;
}

/** The check as a printable 自查表: Word, Excel, PDF, and a preview of the pages as they print. */
export function ReportActions({ request, selfCheck }: { request: Request; selfCheck: boolean }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [frameReady, setFrameReady] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const showError = useAppStore((s) => s.showError);
  const name = selfCheck ? '目标自查表' : '申报条件自查表';

  useEffect(() => {
    if (html && frameReady && frame.current) writePreview(frame.current, html, '@media screen { html { zoom: 0.8; } }');
  }, [html, frameReady]);

  /** The print page of the 自查表, as the PDF is printed from it (the preview and 打印 show it). */
  async function printPage(): Promise<string> {
    const r = await api('eligibility/report', { ...request, format: 'html' });
    return r.html ?? '';
  }

  async function run(format: 'docx' | 'xlsx' | 'pdf' | 'html') {
    setBusy(format);
    try {
      if (format === 'html') setHtml(await printPage());
      else {
        const r = await api('eligibility/report', { ...request, format });
        if (r.file) await saveOutput(r.file);
      }
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="el-report">
      <span className="fd-label">导出{name}：</span>
      {FORMATS.map((f) => (
        <button key={f.format} disabled={!!busy} onClick={() => void run(f.format)} data-testid={`report-${f.format}`}>
          {busy === f.format ? '生成中…' : f.label}
        </button>
      ))}
      <button
        disabled={!!busy}
        onClick={() => {
          if (html === null) return void run('html');
          setHtml(null);
          setFrameReady(false);
        }}
      >
        {html ? '收起预览' : '预览'}
      </button>
      <PrintPageButton page={printPage} what={name} />
      {html !== null && (
        <iframe
          ref={frame}
          className="el-report-frame"
          title={`预览：${name}`}
          sandbox="allow-same-origin"
          srcDoc={PREVIEW_BLANK_DOC}
          onLoad={() => setFrameReady(true)}
          data-testid="report-preview"
        />
      )}
    </div>
  );
}
