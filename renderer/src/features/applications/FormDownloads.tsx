import { useState } from 'react';

import type { PackForm } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { base64ToBytes, saveBytes } from '../../platform/fileTransfer';

const FORMATS = [
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'pdf', label: 'PDF' },
] as const;

/** One form alone as DOCX, XLSX or PDF (a draft to check or print; the bundle is what is submitted). */
export function FormDownloads({
  applicationId,
  form,
  beforeExport,
}: {
  applicationId: number;
  form: PackForm;
  beforeExport(): Promise<void>;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const showError = useAppStore((s) => s.showError);
  // A sheet (汇总表) is an Excel file first; a document a Word file.
  const order = form.kind === 'sheet' ? [FORMATS[1], FORMATS[0], FORMATS[2]] : [FORMATS[0], FORMATS[2], FORMATS[1]];
  async function download(format: 'docx' | 'xlsx' | 'pdf') {
    setBusy(format);
    try {
      await beforeExport();
      const r = await api('render/form', { applicationId, formId: form.id, format });
      await saveBytes(r.fileName, base64ToBytes(r.dataBase64), r.mime);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }
  return (
    <span className="fd-row">
      <span className="fd-label">下载本表：</span>
      {order.map((f) => (
        <button
          key={f.format}
          disabled={!!busy}
          onClick={() => download(f.format)}
          data-testid={`download-${f.format}`}
        >
          {busy === f.format ? '生成中…' : f.label}
        </button>
      ))}
    </span>
  );
}
