import './catalogue.css';

import { useEffect, useState } from 'react';

import type { ChosenFile } from '../../../../shared/api/callFields';
import type { OutputOf } from '../../../../shared/api/contract';
import { placedLine } from '../../../../shared/api/describePlace';
import { api, ApiCallError } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { chooseFile } from '../../platform/fileTransfer';
import { loadYears } from '../evidence/evidenceRecords';
import { CatalogueSearch } from './CatalogueSearch';
import { forgetCatalogue } from './catalogueStore';
import { MajorMismatches } from './MajorMismatches';

type Info = OutputOf<'catalogue/info'>;
const LEVEL_ORDER = ['中职', '高职专科', '高职本科'];

/** 专业目录: which catalogue is loaded, search in it, load a newer one, and the 专业 that do not match. */
export function CataloguePage() {
  const [info, setInfo] = useState<Info | null>(null);
  const [years, setYears] = useState<number[]>([]);
  const [importing, setImporting] = useState(false);
  const [problems, setProblems] = useState<{ title: string; lines: string[] } | null>(null);
  const [version, setVersion] = useState(0);
  const [confirm, setConfirm] = useState<'replace' | 'restore' | null>(null);
  const { showError, showNotice } = useAppStore();

  useEffect(() => {
    api('catalogue/info', {}).then(setInfo, showError);
    loadYears().then(setYears, () => setYears([]));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function importFile(mode: 'merge' | 'replace') {
    setConfirm(null);
    let file: ChosenFile | null;
    try {
      file = await chooseFile([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    } catch (e) {
      showError(e);
      return;
    }
    if (!file) return;
    setImporting(true);
    setProblems(null);
    try {
      const next = await api('catalogue/import', { file: file.token, mode });
      setInfo(next);
      setVersion((v) => v + 1);
      // The grids fill 专业名称 from the catalogue held in the window: read the new one on next use.
      forgetCatalogue();
      const total = Object.values(next.counts).reduce((a, b) => a + b, 0);
      showNotice(
        mode === 'merge'
          ? `已从「${file.name}」增补专业目录：新增 ${next.added} 个、更正 ${next.updated} 个，目录现有 ${total} 个专业；导入前已自动备份。`
          : `已用「${file.name}」替换专业目录，共 ${total} 个专业；导入前已自动备份。`,
      );
    } catch (e) {
      // Every bad cell with its sheet, row and column; nothing was imported.
      const details = e instanceof ApiCallError ? (e.error.details ?? []) : [];
      const lines = details.map((d) => placedLine(d.message, d.where));
      setProblems({ title: errorText(e), lines });
    } finally {
      setImporting(false);
    }
  }

  async function restore() {
    setConfirm(null);
    setImporting(true);
    try {
      setInfo(await api('catalogue/restoreShipped', {}));
      setVersion((v) => v + 1);
      forgetCatalogue();
      showNotice('已恢复随程序提供的《职业教育专业目录（2021年）》；恢复前已自动备份。');
    } catch (e) {
      showError(e);
    } finally {
      setImporting(false);
    }
  }

  const levels = info
    ? [
        ...LEVEL_ORDER.filter((l) => l in info.counts),
        ...Object.keys(info.counts).filter((l) => !LEVEL_ORDER.includes(l)),
      ]
    : [];
  return (
    <div className="page cat-page">
      <h1>专业目录</h1>
      <section className="cat-section" aria-label="已加载的目录">
        <div className="cat-row">
          <h2>已加载的目录</h2>
          <button
            onClick={() => void importFile('merge')}
            disabled={importing}
            title="文件中的专业加入目录（代码相同的更正名称），目录中其余专业保留"
          >
            {importing ? '正在导入……' : '增补专业目录…'}
          </button>
          <button
            onClick={() => setConfirm('replace')}
            disabled={importing}
            title="文件是完整的新目录：原目录全部换成文件中的专业"
          >
            整体替换目录…
          </button>
          <button onClick={() => setConfirm('restore')} disabled={importing}>
            恢复 2021 年目录
          </button>
        </div>
        {!info ? (
          <p className="cat-muted">正在读取……</p>
        ) : (
          <div className="cat-info">
            <dl className="cat-meta">
              <dt>来源</dt>
              <dd data-testid="catalogue-source">{info.source}</dd>
              <dt>加载时间</dt>
              <dd>{new Date(info.loadedAt).toLocaleString('zh-CN')}</dd>
            </dl>
            <table className="cat-table" aria-label="各层次专业数">
              <thead>
                <tr>
                  <th>层次</th>
                  <th>专业数</th>
                </tr>
              </thead>
              <tbody>
                {levels.map((l) => (
                  <tr key={l}>
                    <td>{l}</td>
                    <td className="cat-num">{info.counts[l]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="cat-muted">
          目录文件为 Excel
          工作簿，表头含「层次」「专业代码」「专业名称」「专业大类」「专业类」。教育部每年公布的增补专业用「增补专业目录」加入；
          只有文件是完整的新版目录时才用「整体替换目录」。有任何错误时整个文件都不导入，导入前自动备份。
        </p>
        {problems && (
          <div role="alert" className="cat-alert">
            <div className="banner banner-error">{problems.title}</div>
            {problems.lines.length > 0 && (
              <ul className="cat-problems">
                {problems.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      {confirm === 'replace' && (
        <ConfirmDialog
          title="整体替换专业目录？"
          confirmLabel="选择完整目录文件…"
          danger
          onCancel={() => setConfirm(null)}
          onConfirm={() => void importFile('replace')}
        >
          <p>
            原目录中的全部专业将换成文件中的专业。如果文件只是增补的几个专业，请改用「增补专业目录」，否则其余专业都会被标为「不在目录中」。
          </p>
        </ConfirmDialog>
      )}
      {confirm === 'restore' && (
        <ConfirmDialog
          title="恢复 2021 年专业目录？"
          confirmLabel="恢复"
          onCancel={() => setConfirm(null)}
          onConfirm={() => void restore()}
        >
          <p>
            目录将恢复为随程序提供的《职业教育专业目录（2021年）》，之后增补或替换的内容不再保留（恢复前自动备份数据库）。
          </p>
        </ConfirmDialog>
      )}
      <CatalogueSearch />
      <MajorMismatches years={years} version={version} />
    </div>
  );
}
