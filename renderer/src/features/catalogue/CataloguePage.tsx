import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../shared/api/contract';
import { describePlace } from '../../../../shared/api/apiError';
import { api, ApiCallError } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { bytesToBase64, chooseFile } from '../../platform/fileTransfer';
import { loadYears } from '../evidence/evidenceRecords';
import { CatalogueSearch } from './CatalogueSearch';
import { MajorMismatches } from './MajorMismatches';
import './catalogue.css';

type Info = OutputOf<'catalogue/info'>;
const LEVEL_ORDER = ['中职', '高职专科', '高职本科'];

/** 专业目录: which catalogue is loaded, search in it, load a newer one, and the 专业 that do not match. */
export function CataloguePage() {
  const [info, setInfo] = useState<Info | null>(null);
  const [years, setYears] = useState<number[]>([]);
  const [importing, setImporting] = useState(false);
  const [problems, setProblems] = useState<{ title: string; lines: string[] } | null>(null);
  const [version, setVersion] = useState(0);
  const { showError, showNotice } = useAppStore();

  useEffect(() => {
    api('catalogue/info', {}).then(setInfo, showError);
    loadYears().then(setYears, () => setYears([]));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function importFile() {
    const file = await chooseFile([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    if (!file) return;
    setImporting(true);
    setProblems(null);
    try {
      const next = await api('catalogue/import', { fileName: file.name, dataBase64: bytesToBase64(file.data) });
      setInfo(next);
      setVersion((v) => v + 1);
      showNotice(`已导入专业目录「${file.name}」，共 ${Object.values(next.counts).reduce((a, b) => a + b, 0)} 个专业；导入前已自动备份。`);
    } catch (e) {
      // Every bad cell with its sheet, row and column; nothing was imported.
      const details = e instanceof ApiCallError ? (e.error.details ?? []) : [];
      const lines = details.map((d) => {
        const place = describePlace(d.where);
        return place ? `${place}：${d.message}` : d.message;
      });
      setProblems({ title: errorText(e), lines });
    } finally {
      setImporting(false);
    }
  }

  const levels = info ? [...LEVEL_ORDER.filter((l) => l in info.counts), ...Object.keys(info.counts).filter((l) => !LEVEL_ORDER.includes(l))] : [];
  return (
    <div className="page cat-page">
      <h1>专业目录</h1>
      <section className="cat-section" aria-label="已加载的目录">
        <div className="cat-row">
          <h2>已加载的目录</h2>
          <button onClick={importFile} disabled={importing}>
            {importing ? '正在导入……' : '导入新版目录…'}
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
        <p className="cat-muted">新版目录为 Excel 文件，表头含「层次」「专业代码」「专业名称」「专业大类」「专业类」；有任何错误时整个文件都不导入。</p>
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
      <CatalogueSearch />
      <MajorMismatches years={years} version={version} />
    </div>
  );
}
