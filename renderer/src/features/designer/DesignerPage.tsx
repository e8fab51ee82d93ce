// 从通知附件新建 / 通知包设计器: choose the notice's attachments, see the draft as the printed form
// with every field highlighted, fix what the drafter guessed, set the notice's facts, save the pack
// to the library or export it; re-open a library pack later.
import './designer.css';

import { useEffect, useMemo, useState } from 'react';

import type { ChosenFile } from '../../../../shared/api/callFields';
import type { PackSummary } from '../../../../shared/api/packCalls';
import { FIELD_TYPE_LABELS } from '../../../../shared/drafting/draftTypes';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { chooseFiles, saveOutput } from '../../platform/fileTransfer';
import { DesignerForm } from './DesignerForm';
import { fieldState } from './FieldChip';
import { FieldInspector } from './FieldInspector';
import { LegacySaveAs } from './LegacySaveAs';
import { NoticeFactsEditor } from './NoticeFactsEditor';
import { acceptAllOffers } from './packEdits';
import { type Designer, useDesigner } from './useDesigner';

const ATTACHMENT_TYPES = [
  { name: '通知附件（Word、WPS、Excel）', extensions: ['docx', 'doc', 'wps', 'xlsx', 'xls', 'et'] },
];

function StartScreen({ d }: { d: Designer }) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [library, setLibrary] = useState<PackSummary[]>([]);
  useEffect(() => {
    api('pack/list', {}).then(
      (l) => setLibrary(l.filter((p) => p.kind !== 'programme')),
      () => setLibrary([]),
    );
  }, []);
  const legacy = d.needsSaveAs ? files.find((f) => f.name === d.needsSaveAs) : undefined;
  async function add() {
    let chosen: ChosenFile[];
    try {
      chosen = await chooseFiles(ATTACHMENT_TYPES);
    } catch (e) {
      d.setError(errorText(e));
      return;
    }
    // A file chosen again under the same name replaces the earlier one.
    if (chosen.length) setFiles((list) => [...list.filter((x) => !chosen.some((f) => f.name === x.name)), ...chosen]);
  }
  return (
    <div className="page dz-start">
      <h1>从通知附件新建</h1>
      <p>
        选择通知的附件（申报书、申请表的 Word 文件；汇总表的 Excel
        文件；可以是多个文件），申报通按附件的样子起草通知包：
        表格、合并单元格、字体和页面设置照原样保留，要填写的地方成为字段，能从基础数据取得的自动绑定。
      </p>
      <p className="dz-muted">
        .doc、.wps 等旧格式在装有 LibreOffice 的电脑上会自动转换；没有 LibreOffice 时，请先在 WPS 或 Word
        中「另存为」.docx。
      </p>
      <div className="dz-files">
        <button type="button" onClick={() => void add()} data-testid="add-attachment">
          添加附件文件…
        </button>
        <ul>
          {files.map((f) => (
            <li key={f.name}>
              {f.name}（{Math.max(1, Math.round(f.size / 1024))} KB）
              <button type="button" className="link" onClick={() => setFiles((l) => l.filter((x) => x !== f))}>
                移除
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="primary"
          disabled={!files.length || !!d.busy}
          onClick={() => void d.draft(files)}
          data-testid="draft-button"
        >
          {d.busy ?? '起草通知包'}
        </button>
      </div>
      {d.error && (
        <div className="banner banner-error" role="alert">
          {d.error}
        </div>
      )}
      {legacy && <LegacySaveAs file={legacy} />}
      {library.length > 0 && (
        <section className="dz-library">
          <h2>在设计器中打开通知库中的通知包</h2>
          <ul>
            {library.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => void d.reopen(p.id)}>
                  {p.docNo || '（无文号）'} {p.title}
                </button>
                {p.origin === 'seed' && <span className="dz-muted">（自带，另存时请改用新的通知编号）</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Toolbar({ d }: { d: Designer }) {
  // Store actions never change; reading them when used keeps this component off store updates.
  const showNotice = (text: string) => useAppStore.getState().showNotice(text);
  const go = (route: { page: string; packId: string }) => useAppStore.getState().go(route);
  const pack = d.pack!;
  const counts = useMemo(() => {
    const s = { bound: 0, offered: 0, computed: 0, open: 0 };
    for (const f of pack.fields) s[fieldState(f, d.notes[f.key])]++;
    return s;
  }, [pack, d.notes]);
  const evidence = pack.fields.filter((f) => f.evidenceRequired).length;

  async function save() {
    d.setBusy('正在保存到通知库…');
    try {
      const r = await api('pack/save', { pack });
      d.setDirty(false);
      showNotice(`已保存到通知库：${r.docNo ? `${r.docNo} ` : ''}${r.title}`);
    } catch (e) {
      d.setError(errorText(e));
    } finally {
      d.setBusy(null);
    }
  }
  async function exportFile() {
    try {
      if (await saveOutput(await api('pack/toFile', { pack }))) showNotice('已导出通知包文件');
    } catch (e) {
      d.setError(errorText(e));
    }
  }
  return (
    <div className="dz-toolbar">
      <div className="dz-summary" data-testid="designer-summary">
        {pack.forms.length} 张表单 · {pack.fields.length} 个字段（已绑定 {counts.bound}，待确认 {counts.offered}
        ，自动计算 {counts.computed}，由填表人填写 {counts.open}）· 需佐证材料 {evidence}
        {d.dirty && <span className="dz-unsaved">（有未保存的修改）</span>}
      </div>
      <div className="dz-actions">
        <button type="button" onClick={d.undo} disabled={!d.canUndo}>
          撤销
        </button>
        <button
          type="button"
          disabled={!counts.offered}
          onClick={() => {
            const r = acceptAllOffers(pack, d.notes);
            d.edit(r.pack, r.notes);
            showNotice(`已采用 ${r.applied} 个建议的数据绑定`);
          }}
          data-testid="accept-all"
        >
          全部采用建议（{counts.offered}）
        </button>
        <button
          type="button"
          onClick={() => d.select(d.selected === '#facts' ? null : '#facts')}
          data-testid="open-facts"
        >
          通知信息
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          disabled={!!d.busy}
          data-testid="save-pack"
        >
          保存到通知库
        </button>
        <button type="button" onClick={() => void exportFile()}>
          导出通知包文件
        </button>
        <button type="button" onClick={() => go({ page: 'notice', packId: pack.id })} disabled={d.dirty}>
          查看通知
        </button>
      </div>
    </div>
  );
}

function Problems({ d }: { d: Designer }) {
  const problems = d.preview && !d.preview.ok ? d.preview.problems : [];
  const unread = d.summary?.unread ?? [];
  if (!problems.length && !unread.length && !d.converted.length) return null;
  return (
    <div className="dz-problems">
      {d.converted.map((c) => (
        <div key={c.fileName} className="dz-muted">
          已用 LibreOffice 转换 {c.fileName}（{c.from}）后读取。
        </div>
      ))}
      {unread.map((u) => (
        <div key={u} className="dz-muted">
          {u}
        </div>
      ))}
      {problems.length > 0 && (
        <div className="banner banner-error" role="alert">
          通知包还有 {problems.length} 处要修改才能保存：
          <ol>
            {problems.slice(0, 8).map((p, i) => (
              <li key={i}>
                {p.place}：{p.message}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

function ParamBar({ d }: { d: Designer }) {
  const p = d.preview;
  if (!p?.ok || !d.pack?.parameters?.length) return null;
  return (
    <div className="dz-params">
      试算用本校数据：{p.schoolName || '（还没有学校数据）'}
      {d.pack.parameters.map((param) => (
        <label key={param.key}>
          {param.label}
          <select
            value={String(d.params[param.key] ?? p.params[param.key] ?? '')}
            onChange={(e) => d.setParams({ ...d.params, [param.key]: e.target.value })}
          >
            {(p.paramOptions[param.key] ?? []).map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}

export function DesignerPage({ packId }: { packId?: string }) {
  const d = useDesigner();
  const { reopen } = d;
  useEffect(() => {
    if (packId) void reopen(packId);
  }, [packId, reopen]);
  const fields = useMemo(() => new Map((d.pack?.fields ?? []).map((f) => [f.key, f])), [d.pack]);
  if (!d.pack) return <StartScreen d={d} />;
  const pack = d.pack;
  const form = pack.forms.find((f) => f.id === d.formId) ?? pack.forms[0];
  const selectedField = d.selected && d.selected !== '#facts' ? fields.get(d.selected) : undefined;
  return (
    <div className="page dz-page">
      <div className="dz-head">
        <h1>通知包设计器</h1>
        <span className="dz-muted">{pack.title}</span>
      </div>
      <Toolbar d={d} />
      {d.error && (
        <div className="banner banner-error" role="alert">
          {d.error}
          <button type="button" onClick={() => d.setError(null)}>
            关闭
          </button>
        </div>
      )}
      <Problems d={d} />
      <ParamBar d={d} />
      <div className="dz-tabs" role="tablist">
        {pack.forms.map((f) => (
          <button
            key={f.id}
            role="tab"
            aria-selected={f.id === form?.id}
            className={f.id === form?.id ? 'dz-tab active' : 'dz-tab'}
            onClick={() => d.setFormId(f.id)}
            title={`${f.attachment ? `${f.attachment} ` : ''}${f.title}`}
          >
            {f.attachment ? `${f.attachment} ` : ''}
            {f.title.length > 24 ? `${f.title.slice(0, 23)}…` : f.title}
            {f.kind === 'sheet' ? '（Excel 表）' : ''}
            {f.orientation === 'landscape' ? '（横版）' : ''}
          </button>
        ))}
      </div>
      <div className="dz-body">
        <div className="dz-canvas" onClick={() => d.select(null)}>
          {form ? (
            <DesignerForm
              form={form}
              chips={{
                fields,
                notes: d.notes,
                preview: d.preview?.ok ? d.preview.values : {},
                selected: d.selected,
                onSelect: d.select,
              }}
            />
          ) : (
            <div className="dz-muted">附件中没有找到表单。</div>
          )}
          <div className="dz-legend">
            <span className="dz-chip dz-chip-bound">已绑定</span>
            <span className="dz-chip dz-chip-offered">待确认</span>
            <span className="dz-chip dz-chip-computed">自动计算</span>
            <span className="dz-chip dz-chip-open">填表人填写</span>
            <span className="dz-muted">点击一个字段修改它的类型、名称、单位、数据来源</span>
          </div>
        </div>
        {d.selected === '#facts' ? (
          <aside className="dz-inspector">
            <NoticeFactsEditor pack={pack} onEdit={(p) => d.edit(p)} />
          </aside>
        ) : selectedField ? (
          <FieldInspector
            key={selectedField.key}
            pack={pack}
            field={selectedField}
            note={d.notes[selectedField.key]}
            preview={d.preview?.ok ? d.preview.values[selectedField.key] : undefined}
            catalogue={d.catalogue}
            onEdit={(p) => d.edit(p)}
            onDeselect={() => d.select(null)}
          />
        ) : (
          <aside className="dz-inspector dz-muted">
            <p>点击表上的字段查看和修改。</p>
            <p>
              字段按类型：
              {Object.entries(
                pack.fields.reduce<Record<string, number>>((m, f) => ({ ...m, [f.type]: (m[f.type] ?? 0) + 1 }), {}),
              )
                .map(([t, n]) => `${FIELD_TYPE_LABELS[t] ?? t} ${n}`)
                .join('、')}
            </p>
          </aside>
        )}
      </div>
    </div>
  );
}
