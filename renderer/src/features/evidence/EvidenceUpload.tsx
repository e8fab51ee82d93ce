import { useEffect, useMemo, useState } from 'react';

import type { EvidenceItem } from '../../../../shared/api/evidenceCalls';
import type { DatasetDef, DatasetName } from '../../../../shared/datasets/datasetDefinition';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { chooseFile } from '../../platform/fileTransfer';
import { loadRecords, type RecordChoice } from './evidenceRecords';

/** The picker shows at most this many records; the filter narrows the 仪器设备 ledger's thousands. */
const SHOWN = 300;

/** 添加佐证材料: pick a data set (and year) and a record, then a PDF or image file. */
export function EvidenceUpload({
  defs,
  years,
  onAdded,
}: {
  defs: DatasetDef[];
  years: number[];
  onAdded: (item: EvidenceItem) => void;
}) {
  const [dataset, setDataset] = useState<DatasetName>('enterprises');
  const [chosenYear, setYear] = useState<number | undefined>(years[0]);
  // Until the user picks one, the year is the newest known (the list may arrive after the first render).
  const year = chosenYear ?? years[0];
  const [records, setRecords] = useState<RecordChoice[] | null>(null);
  const [filter, setFilter] = useState('');
  const [rowId, setRowId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { showError, showNotice } = useAppStore();
  const def = defs.find((d) => d.name === dataset);

  // A new data set or year: forget the old records and the picked one while the new ones load
  // (adjusted during render, as React recommends, rather than in the effect).
  const query = `${dataset}|${year ?? ''}`;
  const [recordsFor, setRecordsFor] = useState(query);
  if (recordsFor !== query) {
    setRecordsFor(query);
    setRecords(null);
    setRowId(null);
  }

  useEffect(() => {
    if (!def || (def.yearly && year === undefined)) return;
    let live = true;
    loadRecords(def, year).then(
      (rs) => {
        if (!live) return;
        setRecords(rs);
        if (rs.length === 1) setRowId(rs[0].id);
      },
      (e) => live && (setRecords([]), showError(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, year, def?.name]);

  const shown = useMemo(() => {
    const f = filter.trim();
    const all = records ?? [];
    return (f ? all.filter((r) => r.label.includes(f)) : all).slice(0, SHOWN);
  }, [records, filter]);
  const chosen = records?.find((r) => r.id === rowId);

  async function upload() {
    if (!def || rowId === null) return;
    try {
      const file = await chooseFile([{ name: 'PDF 或图片', extensions: ['pdf', 'jpg', 'jpeg', 'png'] }]);
      if (!file) return;
      setBusy(true);
      const item = await api('evidence/add', { dataset: def.name, rowId, file: file.token, note: note.trim() });
      showNotice(`已为「${chosen?.label ?? rowId}」添加佐证材料「${item.name}」`);
      setNote('');
      onAdded(item);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="ev-upload" aria-label="添加佐证材料">
      <h2>添加佐证材料</h2>
      <div className="ev-row">
        <label>
          数据集
          <select aria-label="数据集" value={dataset} onChange={(e) => setDataset(e.target.value as DatasetName)}>
            {defs.map((d) => (
              <option key={d.name} value={d.name}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        {def?.yearly && (
          <label>
            年度
            <select aria-label="年度" value={year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y} 年
                </option>
              ))}
            </select>
          </label>
        )}
        {!def?.single && (
          <label>
            查找记录
            <input
              aria-label="查找记录"
              value={filter}
              placeholder="输入名称中的字"
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
        )}
        <label className="ev-grow">
          记录
          <select
            aria-label="记录"
            value={rowId ?? ''}
            onChange={(e) => setRowId(e.target.value ? Number(e.target.value) : null)}
            disabled={!records}
          >
            <option value="">
              {records === null
                ? '正在读取……'
                : records.length
                  ? `请选择（共 ${records.length} 条${records.length > shown.length ? `，显示前 ${shown.length} 条，可输入查找` : ''}）`
                  : '此数据集还没有记录'}
            </option>
            {shown.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="ev-row">
        <label className="ev-grow">
          说明（可选）
          <input
            aria-label="说明"
            value={note}
            maxLength={500}
            placeholder="如：产教融合型企业认定文件"
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button className="primary" onClick={upload} disabled={busy || rowId === null}>
          {busy ? '正在上传……' : '选择文件并上传…'}
        </button>
      </div>
      <p className="ev-muted">可上传 PDF、JPG、PNG 文件，每个不超过 50 MB。同一文件只保存一份，可挂在多条记录上。</p>
    </section>
  );
}
