// A data set as an Excel-like grid, for any definition of shared/datasets: yearly sets show the
// 统计年度 chosen in the top bar; toolbar (新增行, 删除, 撤销, 搜索, Excel import/export), autosave
// status, catalogue auto-fill for 专业 cells, and a question before leaving with unsaved drafts.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import { findDataset } from '../../../../shared/datasets/datasetRegistry';
import { useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { catalogueEdits, catalogueSuggestions } from '../catalogue/catalogueFill';
import { useCatalogue } from '../catalogue/catalogueStore';
import { DataGrid, type DataGridHandle } from '../grid/DataGrid';
import type { CellEdit } from '../grid/gridEdits';
import type { GridRow } from '../grid/gridRow';
import type { Suggest } from '../grid/useCellEditor';
import { DatasetExcelButtons } from '../imports/DatasetExcelButtons';
import { RecordForm } from './RecordForm';
import { SaveStatus } from './SaveStatus';
import { useStatYear } from './statYearStore';
import { useDatasetEditor } from './useDatasetEditor';
import { useDatasetView } from './useDatasetView';
import { useLeaveGuard } from './useLeaveGuard';

export function DatasetPage({ name }: { name: string }) {
  const def = findDataset(name);
  if (!def || def.single) return <div className="banner banner-error">没有这个数据集：{name}</div>;
  return <DatasetEditorView key={def.name} def={def} />;
}

function DatasetEditorView({ def }: { def: DatasetDef }) {
  const statYear = useStatYear((s) => s.year);
  const year = def.yearly ? statYear : undefined;
  const { view, error: viewError } = useDatasetView(def);
  const catalogue = useCatalogue(def.fields.some((f) => f.catalogue));
  const fields = view?.def.fields;
  const enrich = useCallback(
    (edits: readonly CellEdit[], rows: readonly GridRow[]) => catalogueEdits(edits, rows, fields ?? [], catalogue),
    [fields, catalogue],
  );
  const suggest = useMemo<Suggest | undefined>(
    () => (catalogue ? (field, typed) => catalogueSuggestions(catalogue, field, typed) : undefined),
    [catalogue],
  );
  const editor = useDatasetEditor(def.yearly && year === undefined ? null : view, year, { enrich });
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [detailKey, setDetailKey] = useState<string | null>(null);
  const grid = useRef<DataGridHandle | null>(null);
  const showNotice = useAppStore((s) => s.showNotice);
  const leaveDialog = useLeaveGuard(
    editor.unsaved
      ? `「${def.label}」${def.yearly && year ? `（${year} 年度）` : ''}有 ${editor.unsaved} 行修改还不能保存（红色单元格，或必填项未填完的新行）`
      : null,
  );

  const onSelectRows = useCallback((keys: string[]) => setSelected(keys), []);
  const selectedStored = useMemo(() => {
    const set = new Set(selected);
    return editor.rows.filter((r) => set.has(r.key));
  }, [selected, editor.rows]);
  const ruleRows = useMemo(() => editor.rows.filter((r) => r.ruleErrors).length, [editor.rows]);
  const warningCount = editor.warnings.size;
  const detailRow = detailKey ? editor.rows.find((r) => r.key === detailKey) : undefined;
  const detailIndex = detailKey ? editor.rows.findIndex((r) => r.key === detailKey) : -1;

  useEffect(() => {
    if (!editor.loading) performance.mark('dataset-ready');
  }, [editor.loading]);

  return (
    <div className="page ds-page" data-dataset={def.name}>
      <div className="ds-title">
        <h1>{def.label}</h1>
        {def.yearly && year !== undefined && <span className="ds-title-year">{year} 年度</span>}
        {def.description && <span className="ds-desc">{def.description}</span>}
      </div>
      <div className="ds-toolbar" role="toolbar" aria-label={`${def.label}工具栏`}>
        <button
          onClick={() => {
            const [key] = editor.addRows(1);
            setTimeout(() => grid.current?.focusRow(key), 0);
          }}
          disabled={editor.loading}
        >
          新增行
        </button>
        <button onClick={() => setConfirmDelete(true)} disabled={!selectedStored.length}>
          删除{selectedStored.length > 1 ? ` ${selectedStored.length} 行` : ''}
        </button>
        <button
          onClick={editor.undo}
          disabled={!editor.undoLabel}
          title={editor.undoLabel ? `撤销上一次${editor.undoLabel}（Ctrl+Z）` : '没有可撤销的操作'}
        >
          撤销{editor.undoLabel ? `${editor.undoLabel}` : ''}
        </button>
        <button
          onClick={editor.redo}
          disabled={!editor.redoLabel}
          title={editor.redoLabel ? `重做${editor.redoLabel}（Ctrl+Y）` : '没有可重做的操作'}
        >
          重做
        </button>
        <button onClick={() => selected[0] && setDetailKey(selected[0])} disabled={!selected.length}>
          详情
        </button>
        <span className="sep" />
        <input
          className="ds-search"
          type="search"
          placeholder="搜索全部列…"
          aria-label="搜索"
          value={search}
          onChange={(e) => {
            performance.mark('grid-filter-start');
            setSearch(e.target.value);
          }}
        />
        <span className="sep" />
        {(!def.yearly || year !== undefined) && (
          <DatasetExcelButtons
            dataset={def.name}
            year={def.yearly ? year : undefined}
            datasetLabel={def.label}
            onChanged={() => void editor.reload()}
          />
        )}
        <SaveStatus state={editor.saveState} unsaved={editor.unsaved} message={editor.saveMessage} />
      </div>
      {editor.saveMessage && (
        <div className="banner banner-error ds-save-error" role="alert">
          {editor.saveMessage}
        </div>
      )}
      {ruleRows > 0 && (
        <div className="banner banner-warn" role="status">
          有 {ruleRows} 行的数据彼此不符（红色单元格，如 金额 ≠ 单价 ×
          数量）：改正其中的数；确属如此时，选中该单元格，在表格下方点「接受为例外」。
        </div>
      )}
      {warningCount > 0 && (
        <div className="banner banner-warn" role="status">
          有 {warningCount}{' '}
          个专业的代码或名称与《职业教育专业目录（2021年）》不一致（黄色单元格），申报材料须使用目录中的名称，请核对。
        </div>
      )}
      {viewError || editor.loadError ? (
        <div className="banner banner-error">{viewError ?? editor.loadError}</div>
      ) : !view || (editor.loading && !editor.rows.length) ? (
        <div className="app-loading">正在读取「{def.label}」…</div>
      ) : (
        <DataGrid
          label={def.label}
          fields={view.def.fields}
          rows={editor.rows}
          structure={editor.structure}
          search={search}
          warnings={editor.warnings}
          onEdit={editor.edit}
          onUndo={editor.undo}
          onRedo={editor.redo}
          onSelectRows={onSelectRows}
          handleRef={grid}
          suggest={suggest}
          rules={view.def.rules}
          onException={editor.setException}
        />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={`删除 ${selectedStored.length} 行？`}
          confirmLabel="删除"
          danger
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            editor.deleteRows(new Set(selectedStored.map((r) => r.key)));
            setConfirmDelete(false);
            showNotice(`已删除 ${selectedStored.length} 行，可点击「撤销」恢复`);
            grid.current?.focus();
          }}
        >
          <p>
            将从「{def.label}」中删除选中的 {selectedStored.length} 行
            {selectedStored.length <= 3 &&
              `（${selectedStored.map((r) => String(r.values[def.fields[0].key] ?? '空行')).join('、')}）`}
            。
          </p>
          <p className="ds-desc">
            附在这些记录上的佐证材料会一并移除。离开本页之前点「撤销」，记录连同佐证材料一起恢复。
          </p>
        </ConfirmDialog>
      )}
      {detailRow && view && (
        <div
          className="ds-dialog-backdrop"
          role="presentation"
          onKeyDown={(e) => e.key === 'Escape' && setDetailKey(null)}
        >
          <div className="ds-dialog" role="dialog" aria-modal="true" aria-label={`${def.label}详情`}>
            <h2>
              {def.label} · 第 {detailIndex + 1} 条
            </h2>
            <RecordForm
              fields={view.def.fields}
              row={detailRow}
              idPrefix="detail"
              onCommit={(texts) => editor.edit(texts.map((t) => ({ row: detailIndex, field: t.field, text: t.text })))}
            />
            <div className="ds-dialog-actions">
              <button className="primary" onClick={() => setDetailKey(null)}>
                完成
              </button>
            </div>
          </div>
        </div>
      )}
      {leaveDialog}
    </div>
  );
}
