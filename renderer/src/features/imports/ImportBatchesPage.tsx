import './imports.css';

import { useEffect, useState } from 'react';

import type { ImportBatchView } from '../../../../shared/api/importCalls';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { useConfirmedAction } from '../../app/useConfirmedAction';

/** 导入记录: every Excel/CSV import, newest first, each undoable in one step. */
export function ImportBatchesPage() {
  const [batches, setBatches] = useState<ImportBatchView[] | null>(null);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const { showError } = useAppStore();

  async function reload() {
    try {
      setBatches(await api('import/batches', {}));
    } catch (e) {
      showError(e);
    }
  }
  useEffect(() => {
    api('import/batches', {}).then(setBatches, showError);
    api('dataset/definitions', {})
      .then((defs) => setLabels(Object.fromEntries(defs.map((d) => [d.name, d.label]))))
      .catch(() => undefined);
  }, [showError]);

  const undo = useConfirmedAction<ImportBatchView>({
    idOf: (b) => b.id,
    question: (b) => ({
      title: `撤销第 ${b.id} 次导入？`,
      body: (
        <p>
          撤销「{b.fileName}」的导入：删除它新增的 {b.insertedCount} 行，并把它更新的 {b.updatedCount}{' '}
          行恢复为导入前的内容。
        </p>
      ),
      confirmLabel: '撤销导入',
    }),
    async run(b) {
      await api('import/undo', { batchId: b.id });
      return `已撤销第 ${b.id} 次导入`;
    },
    after: reload,
  });

  return (
    <div className="page">
      <h1>导入记录</h1>
      {undo.dialog}
      {!batches ? (
        <p className="import-muted">正在读取……</p>
      ) : !batches.length ? (
        <p className="import-muted">还没有从 Excel 导入过数据。在各数据集页面点「从Excel导入」。</p>
      ) : (
        <table className="import-table">
          <thead>
            <tr>
              <th>批次</th>
              <th>时间</th>
              <th>数据集</th>
              <th>年度</th>
              <th>文件</th>
              <th>工作表</th>
              <th>新增</th>
              <th>更新</th>
              <th>状态</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id}>
                <td>{b.id}</td>
                <td>{new Date(b.createdAt).toLocaleString('zh-CN')}</td>
                <td>{labels[b.dataset] ?? b.dataset}</td>
                <td>{b.year ?? ''}</td>
                <td title={`SHA-256 ${b.sha256}`}>{b.fileName}</td>
                <td>{b.sheet}</td>
                <td>{b.insertedCount}</td>
                <td>{b.updatedCount}</td>
                <td>
                  {b.status === 'undone' ? `已撤销（${new Date(b.undoneAt ?? '').toLocaleString('zh-CN')}）` : '已导入'}
                </td>
                <td>
                  {b.status === 'applied' && (
                    <button onClick={() => undo.ask(b)} disabled={undo.busyId !== null}>
                      {undo.busyId === b.id ? '正在撤销……' : '撤销'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
