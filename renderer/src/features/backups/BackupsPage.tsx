import './backups.css';

import { useEffect, useState } from 'react';

import type { BackupEntry, CheckReport } from '../../../../shared/api/backupCalls';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { saveOutput } from '../../platform/fileTransfer';
import { CheckReportView } from './CheckReportView';

function when(b: BackupEntry): string {
  return new Date(b.createdAt).toLocaleString('zh-CN');
}

function size(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

type Asking = { action: 'restore' | 'delete'; backup: BackupEntry } | null;

/**
 * 备份与恢复: every backup with why and when it was taken, each can be checked, restored (the current
 * state is backed up first, so a restore can be undone) or deleted; 数据库检查; 导出诊断信息.
 */
export function BackupsPage() {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [report, setReport] = useState<{ title: string; report: CheckReport } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  // Actions only (no subscription): the banner and the header's school name live in the app store.
  const showError = (e: unknown) => useAppStore.getState().showError(e);
  const showNotice = (text: string) => useAppStore.getState().showNotice(text);

  async function reload() {
    try {
      setBackups((await api('backup/list', {})).backups);
    } catch (e) {
      showError(e);
    }
  }
  useEffect(() => {
    let alive = true;
    api('backup/list', {})
      .then((r) => alive && setBackups(r.backups))
      .catch((e: unknown) => useAppStore.getState().showError(e));
    return () => {
      alive = false;
    };
  }, []);

  /** Runs one action with its button marked busy; errors go to the banner. */
  async function doing(key: string, work: () => Promise<void>) {
    setBusy(key);
    try {
      await work();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }

  const backupNow = () =>
    doing('create', async () => {
      const b = await api('backup/create', {});
      showNotice(`已备份（${when(b)}，${size(b.sizeBytes)}）。手动备份一直保留，直到您删除。`);
      await reload();
    });
  const checkDatabase = () =>
    doing('dbcheck', async () => setReport({ title: '数据库检查', report: await api('backup/checkDatabase', {}) }));
  const checkBackup = (b: BackupEntry) =>
    doing(`check:${b.id}`, async () =>
      setReport({ title: `检查备份：${when(b)}（${b.label}）`, report: await api('backup/check', { id: b.id }) }),
    );
  const exportDiagnostics = () =>
    doing('diag', async () => {
      const d = await api('backup/exportDiagnostics', {});
      if (await saveOutput(d.file))
        showNotice(`已导出诊断信息「${d.file.fileName}」。文件中没有个人信息，可以直接发给技术支持。`);
    });

  async function confirm(a: NonNullable<Asking>) {
    setAsking(null);
    await doing(`${a.action}:${a.backup.id}`, async () => {
      if (a.action === 'delete') {
        await api('backup/delete', { id: a.backup.id });
        showNotice(`已删除 ${when(a.backup)} 的备份`);
      } else {
        const r = await api('backup/restore', { id: a.backup.id });
        await useAppStore.getState().loadStatus();
        setReport(null);
        showNotice(
          `已恢复到 ${when(r.restored)} 的备份（${r.restored.label}）。恢复前的数据已备份为 ${when(r.previousState)} 的「${r.previousState.label}」，如需撤销，恢复那一份即可。`,
        );
      }
      await reload();
    });
  }

  return (
    <div className="page backups-page">
      <h1>备份与恢复</h1>
      <p className="backup-intro">
        申报通在升级数据结构、导入数据、恢复备份之前，以及每天第一次打开时，自动备份整个数据库（备份在数据文件夹的
        backups 文件夹中）。升级前的备份和手动备份一直保留，直到您删除；导入、恢复等操作前的备份保留最近 10
        份；每日备份保留 14 天。
      </p>
      <div className="backup-actions">
        <button className="primary" onClick={() => void backupNow()} disabled={busy !== null}>
          {busy === 'create' ? '正在备份……' : '立即备份'}
        </button>
        <button onClick={() => void checkDatabase()} disabled={busy !== null}>
          {busy === 'dbcheck' ? '正在检查……' : '数据库检查'}
        </button>
        <button onClick={() => void exportDiagnostics()} disabled={busy !== null}>
          {busy === 'diag' ? '正在导出……' : '导出诊断信息'}
        </button>
      </div>
      {report && <CheckReportView title={report.title} report={report.report} onClose={() => setReport(null)} />}
      {asking && (
        <ConfirmDialog
          title={asking.action === 'restore' ? '从这份备份恢复？' : '删除这份备份？'}
          confirmLabel={asking.action === 'restore' ? '恢复' : '删除'}
          danger
          onCancel={() => setAsking(null)}
          onConfirm={() => void confirm(asking)}
        >
          {asking.action === 'restore' ? (
            <p>
              用 {when(asking.backup)} 的备份（{asking.backup.label}
              ）替换现在的全部数据。恢复前会先把现在的数据备份为「恢复备份前」，
              如需撤销，再恢复那一份即可。恢复时请先关闭其他申报通窗口。
            </p>
          ) : (
            <p>
              删除 {when(asking.backup)} 的备份（{asking.backup.label}）。删除后无法再从它恢复。
              {asking.backup.kind === 'migration' && ' 这是升级数据结构之前的备份，是旧版本数据的唯一副本。'}
            </p>
          )}
        </ConfirmDialog>
      )}
      {!backups ? (
        <p className="backup-muted">正在读取……</p>
      ) : !backups.length ? (
        <p className="backup-muted">还没有备份。可以点「立即备份」。</p>
      ) : (
        <table className="backup-table">
          <thead>
            <tr>
              <th>时间</th>
              <th>原因</th>
              <th>学校</th>
              <th>数据结构</th>
              <th>大小</th>
              <th>保留</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id} data-backup={b.id}>
                <td>{when(b)}</td>
                <td>{b.label}</td>
                <td>{b.schoolName ?? <span className="backup-bad">无法读取</span>}</td>
                <td>{b.schemaVersion === null ? '—' : `版本 ${String(b.schemaVersion).padStart(4, '0')}`}</td>
                <td>{size(b.sizeBytes)}</td>
                <td className="backup-muted">{b.keep}</td>
                <td className="backup-row-actions">
                  <button onClick={() => void checkBackup(b)} disabled={busy !== null}>
                    {busy === `check:${b.id}` ? '正在检查……' : '检查'}
                  </button>
                  <button onClick={() => setAsking({ action: 'restore', backup: b })} disabled={busy !== null}>
                    {busy === `restore:${b.id}` ? '正在恢复……' : '恢复…'}
                  </button>
                  <button onClick={() => setAsking({ action: 'delete', backup: b })} disabled={busy !== null}>
                    删除…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
