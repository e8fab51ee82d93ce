import { useState } from 'react';

import type { PackForm } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { keepOutput } from '../../platform/fileTransfer';
import { ExportMessage, type ExportOutcome } from './ExportMessage';

const FORMATS = [
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'pdf', label: 'PDF' },
] as const;

/** What the button says while its file is made: the stage it is at. */
const STAGE_TEXT = { flush: '保存输入…', make: '生成中…', pdf: '生成 PDF…', save: '保存文件…' } as const;

/** One form alone as DOCX, XLSX or PDF (a draft to check or print; the bundle is what is submitted). */
export function FormDownloads({
  applicationId,
  form,
  beforeExport,
}: {
  applicationId: number;
  form: PackForm;
  beforeExport: () => Promise<void>;
}) {
  const [busy, setBusy] = useState<{ format: string; stage: keyof typeof STAGE_TEXT } | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  // A sheet (汇总表) is an Excel file first; a document a Word file.
  const order = form.kind === 'sheet' ? [FORMATS[1], FORMATS[0], FORMATS[2]] : [FORMATS[0], FORMATS[2], FORMATS[1]];
  async function download(format: 'docx' | 'xlsx' | 'pdf') {
    setOutcome(null);
    try {
      setBusy({ format, stage: 'flush' });
      await beforeExport();
      setBusy({ format, stage: format === 'pdf' ? 'pdf' : 'make' });
      const r = await api('render/form', { applicationId, formId: form.id, format });
      setBusy({ format, stage: 'save' });
      const file = r.file ? await keepOutput(r.file) : null;
      const what = ` ${FORMATS.find((f) => f.format === format)!.label} 文件`;
      setOutcome(file ? { kind: 'saved', what, file, remarks: r.remarks ?? [] } : { kind: 'cancelled', what });
    } catch (e) {
      setOutcome({ kind: 'failed', message: errorText(e) });
    } finally {
      setBusy(null);
    }
  }
  return (
    <span className="fd-row">
      <span className="fd-label">导出本表：</span>
      {order.map((f) => (
        <button
          key={f.format}
          disabled={!!busy}
          onClick={() => download(f.format)}
          data-testid={`download-${f.format}`}
          aria-busy={busy?.format === f.format}
        >
          {busy?.format === f.format ? STAGE_TEXT[busy.stage] : f.label}
        </button>
      ))}
      {outcome && <ExportMessage outcome={outcome} onClose={() => setOutcome(null)} />}
    </span>
  );
}
