// 通知信息: what the notice page and the pre-export checklist show — 文号 (may be empty), title,
// issuers, dates, level, and what to hand in (copies, 盖章, electronic copy, where to send it).
import type { PackInput, PackSubmission } from '../../../../shared/packs/packSchema';
import { LabeledInput } from './LabeledInput';
import type { DesignPack } from './packEdits';

const LEVELS: PackInput['level'][] = ['国家', '省', '市', '县'];

export function NoticeFactsEditor({ pack, onEdit }: { pack: DesignPack; onEdit: (next: DesignPack) => void }) {
  const sub: PackSubmission = { items: [], ...(pack.submission ?? {}) };
  const item = sub.items[0] ?? { what: '申报材料' };
  const setSub = (change: Partial<PackSubmission>, itemChange?: Partial<PackSubmission['items'][number]>) => {
    const items = itemChange ? [{ ...item, ...itemChange }, ...sub.items.slice(1)] : sub.items;
    onEdit({ ...pack, submission: { ...sub, ...change, items } });
  };
  const set = (change: Partial<DesignPack>) => onEdit({ ...pack, ...change });
  const date = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  const list = (t: string) =>
    t
      .split(/[、,，]/)
      .map((x) => x.trim())
      .filter(Boolean);
  return (
    <section className="dz-facts" aria-label="通知信息" data-testid="notice-facts">
      <h2>通知信息</h2>
      <p className="dz-muted">起草时从通知正文读出的内容，请逐项核对；通知页面和导出前的检查清单显示这些信息。</p>
      <LabeledInput
        label="通知编号（英文）"
        value={pack.id}
        onChange={(t) => set({ id: t.toLowerCase().replace(/[^a-z0-9-]/g, '') })}
      />
      <LabeledInput
        label="文号（可不填）"
        value={pack.docNo}
        placeholder="如 教职成〔2024〕346号"
        onChange={(t) => set({ docNo: t })}
      />
      <LabeledInput label="标题" value={pack.title} onChange={(t) => set({ title: t })} />
      <LabeledInput
        label="发文单位"
        value={pack.issuers.join('、')}
        placeholder="多个单位用、分隔"
        onChange={(t) => set({ issuers: list(t) })}
      />
      <LabeledInput label="级别">
        <select
          value={pack.level}
          onChange={(e) => set({ level: e.target.value as PackInput['level'] })}
          aria-label="级别"
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </LabeledInput>
      <LabeledInput label="发文日期" type="date" value={pack.issueDate} onChange={(t) => set({ issueDate: date(t) })} />
      <LabeledInput label="截止日期" type="date" value={pack.deadline} onChange={(t) => set({ deadline: date(t) })} />
      <h3>报送要求</h3>
      <LabeledInput
        label="纸质份数"
        numeric
        value={item.copies}
        onChange={(t) => {
          const n = Number(t);
          setSub({}, { copies: Number.isInteger(n) && n > 0 ? n : undefined, paper: n > 0 ? true : item.paper });
        }}
      />
      <label className="dz-check">
        <input
          type="checkbox"
          checked={!!item.seal}
          onChange={(e) => setSub({}, { seal: e.target.checked || undefined })}
        />
        纸质材料须加盖公章
      </label>
      <label className="dz-check">
        <input
          type="checkbox"
          checked={!!item.electronic}
          onChange={(e) => setSub({}, { electronic: e.target.checked || undefined })}
        />
        同时提交电子版
      </label>
      <LabeledInput label="电子版邮箱" value={sub.email} onChange={(t) => setSub({ email: t || undefined })} />
      <LabeledInput label="报送单位" value={sub.recipient} onChange={(t) => setSub({ recipient: t || undefined })} />
      <LabeledInput label="报送地址" value={sub.address} onChange={(t) => setSub({ address: t || undefined })} />
      <LabeledInput
        label="截止时间原文"
        value={sub.deadlineText}
        onChange={(t) => setSub({ deadlineText: t || undefined })}
      />
      <LabeledInput label="通知摘要">
        <textarea
          value={pack.summary ?? ''}
          rows={5}
          onChange={(e) => set({ summary: e.target.value || undefined })}
          aria-label="通知摘要"
        />
      </LabeledInput>
    </section>
  );
}
