import './evidence.css';

import { useEffect, useMemo, useState } from 'react';

import type { EvidenceItem } from '../../../../shared/api/evidenceCalls';
import type { DatasetDef, DatasetName } from '../../../../shared/datasets/datasetDefinition';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { useConfirmedAction } from '../../app/useConfirmedAction';
import { loadDefinitions } from '../datasets/loadDefinitions';
import { EvidencePreview } from './EvidencePreview';
import { formatBytes, loadRecordLabels, loadYears } from './evidenceRecords';
import { EvidenceUpload } from './EvidenceUpload';

const KIND: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG 图片', 'image/png': 'PNG 图片' };

/** 佐证材料: every file attached to a record, by data set and record, with upload, preview and remove. */
export function EvidencePage() {
  const [defs, setDefs] = useState<DatasetDef[]>([]);
  const [years, setYears] = useState<number[]>([]);
  const [items, setItems] = useState<EvidenceItem[] | null>(null);
  const [filter, setFilter] = useState<DatasetName | ''>('');
  const [labels, setLabels] = useState<Record<string, Map<number, string>>>({});
  const [preview, setPreview] = useState<EvidenceItem | null>(null);
  const { showError } = useAppStore();

  const listItems = async () => (await api('evidence/list', filter ? { dataset: filter } : {})).items;
  async function reload() {
    try {
      setItems(await listItems());
    } catch (e) {
      showError(e);
    }
  }
  useEffect(() => {
    loadDefinitions().then(setDefs, showError);
    loadYears().then(setYears, () => setYears([]));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    let live = true;
    listItems().then((list) => live && setItems(list), showError);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  // Name the records of each data set that has files (read once per data set).
  const needed = useMemo(
    () => [...new Set((items ?? []).map((i) => i.dataset))].filter((d) => !labels[d]),
    [items, labels],
  );
  useEffect(() => {
    if (!defs.length || !needed.length) return;
    for (const name of needed) {
      const def = defs.find((d) => d.name === name);
      if (!def) continue;
      loadRecordLabels(def, years).then(
        (m) => setLabels((old) => ({ ...old, [name]: m })),
        () => setLabels((old) => ({ ...old, [name]: new Map() })),
      );
    }
  }, [needed, defs, years]);

  const labelOf = (d: string) => defs.find((x) => x.name === d)?.label ?? d;
  const recordOf = (i: EvidenceItem) =>
    labels[i.dataset]?.get(i.rowId) ?? (labels[i.dataset] ? `第 ${i.rowId} 条（已删除）` : '……');
  const rows = useMemo(
    () =>
      [...(items ?? [])].sort(
        (a, b) =>
          labelOf(a.dataset).localeCompare(labelOf(b.dataset), 'zh-CN') || a.rowId - b.rowId || a.linkId - b.linkId,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, defs],
  );

  const removal = useConfirmedAction<EvidenceItem>({
    idOf: (i) => i.linkId,
    question: (i) => ({
      title: '移除佐证材料？',
      body: (
        <p>
          从「{recordOf(i)}」上移除佐证材料「{i.name}」。
        </p>
      ),
      confirmLabel: '移除',
    }),
    async run(i) {
      await api('evidence/remove', { linkId: i.linkId });
      if (preview?.linkId === i.linkId) setPreview(null);
      return `已移除「${i.name}」`;
    },
    after: reload,
  });

  return (
    <div className="page ev-page">
      <h1>佐证材料</h1>
      {removal.dialog}
      {defs.length > 0 && (
        <EvidenceUpload
          defs={defs}
          years={years}
          onAdded={(item) => {
            setLabels((old) => {
              const { [item.dataset]: _stale, ...rest } = old;
              return rest;
            });
            void reload();
          }}
        />
      )}
      <div className="ev-row ev-list-head">
        <h2>已添加的材料{items ? `（${items.length} 个）` : ''}</h2>
        <label>
          按数据集筛选
          <select
            aria-label="按数据集筛选"
            value={filter}
            onChange={(e) => setFilter(e.target.value as DatasetName | '')}
          >
            <option value="">全部数据集</option>
            {defs.map((d) => (
              <option key={d.name} value={d.name}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!items ? (
        <p className="ev-muted">正在读取……</p>
      ) : !items.length ? (
        <p className="ev-muted">还没有佐证材料。在上方选择数据集和记录，再上传 PDF 或图片。</p>
      ) : (
        <table className="ev-table" aria-label="佐证材料列表">
          <thead>
            <tr>
              <th>数据集</th>
              <th>记录</th>
              <th>文件</th>
              <th>类型</th>
              <th>大小</th>
              <th>页数</th>
              <th>说明</th>
              <th>添加时间</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr
                key={i.linkId}
                data-testid={`evidence-${i.linkId}`}
                className={preview?.linkId === i.linkId ? 'ev-current' : undefined}
              >
                <td>{labelOf(i.dataset)}</td>
                <td>{recordOf(i)}</td>
                <td title={`SHA-256 ${i.hash}`}>{i.name}</td>
                <td className="ev-nowrap">{KIND[i.mime] ?? i.mime}</td>
                <td className="ev-num">{formatBytes(i.size)}</td>
                <td className="ev-num">{i.pages ?? ''}</td>
                <td>{i.note}</td>
                <td className="ev-nowrap">{new Date(i.createdAt).toLocaleString('zh-CN')}</td>
                <td className="ev-actions">
                  <button onClick={() => setPreview(i)}>预览</button>
                  <button onClick={() => removal.ask(i)} disabled={removal.busyId !== null}>
                    {removal.busyId === i.linkId ? '正在移除……' : '移除'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && <EvidencePreview key={preview.linkId} item={preview} onClose={() => setPreview(null)} />}
    </div>
  );
}
