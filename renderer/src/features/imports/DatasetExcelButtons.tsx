import { useState } from 'react';

import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { saveOutput } from '../../platform/fileTransfer';
import { ImportWizard } from './ImportWizard';

export interface DatasetExcelButtonsProps {
  dataset: string;
  /** The statistical year shown on the page (yearly data sets). */
  year?: number;
  datasetLabel?: string;
  /** Reload the page's rows after an import or undo. */
  onChanged?: () => void;
}

/** 「导出Excel模板」「导出Excel」「从Excel导入」 for a data set page's toolbar. */
export function DatasetExcelButtons({ dataset, year, datasetLabel, onChanged }: DatasetExcelButtonsProps) {
  const [busy, setBusy] = useState<'' | 'template' | 'export'>('');
  const [wizard, setWizard] = useState(false);
  const { showError, showNotice } = useAppStore();

  async function download(kind: 'template' | 'export') {
    setBusy(kind);
    try {
      const r =
        kind === 'template'
          ? await api('dataset/exportTemplate', { dataset })
          : await api('dataset/exportXlsx', { dataset, year });
      if (await saveOutput(r.file)) showNotice(`已导出：${r.file.fileName}`);
    } catch (e) {
      showError(e);
    } finally {
      setBusy('');
    }
  }

  return (
    <>
      <button onClick={() => download('template')} disabled={!!busy} title="带表头、填写说明和示例行的空白表格">
        {busy === 'template' ? '正在导出……' : '导出Excel模板'}
      </button>
      <button onClick={() => download('export')} disabled={!!busy} title="金额以元为单位，保留两位小数">
        {busy === 'export' ? '正在导出……' : '导出Excel'}
      </button>
      <button onClick={() => setWizard(true)}>从Excel导入</button>
      {wizard && (
        <ImportWizard
          dataset={dataset}
          year={year}
          datasetLabel={datasetLabel}
          onClose={() => setWizard(false)}
          onChanged={onChanged}
        />
      )}
    </>
  );
}
