import './bundles.css';

import { useEffect, useMemo, useRef, useState } from 'react';

import type { EvidenceItem } from '../../../../shared/api/evidenceCalls';
import type { Pack } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { evidenceKeysOfPack, evidencePageLimit, evidenceSubject } from './evidenceKeysOfPack';
import { groupPicks, moveItem, orderedPicks, pageSummary, type PickDraft, pickPages } from './evidencePickPlan';

/** One stored file offered for picking (a file linked to several records is offered once). */
interface FileChoice {
  hash: string;
  name: string;
  mime: string;
  pages: number | null;
  /** Where it is attached, e.g. 「合作企业及成员单位：协议」. */
  where: string;
}

function fileChoices(items: readonly EvidenceItem[], labels: Record<string, string>): FileChoice[] {
  const byHash = new Map<string, FileChoice>();
  for (const it of items) {
    const where = [labels[it.dataset] ?? it.dataset, it.note].filter(Boolean).join('：');
    const had = byHash.get(it.hash);
    if (had) {
      if (!had.where.includes(where)) had.where = `${had.where}；${where}`;
    } else byHash.set(it.hash, { hash: it.hash, name: it.name, mime: it.mime, pages: it.pages, where });
  }
  return [...byHash.values()];
}

function pagesText(p: Pick<PickDraft, 'pages' | 'mime' | 'name'>): string {
  const n = pickPages(p);
  return n === null ? '页数未知' : `${n} 页`;
}

/**
 * 佐证材料 of one application: for each 佐证材料页码 of the pack's forms, which stored files go into
 * the merged PDF and in what order; shows the page total against the notice's limit (e.g. 50 页)
 * and the page numbers each cell will show. Every change is saved at once (bundle/setEvidencePicks),
 * like the rest of the editor.
 */
