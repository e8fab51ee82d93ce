// What the check of an import file found, first thing under the file line: every problem by
// sheet, row and column (a missing column offers 调整列对应), or 检查通过. When the only problems are
// rules across fields (金额 ≠ 单价 × 数量), the user may import those rows as accepted exceptions.
import type { ImportPreview } from '../../../../shared/api/importCalls';
import { ImportProblemList } from './ImportProblemList';

export function ImportCheckResult({
  preview,
  busy,
  acceptRules,
  mappingShown,
  onShowMapping,
  onAcceptRules,
}: {
  preview: ImportPreview;
  busy: boolean;
  acceptRules: boolean;
  mappingShown: boolean;
  onShowMapping: () => void;
  onAcceptRules: (accept: boolean) => void;
}) {
  return (
    <>
      {preview.problemCount > 0 ? (
        <div>
          <strong style={{ color: 'var(--error)' }}>
            发现 {preview.problemCount} 处问题，请修改文件或列对应后重新读取；在没有问题之前不会导入任何数据。
          </strong>
          <ImportProblemList problems={preview.problems} onShowMapping={mappingShown ? undefined : onShowMapping} />
          {preview.problemCount > preview.problems.length && (
            <div className="import-muted">
              只列出前 {preview.problems.length} 处，另有 {preview.problemCount - preview.problems.length}{' '}
              处问题未列出。
            </div>
          )}
          {preview.ruleProblemCount > 0 && preview.ruleProblemCount === preview.problemCount && (
            <label className="import-accept">
              <input
                type="checkbox"
                checked={acceptRules}
                disabled={busy}
                onChange={(e) => onAcceptRules(e.target.checked)}
              />
              这 {preview.ruleProblemCount} 处都是字段之间对不上（如 金额 ≠ 单价 ×
              数量）。如确属如此（例如整批采购的折扣价），照常导入，并记为已接受的例外
            </label>
          )}
        </div>
      ) : (
        <div className="banner banner-ok">
          检查通过：{preview.rowCount} 行数据没有发现问题。
          {preview.acceptedRuleRows > 0 && (
            <>
              其中 {preview.acceptedRuleRows} 行字段之间对不上，按已接受的例外导入（
              <button type="button" className="import-inline-btn" disabled={busy} onClick={() => onAcceptRules(false)}>
                不接受，重新检查
              </button>
              ）。
            </>
          )}
        </div>
      )}
    </>
  );
}
