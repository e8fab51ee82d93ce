import { useState } from 'react';

import type { ApiError } from '../../../../shared/api/apiError';
import { api, ApiCallError } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { chooseFile } from '../../platform/fileTransfer';

/** 导入通知包: a chosen .json pack file; a refused file lists every error with its place. */
export function ImportPackButton({ onImported }: { onImported: (docNo: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | { message: string } | null>(null);

  async function run() {
    setFailure(null);
    try {
      const file = await chooseFile([{ name: '通知包', extensions: ['json'] }]);
      if (!file) return;
      setBusy(true);
      const r = await api('pack/import', { file: file.token });
      onImported(`${r.docNo} ${r.title}`);
    } catch (e) {
      setFailure(e instanceof ApiCallError ? e.error : { message: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  const details = failure && 'details' in failure ? (failure.details ?? []) : [];
  return (
    <div className="nl-import">
      <button onClick={run} disabled={busy}>
        {busy ? '正在导入…' : '导入通知包'}
      </button>
      {failure && (
        <div className="banner banner-error nl-import-errors" role="alert">
          <div>
            <div>{failure.message}</div>
            {details.length > 0 && (
              <ol>
                {details.map((d, i) => (
                  <li key={i}>{d.message}</li>
                ))}
              </ol>
            )}
          </div>
          <button onClick={() => setFailure(null)}>关闭</button>
        </div>
      )}
    </div>
  );
}