export function EvidencePicksPanel({ applicationId, pack: givenPack }: { applicationId: number; pack?: Pack }) {
  const [pack, setPack] = useState<Pack | null>(givenPack ?? null);
  const [files, setFiles] = useState<FileChoice[] | null>(null);
  const [byKey, setByKey] = useState<Record<string, PickDraft[]>>({});
  const [saveState, setSaveState] = useState<'saved' | 'saving' | 'failed'>('saved');
  // The latest picks and the queue of saves: each change is saved in order, none overtakes another.
  const latest = useRef<Record<string, PickDraft[]>>({});
  const saves = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [onlyPicked, setOnlyPicked] = useState(false);

  // Load the pack, the stored files and the picks; an answer for an application no longer shown is dropped.
  useEffect(() => {
    let live = true;
    Promise.all([
      givenPack ? Promise.resolve(null) : api('application/get', { applicationId }),
      api('evidence/list', {}),
      api('dataset/definitions', {}),
      api('bundle/evidencePicks', { applicationId }),
    ])
      .then(([app, evidence, defs, picks]) => {
        if (!live) return;
        if (app) setPack(app.pack);
        const labels = Object.fromEntries(defs.map((d) => [d.name, d.label]));
        const choices = fileChoices(evidence.items, labels);
        const pagesOf = new Map(choices.map((c) => [c.hash, c.pages]));
        setFiles(choices);
        latest.current = groupPicks(picks.picks.map((p) => ({ ...p, pages: pagesOf.get(p.hash) ?? null })));
        setByKey(latest.current);
      })
      .catch((e: unknown) => live && setMessage({ ok: false, text: errorText(e) }));
    return () => {
      live = false;
    };
  }, [applicationId, givenPack]);

  const keys = useMemo(() => (pack ? evidenceKeysOfPack(pack) : []), [pack]);
  const limit = pack ? evidencePageLimit(pack) : undefined;
  const ordered = useMemo(
    () =>
      orderedPicks(
        byKey,
        keys.map((k) => k.key),
      ),
    [byKey, keys],
  );
  const summary = useMemo(() => pageSummary(ordered, limit), [ordered, limit]);
  const extraKeys = Object.keys(byKey).filter((k) => byKey[k].length && !keys.some((x) => x.key === k));

  function change(key: string, next: PickDraft[]) {
    latest.current = { ...latest.current, [key]: next };
    setByKey(latest.current);
    setMessage(null);
    const picks = orderedPicks(
      latest.current,
      keys.map((k) => k.key),
    ).map((p) => ({ evidenceKey: p.evidenceKey, hash: p.hash, title: p.title }));
    pending.current++;
    setSaveState('saving');
    saves.current = saves.current.then(async () => {
      try {
        await api('bundle/setEvidencePicks', { applicationId, picks });
        if (--pending.current === 0) setSaveState('saved');
      } catch (e) {
        pending.current--;
        setSaveState('failed');
        setMessage({ ok: false, text: `佐证材料选择未保存：${errorText(e)}` });
      }
    });
  }
  function add(key: string, hash: string) {
    const f = files?.find((x) => x.hash === hash);
    if (!f) return;
    change(key, [
      ...(byKey[key] ?? []),
      { evidenceKey: key, hash: f.hash, title: '', name: f.name, mime: f.mime, pages: f.pages },
    ]);
  }

  if (!pack || !files) return <div className="app-loading">{message?.text ?? '正在读取佐证材料…'}</div>;
  const rows = [
    ...keys,
    ...extraKeys.map((k) => ({ key: k, label: k, subject: `${evidenceSubject(k)}（通知包中已没有此项）` })),
  ].filter((k) => !onlyPicked || byKey[k.key]?.length);
  const used = new Set(ordered.map((p) => `${p.evidenceKey}:${p.hash}`));

  return (
    <section className="ep-panel" aria-label="佐证材料">
      <div className="ep-head">
        <h2>佐证材料</h2>
        <div
          className={summary.over ? 'ep-total over' : 'ep-total'}
          data-testid="evidence-total"
          role={summary.over ? 'alert' : undefined}
        >
          合计 {summary.total} 页{summary.indexPages > 0 && `（含目录索引约 ${summary.indexPages} 页）`}
          {limit !== undefined && ` / 上限 ${limit} 页`}
          {summary.over && limit !== undefined && `，超出 ${summary.total - limit} 页，导出时会被拒绝`}
          {summary.unknown > 0 && `；${summary.unknown} 个文件页数未知，按 1 页估算`}
        </div>
        <label className="fe-check">
          <input type="checkbox" checked={onlyPicked} onChange={(e) => setOnlyPicked(e.target.checked)} /> 只看已选
        </label>
        <span className={`ep-save ${saveState}`} role="status" data-testid="evidence-save-state">
          {saveState === 'saving'
            ? '正在保存…'
            : saveState === 'failed'
              ? '未保存'
              : `已保存（${ordered.length} 个材料）`}
        </span>
      </div>
      {message && (
        <div className={`banner ${message.ok ? 'banner-ok' : 'banner-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
      {!files.length && (
        <p className="bi-muted">材料库中还没有佐证材料。请先在「基础数据 → 佐证材料」中为记录上传 PDF 或图片。</p>
      )}
      <p className="bi-muted">
        导出时，各项材料按表中顺序合并成一个 PDF（前面是目录索引），每页加页码，并把页码填入表中的「佐证材料页码」栏。
      </p>
      <table className="ep-table" aria-label="佐证材料选择">
        <thead>
          <tr>
            <th>表中项目</th>
            <th>选用的材料（按合并顺序）</th>
            <th>预计页码</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => {
            const picks = byKey[k.key] ?? [];
            return (
              <tr key={k.key} data-key={k.key}>
                <th scope="row" title={k.label}>
                  {k.subject}
                </th>
                <td>
                  <ol className="ep-picks">
                    {picks.map((p, i) => (
                      <li key={`${p.hash}:${i}`}>
                        <span className="ep-no">{i + 1}.</span>
                        <span className="ep-name" title={p.name}>
                          {p.name}
                        </span>
                        <span className="bi-muted">{pagesText(p)}</span>
                        <button
                          className="ep-small"
                          aria-label={`上移 ${p.name}`}
                          disabled={i === 0}
                          onClick={() => change(k.key, moveItem(picks, i, -1))}
                        >
                          ↑
                        </button>
                        <button
                          className="ep-small"
                          aria-label={`下移 ${p.name}`}
                          disabled={i === picks.length - 1}
                          onClick={() => change(k.key, moveItem(picks, i, 1))}
                        >
                          ↓
                        </button>
                        <button
                          className="ep-small"
                          aria-label={`移除 ${p.name}`}
                          onClick={() =>
                            change(
                              k.key,
                              picks.filter((_, j) => j !== i),
                            )
                          }
                        >
                          移除
                        </button>
                      </li>
                    ))}
                  </ol>
                  {files.length > 0 && (
                    <select
                      aria-label={`为「${k.subject}」添加材料`}
                      value=""
                      onChange={(e) => add(k.key, e.target.value)}
                    >
                      <option value="">添加材料…</option>
                      {files.map((f) => (
                        <option key={f.hash} value={f.hash} disabled={used.has(`${k.key}:${f.hash}`)}>
                          {f.name}（{pagesText(f)}）{f.where ? ` — ${f.where}` : ''}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td className="ep-range">{summary.ranges[k.key] ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
