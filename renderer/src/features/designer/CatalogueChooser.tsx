// 「从目录选择」: every figure the base data can give, searchable by the words forms use; choosing
// one asks which 合作企业 / year it is about, then binds the field.
import { useMemo, useState } from 'react';

import { type CatalogueEntry, SCOPE_LABELS, type ScopeRef } from '../../../../shared/drafting/catalogue/catalogueEntry';
import type { BindingOffer } from '../../../../shared/drafting/draftTypes';
import { offerFromEntry } from './packEdits';

const SCOPE_CHOICES: { value: string; label: string; ref: ScopeRef }[] = [
  { value: 'school', label: '学校', ref: { scope: 'school' } },
  { value: 'enterprise1', label: '合作企业（1）', ref: { scope: 'enterprise', index: 1 } },
  { value: 'enterprise2', label: '合作企业（2）', ref: { scope: 'enterprise', index: 2 } },
  { value: 'enterprise3', label: '合作企业（3）', ref: { scope: 'enterprise', index: 3 } },
  { value: 'major', label: SCOPE_LABELS.major, ref: { scope: 'major' } },
  { value: 'group', label: SCOPE_LABELS.group, ref: { scope: 'group' } },
  { value: 'centre', label: SCOPE_LABELS.centre, ref: { scope: 'centre' } },
];

const PERIOD_NOTE: Record<CatalogueEntry['period'], string> = {
  当前: '现有',
  统计年度: '统计年度',
  指定年度: '可选年度',
  近N年: '近 N 年',
};

function matches(e: CatalogueEntry, q: string): boolean {
  if (!q) return true;
  const words = [e.label, ...e.synonyms, e.group, e.source, ...(e.keywords ?? []).flat()].join(' ');
  return q
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => words.includes(w));
}

export function CatalogueChooser({
  catalogue,
  unit,
  wantTable,
  initialQuery,
  onChoose,
  onCancel,
}: {
  catalogue: CatalogueEntry[];
  unit?: string;
  wantTable: boolean;
  initialQuery: string;
  onChoose: (offer: BindingOffer) => void;
  onCancel: () => void;
}) {
  const [q, setQ] = useState(initialQuery);
  const [picked, setPicked] = useState<CatalogueEntry | null>(null);
  const [scope, setScope] = useState('school');
  const [year, setYear] = useState('');
  const [years, setYears] = useState('');
  const list = useMemo(
    () => catalogue.filter((e) => (e.type === 'table') === wantTable && matches(e, q.trim())).slice(0, 80),
    [catalogue, q, wantTable],
  );
  const scopes = picked ? SCOPE_CHOICES.filter((s) => picked.scopes.includes(s.ref.scope)) : [];

  function choose() {
    if (!picked) return;
    const ref = (scopes.find((s) => s.value === scope) ?? scopes[0]).ref;
    const y = /^\d{4}$/.test(year) ? Number(year) : undefined;
    const n = /^\d{1,2}$/.test(years) ? Number(years) : undefined;
    onChoose(offerFromEntry({ entry: picked, ref, year: y, years: n }, unit));
  }

  return (
    <div className="dz-chooser" role="dialog" aria-label="从目录选择数据来源">
      <div className="dz-chooser-head">
        <input
          autoFocus
          type="search"
          placeholder="输入表上的字样，如 在校生、双师型、仪器设备、获奖"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPicked(null);
          }}
          aria-label="搜索字段目录"
        />
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
      {!picked && (
        <ul className="dz-chooser-list">
          {list.length === 0 && <li className="dz-muted">目录中没有这样的项目。可以不绑定，由填表人填写。</li>}
          {list.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                onClick={() => {
                  setPicked(e);
                  setScope(SCOPE_CHOICES.find((s) => e.scopes.includes(s.ref.scope))?.value ?? 'school');
                }}
              >
                <span className="dz-entry-label">{e.label}</span>
                <span className="dz-entry-meta">
                  {e.group} · {e.unit ? `${e.unit} · ` : ''}
                  {PERIOD_NOTE[e.period]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {picked && (
        <div className="dz-chooser-pick">
          <div>
            <strong>{picked.label}</strong>（{picked.source}）
          </div>
          {scopes.length > 1 && (
            <label>
              指的是
              <select value={scope} onChange={(e) => setScope(e.target.value)}>
                {scopes.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {(picked.period === '指定年度' || picked.period === '统计年度') && (
            <label>
              年度
              <input
                value={year}
                placeholder="留空＝申报时选的统计年度"
                inputMode="numeric"
                onChange={(e) => setYear(e.target.value.trim())}
              />
            </label>
          )}
          {picked.period === '近N年' && (
            <label>
              近几年
              <input
                value={years}
                placeholder={String(picked.years ?? 3)}
                onChange={(e) => setYears(e.target.value.trim())}
              />
            </label>
          )}
          <div className="dz-chooser-actions">
            <button type="button" className="primary" onClick={choose}>
              绑定到此字段
            </button>
            <button type="button" onClick={() => setPicked(null)}>
              重新选择
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
