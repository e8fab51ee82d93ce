import { useState } from 'react';

import type { ChosenFile } from '../../../../shared/api/callFields';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { chooseFile } from '../../platform/fileTransfer';
import { PackageSummary } from './PackageSummary';
import { RefusedNotice } from './RefusedNotice';
import { megabytes } from './schoolPackageTransfer';

type Checked = Awaited<ReturnType<typeof api<'schoolPackage/inspect'>>>;
type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'ready'; token: string; checked: Checked }
  | { kind: 'done'; schoolName: string; backupPath: string | null; warnings: string[] };

/**
 * 从学校数据包恢复: the chosen package is read by the core where it lies and verified completely
 * (every file's hash, the database's integrity and version) before anything is shown; restoring
 * over a school asks first and is backed up first; the core replaces all or nothing.
 */
export function SchoolPackageRestore() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const busy = step.kind === 'busy';

  async function choose() {
    // The package checked before is let go once another is chosen (cancelling the dialog keeps it).
    const previous = step.kind === 'ready' ? step.token : null;
    const letGo = () => {
      if (previous) void api('schoolPackage/discard', { token: previous }).catch(() => undefined);
    };
    let picked: ChosenFile | null;
    try {
      picked = await chooseFile([{ name: '申报通学校数据包', extensions: ['sbtdata'] }], {
        onUpload: (f) => setStep({ kind: 'busy', text: `正在读取「${f.name}」（${megabytes(f.size)}）…` }),
      });
    } catch (e) {
      letGo();
      setStep({ kind: 'refused', fileName: '所选文件', message: errorText(e) });
      return;
    }
    if (!picked) return;
    letGo();
    try {
      // The core reads the package where it lies: nothing of it passes through this window.
      setStep({ kind: 'busy', text: `正在校验「${picked.name}」的每个文件和数据库…` });
      const { token } = await api('schoolPackage/receive', { file: picked.token });
      setStep({ kind: 'ready', token, checked: await api('schoolPackage/inspect', { token }) });
    } catch (e) {
      setStep({ kind: 'refused', fileName: picked.name, message: errorText(e) });
    }
  }

  async function restore() {
    if (step.kind !== 'ready') return;
    setConfirming(false);
    const { token, checked } = step;
    setStep({ kind: 'busy', text: '正在恢复…' });
    try {
      const r = await api('schoolPackage/restore', { token, replace: checked.current.holdsData });
      setStep({ kind: 'done', schoolName: r.schoolName, backupPath: r.backupPath, warnings: r.warnings });
      // The header (and, on first run, the whole window) now shows the restored school.
      const app = useAppStore.getState();
      await app.loadStatus();
      app.showNotice(`已从学校数据包恢复「${r.schoolName}」`);
    } catch (e) {
      setStep({ kind: 'refused', fileName: checked.fileName, message: errorText(e) });
    }
  }

  const ready = step.kind === 'ready' ? step : null;
  return (
    <div className="sp-restore">
      <div className="bi-actions">
        <button className={step.kind === 'idle' ? 'primary' : ''} onClick={() => void choose()} disabled={busy}>
          {step.kind === 'idle' ? '选择学校数据包（.sbtdata）…' : '重新选择…'}
        </button>
        {step.kind === 'busy' && (
          <span className="bi-muted" role="status">
            {step.text}
          </span>
        )}
      </div>
      {step.kind === 'refused' && (
        <RefusedNotice
          heading={`未恢复「${step.fileName}」`}
          message={step.message}
          unchanged="现有数据没有任何改动。"
          testId="school-package-refused"
        />
      )}
      {ready && (
        <>
          <p className="bi-verified" data-testid="school-package-verified">
            ✔「{ready.checked.fileName}」中每个文件的 SHA-256 与清单一致，数据库完整性检查通过
          </p>
          <PackageSummary summary={ready.checked} />
          <div className="bi-confirm">
            <button className="primary" onClick={() => setConfirming(true)}>
              {ready.checked.current.holdsData ? '用数据包替换现有学校…' : '恢复这所学校'}
            </button>
            <span className="bi-muted">
              {ready.checked.current.holdsData
                ? `将替换${ready.checked.current.schoolName ? `「${ready.checked.current.schoolName}」` : '现有学校'}的全部数据，替换前自动备份。`
                : '恢复到本机的数据文件夹。'}
            </span>
          </div>
        </>
      )}
      {ready && confirming && (
        <ConfirmDialog
          title={ready.checked.current.holdsData ? '替换现有学校的全部数据？' : '恢复学校数据？'}
          confirmLabel={ready.checked.current.holdsData ? '备份后替换' : '恢复'}
          danger={ready.checked.current.holdsData}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void restore()}
        >
          <p>
            {ready.checked.current.holdsData
              ? `当前学校${ready.checked.current.schoolName ? `「${ready.checked.current.schoolName}」` : ''}的全部基础数据、申报和导入记录将被数据包中「${ready.checked.school.name}」的数据替换。替换前会自动备份当前数据库，需要时可从备份恢复。`
              : `将把「${ready.checked.school.name}」的全部数据恢复到本机。`}
          </p>
        </ConfirmDialog>
      )}
      {step.kind === 'done' && (
        <div className="bi-done" role="status" data-testid="school-package-restored">
          <h3>已恢复「{step.schoolName}」</h3>
          {step.backupPath && <p className="bi-muted">替换前的数据库已备份到：{step.backupPath}</p>}
          {step.warnings.map((w, i) => (
            <p key={i} className="bi-muted">
              注意：{w}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
