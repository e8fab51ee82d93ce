import './imports.css';

import { useState } from 'react';

import type { ChosenFile } from '../../../../shared/api/callFields';
import type { ImportPreview } from '../../../../shared/api/importCalls';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { chooseFile } from '../../platform/fileTransfer';
import { ImportCheckResult } from './ImportCheckResult';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProgressBar, newProgressKey } from './ImportProgressBar';

export interface ImportWizardProps {
  /** Data set name, e.g. 'equipment'. */
  dataset: string;
  /** Statistical year for yearly data sets (a 年度 column in the file overrides it row by row). */
  year?: number;
  /** Its Chinese name for the title. */
  datasetLabel?: string;
  onClose: () => void;
  /** Called after an import or its undo, so the page reloads its rows. */
  onChanged?: () => void;
}

type Step = 'choose' | 'preview' | 'applying' | 'done';

/**
 * 「从Excel导入」: choose a file → pick the sheet → adjust the column mapping → preview with every
 * problem by row and column → 导入 (only when there are none) → result with 撤销本次导入.
 */
export function ImportWizard({ dataset, year, datasetLabel, onClose, onChanged }: ImportWizardProps) {
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  /** Fields filled with one value for every row (the file has no column for them). */
  const [constants, setConstants] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ batchId: number; inserted: number; updated: number } | null>(null);
  const [undone, setUndone] = useState(false);
  /** The running preview's or import's key for import/progress. */
  const [running, setRunning] = useState<string | null>(null);
  /** Rows breaking a rule across fields (金额 ≠ 单价 × 数量) go in as accepted exceptions. */
  const [acceptRules, setAcceptRules] = useState(false);
  /** The ~50-row column mapping folds open on demand: the problem comes first. */
  const [showMapping, setShowMapping] = useState(false);

  async function load(
    f: ChosenFile,
    nextSheet?: string,
    nextMapping?: Record<string, string | null>,
    nextConstants?: Record<string, string>,
    nextAccept = acceptRules,
  ) {
    setBusy(true);
    setError(null);
    const progressKey = newProgressKey();
    setRunning(progressKey);
    try {
      const p = await api('import/preview', {
        dataset,
        year,
        file: f.token,
        sheet: nextSheet,
        mapping: nextMapping,
        constants: nextConstants,
        acceptRuleExceptions: nextAccept || undefined,
        progressKey,
      });
      setPreview(p);
      setSheet(p.sheet);
      setMapping(p.mapping);
      setConstants(p.constants);
      setStep('preview');
    } catch (e) {
      setError(errorText(e));
      // Not a file this data set can be read from: back to choosing one (no dead end).
      if (!nextSheet && !nextMapping) {
        setPreview(null);
        setFile(null);
        setStep('choose');
      }
    } finally {
      setBusy(false);
      setRunning(null);
    }
  }

  async function pick() {
    let f: ChosenFile | null;
    try {
      f = await chooseFile([{ name: 'Excel 或 CSV 文件', extensions: ['xlsx', 'xls', 'et', 'csv'] }]);
    } catch (e) {
      setError(errorText(e));
      return;
    }
    if (!f) return;
    setFile(f);
    setPreview(null);
    setAcceptRules(false);
    await load(f, undefined, undefined, undefined, false);
  }

  async function apply() {
    if (!file || !preview) return;
    setStep('applying');
    setError(null);
    const progressKey = newProgressKey();
    setRunning(progressKey);
    try {
      const r = await api('import/apply', {
        dataset,
        year,
        file: file.token,
        sheet,
        mapping,
        constants,
        acceptRuleExceptions: acceptRules || undefined,
        progressKey,
      });
      setResult(r);
      setStep('done');
      onChanged?.();
    } catch (e) {
      setError(errorText(e));
      setStep('preview');
    } finally {
      setRunning(null);
    }
  }

  async function undo() {
    if (!result) return;
    setBusy(true);
    setError(null);
    try {
      await api('import/undo', { batchId: result.batchId });
      setUndone(true);
      onChanged?.();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const mappedFields = (preview?.fields ?? []).filter((f) => mapping[f.key] || constants[f.key] !== undefined);
  const hasProblems = (preview?.problemCount ?? 0) > 0;
  const title = `从Excel导入${datasetLabel ? `「${datasetLabel}」` : ''}${year ? `（${year} 年度）` : ''}`;

  return (
    <div className="import-overlay" role="dialog" aria-modal="true" aria-label={title}>
      <div className="import-wizard">
        <header>
          <h2>{title}</h2>
          <div className="import-steps">
            {(['选择文件', '核对列与数据', '导入', '完成'] as const).map((s, i) => (
              <span key={s} className={['choose', 'preview', 'applying', 'done'].indexOf(step) === i ? 'on' : ''}>
                {i + 1}. {s}
              </span>
            ))}
          </div>
        </header>
        <div className="import-body">
          {error && <div className="banner banner-error">{error}</div>}
          {step === 'choose' && (
            <div>
              <p>
                支持 Excel 工作簿（.xlsx，以及旧版 .xls 和 WPS 的 .et）和 CSV 文件（UTF-8 或 GBK
                编码均可）。表格上方可以有标题行，表头可以是合并单元格；合计行和空行会自动跳过。
              </p>
              <button className="primary" onClick={pick} disabled={busy}>
                {busy ? '正在读取……' : error ? '重新选择文件…' : '选择文件…'}
              </button>
              {busy && <ImportProgressBar progressKey={running} writes={false} />}
            </div>
          )}
          {preview && file && (step === 'preview' || step === 'applying') && (
            <>
              {/* Re-reading after a change of sheet or mapping. */}
              {busy && step === 'preview' && <ImportProgressBar progressKey={running} writes={false} />}
              <div className="import-row">
                <span>
                  文件：{file.name}
                  {preview.encoding ? `（${preview.encoding} 编码）` : ''}
                </span>
                <label>
                  工作表：
                  <select
                    value={sheet}
                    disabled={busy || step === 'applying'}
                    onChange={(e) => load(file, e.target.value)}
                  >
                    {preview.sheets.map((s) => (
                      <option key={s.name} value={s.name}>
                        {s.name}（{s.rowCount} 行）
                      </option>
                    ))}
                  </select>
                </label>
                <span className="import-muted">
                  表头在第 {preview.headerRow} 行，共 {preview.rowCount} 行数据
                </span>
                <button onClick={pick} disabled={busy || step === 'applying'}>
                  换一个文件…
                </button>
              </div>
              {preview.notes.map((n) => (
                <div key={n} className="banner banner-warn" role="status">
                  {n}
                </div>
              ))}
              <ImportCheckResult
                preview={preview}
                busy={busy}
                acceptRules={acceptRules}
                mappingShown={showMapping}
                onShowMapping={() => setShowMapping(true)}
                onAcceptRules={(accept) => {
                  setAcceptRules(accept);
                  void load(file, sheet, mapping, constants, accept);
                }}
              />
              <details open={showMapping} onToggle={(e) => setShowMapping(e.currentTarget.open)}>
                <summary>
                  列对应：{mappedFields.length} 个字段已对应到文件中的列
                  {showMapping ? '' : '（点击展开调整）'}
                </summary>
                {/* Built when unfolded: ~20 fields × every column as options cost the preview's first paint. */}
                {showMapping && (
                  <div className="import-mapping">
                    {preview.fields.map((f) => (
                      <label key={f.key} className={f.required ? 'required' : ''}>
                        <span>{f.label}</span>
                        <select
                          aria-label={`「${f.label}」对应的列`}
                          value={constants[f.key] !== undefined ? `=${constants[f.key]}` : (mapping[f.key] ?? '')}
                          disabled={busy || step === 'applying'}
                          onChange={(e) => {
                            // A column letter, （不导入）, or =值: one value for every row.
                            const v = e.target.value;
                            const nextConstants = { ...constants };
                            delete nextConstants[f.key];
                            if (v.startsWith('=')) nextConstants[f.key] = v.slice(1);
                            const next = { ...mapping, [f.key]: v && !v.startsWith('=') ? v : null };
                            setMapping(next);
                            setConstants(nextConstants);
                            void load(file, sheet, next, nextConstants);
                          }}
                        >
                          <option value="">（不导入）</option>
                          {preview.columns.map((c) => (
                            <option key={c.letter} value={c.letter}>
                              {c.letter} 列 {c.header}
                            </option>
                          ))}
                          {f.choices?.map((c) => (
                            <option key={`=${c}`} value={`=${c}`}>
                              全部填为「{c}」
                            </option>
                          ))}
                        </select>
                      </label>
                    ))}
                  </div>
                )}
              </details>
              <ImportPreviewTable
                preview={preview}
                mappedFields={mappedFields}
                mapping={mapping}
                constants={constants}
              />
              {preview.rowCount > preview.rows.length && (
                <div className="import-muted">
                  只显示前 {preview.rows.length} 行，导入时全部 {preview.rowCount} 行都会检查和写入。
                </div>
              )}
              {step === 'applying' && <ImportProgressBar progressKey={running} writes />}
            </>
          )}
          {step === 'done' && result && (
            <div className={undone ? 'banner banner-warn' : 'banner banner-ok'}>
              {undone
                ? `已撤销本次导入：数据已恢复到导入之前。`
                : `导入完成：新增 ${result.inserted} 行，更新 ${result.updated} 行（导入批次 ${result.batchId}；导入前已自动备份）。`}
            </div>
          )}
        </div>
        <div className="import-actions">
          <span className="spacer">{step === 'preview' && hasProblems ? '有问题时不能导入' : ''}</span>
          {step === 'done' && result && !undone && (
            <button onClick={undo} disabled={busy}>
              撤销本次导入
            </button>
          )}
          {(step === 'preview' || step === 'applying') && (
            <button
              className="primary"
              onClick={apply}
              disabled={busy || hasProblems || step === 'applying' || !preview?.rowCount}
            >
              {step === 'applying' ? '正在导入……' : `导入 ${preview?.rowCount ?? 0} 行`}
            </button>
          )}
          <button onClick={onClose} disabled={step === 'applying'}>
            {step === 'done' ? '完成' : '取消'}
          </button>
        </div>
      </div>
    </div>
  );
}
