import { useState } from 'react';

import { errorText } from '../../app/appStore';
import type { KeptFile } from '../../platform/fileTransfer';

export type ExportOutcome =
  | { kind: 'saved'; what: string; file: KeptFile; remarks: string[] }
  | { kind: 'cancelled'; what: string }
  | { kind: 'failed'; message: string };

/**
 * What an export tells the clerk: the file's name and the folder it is in, a button that opens that
 * folder, and remarks they can act on (a font missing on this PC). Shown under the button that made
 * it, until closed.
 */
export function ExportMessage({ outcome, onClose }: { outcome: ExportOutcome; onClose: () => void }) {
  const [openError, setOpenError] = useState<string | null>(null);
  const ok = outcome.kind !== 'failed';
  return (
    <div
      className={`banner ${ok ? 'banner-ok' : 'banner-error'} ex-result`}
      role={ok ? 'status' : 'alert'}
      data-testid="export-message"
    >
      <div className="ex-body">
        {outcome.kind === 'saved' && (
          <>
            <div>
              已导出{outcome.what}「{outcome.file.fileName}」
            </div>
            <div className="ex-where">
              保存在：
              <span className="ex-path" title={outcome.file.path} data-testid="export-folder">
                {outcome.file.folder}
              </span>
            </div>
            <button
              type="button"
              className="ex-open"
              onClick={() => {
                setOpenError(null);
                outcome.file.showInFolder().catch((e: unknown) => setOpenError(errorText(e)));
              }}
            >
              打开所在文件夹
            </button>
            {openError && <div className="ex-warning">{openError}</div>}
            {outcome.remarks.map((w, i) => (
              <div key={i} className="ex-warning">
                提示：{w}
              </div>
            ))}
          </>
        )}
        {outcome.kind === 'cancelled' && <div>已生成{outcome.what}，但没有保存（保存时选择了取消）</div>}
        {outcome.kind === 'failed' && <div>{outcome.message}</div>}
      </div>
      <button type="button" onClick={onClose}>
        关闭
      </button>
    </div>
  );
}
