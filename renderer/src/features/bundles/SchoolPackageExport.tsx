import { useState } from 'react';

import { PERSONAL_DATA_NOTICE } from '../../../../shared/bundles/schoolPackageManifest';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { saveOutput } from '../../platform/fileTransfer';
import { PackageSummary } from './PackageSummary';
import { megabytes } from './schoolPackageTransfer';

type Made = Awaited<ReturnType<typeof api<'schoolPackage/export'>>>;

/**
 * 生成学校数据包: asked first in a dialog that says plainly the file holds personal data and must
 * not be uploaded or e-mailed; then made by the core and saved where the user chooses (the core hands
 * it over by token: the package never passes through the page).
 */
export function SchoolPackageExport() {
  const [asking, setAsking] = useState(false);
  const [stage, setStage] = useState<string | null>(null);
  const [result, setResult] = useState<{ made: Made; saved: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setAsking(false);
    setError(null);
    setResult(null);
    try {
      setStage('正在复制数据库并校验…');
      const made = await api('schoolPackage/export', {});
      setStage('正在保存…');
      const saved = await saveOutput(made.file);
      setResult({ made, saved });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setStage(null);
    }
  }

  return (
    <section className="sp-section" aria-labelledby="sp-export-title">
      <h2 id="sp-export-title">生成学校数据包</h2>
      <p>
        一个文件装下本校的全部数据：数据库的完整副本（所有年度的基础数据、申报、导入记录）和全部佐证材料文件，每个文件都记有校验值。用于换电脑或在本单位异地保存，在另一台电脑上用「从学校数据包恢复」打开。
      </p>
      <div className="banner banner-warn sp-personal" role="note" data-testid="school-package-warning">
        {PERSONAL_DATA_NOTICE}
      </div>
      <div className="bi-actions">
        <button className="primary" onClick={() => setAsking(true)} disabled={!!stage}>
          生成学校数据包…
        </button>
        {stage && (
          <span className="bi-muted" role="status">
            {stage}
          </span>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          title="学校数据包含有个人信息"
          confirmLabel="我已知晓，生成"
          onCancel={() => setAsking(false)}
          onConfirm={() => void run()}
        >
          <p className="sp-dialog-text" data-testid="school-package-dialog">
            {PERSONAL_DATA_NOTICE}
          </p>
        </ConfirmDialog>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          未生成学校数据包：{error}
        </div>
      )}
      {result && (
        <div className="bi-done" role="status" data-testid="school-package-made">
          <h3>
            {result.saved ? `已保存「${result.made.file.fileName}」` : '已生成学校数据包，但未保存（已取消）'}（
            {megabytes(result.made.sizeBytes)}）
          </h3>
          <p className="bi-muted">文件的 SHA-256：{result.made.sha256}</p>
          <PackageSummary summary={result.made} />
        </div>
      )}
    </section>
  );
}
