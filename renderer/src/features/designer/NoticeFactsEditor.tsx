// 通知信息: what the notice page and the pre-export checklist show — 文号 (may be empty), title,
// issuers, dates, level, and what to hand in (copies, 盖章, electronic copy, where to send it).
import type { PackInput, PackSubmission } from '../../../../shared/packs/packSchema';
import type { DesignPack } from './packEdits';

const LEVELS: PackInput['level'][] = ['国家', '省', '市', '县'];

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="dz-row">
      {label}
      {children}
    </label>
  );
}

export function NoticeFactsEditor({ pack, onEdit }: { pack: DesignPack; onEdit: (next: DesignPack) => void }) {
  const sub: PackSubmission = { items: [], ...(pack.submission ?? {}) };
  const item = sub.items[0] ?? { what: '申报材料' };
  const setSub = (change: Partial<PackSubmission>, itemChange?: Partial<PackSubmission['items'][number]>) => {
    const items = itemChange ? [{ ...item, ...itemChange }, ...sub.items.slice(1)] : sub.items;
    onEdit({ ...pack, submission: { ...sub, ...change, items } });
  };
  const set = (change: Partial<DesignPack>) => onEdit({ ...pack, ...change });
  const date = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  return (
    <section className="dz-facts" aria-label="通知信息" data-testid="notice-facts">
      <h2>通知信息</h2>
      <p className="dz-muted">起草时从通知正文读出的内容，请逐项核对；通知页面和导出前的检查清单显示这些信息。</p>
      <Row label="通知编号（英文）">
        <input
          value={pack.id}
          onChange={(e) => set({ id: e.target.value.toLowerCase().replace(/[^a-z0-9-]/g, '') })}
          aria-label="通知编号"
        />
      </Row>
      <Row label="文号（可不填）">
        <input
          value={pack.docNo ?? ''}
          placeholder="如 教职成〔2024〕346号"
          onChange={(e) => set({ docNo: e.target.value })}
          aria-label="文号"
        />
      </Row>
      <Row label="标题">
        <input value={pack.title} onChange={(e) => set({ title: e.target.value })} aria-label="通知标题" />
      </Row>
      <Row label="发文单位">
        <input
          value={pack.issuers.join('、')}
          placeholder="多个单位用、分隔"
          onChange={(e) =>
            set({
              issuers: e.target.value
                .split(/[、,，]/)
                .map((x) => x.trim())
                .filter(Boolean),
            })
          }
          aria-label="发文单位"
        />
      </Row>
      <Row label="级别">
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
      </Row>
      <Row label="发文日期">
        <input
          type="date"
          value={pack.issueDate ?? ''}
          onChange={(e) => set({ issueDate: date(e.target.value) })}
          aria-label="发文日期"
        />
      </Row>
      <Row label="截止日期">
        <input
          type="date"
          value={pack.deadline ?? ''}
          onChange={(e) => set({ deadline: date(e.target.value) })}
          aria-label="截止日期"
        />
      </Row>
      <h3>报送要求</h3>
      <Row label="纸质份数">
        <input
          value={item.copies ?? ''}
          inputMode="numeric"
          onChange={(e) => {
            const n = Number(e.target.value);
            setSub({}, { copies: Number.isInteger(n) && n > 0 ? n : undefined, paper: n > 0 ? true : item.paper });
          }}
          aria-label="纸质份数"
        />
      </Row>
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
      <Row label="电子版邮箱">
        <input
          value={sub.email ?? ''}
          onChange={(e) => setSub({ email: e.target.value || undefined })}
          aria-label="电子版邮箱"
        />
      </Row>
      <Row label="报送单位">
        <input
          value={sub.recipient ?? ''}
          onChange={(e) => setSub({ recipient: e.target.value || undefined })}
          aria-label="报送单位"
        />
      </Row>
      <Row label="报送地址">
        <input
          value={sub.address ?? ''}
          onChange={(e) => setSub({ address: e.target.value || undefined })}
          aria-label="报送地址"
        />
      </Row>
      <Row label="截止时间原文">
        <input
          value={sub.deadlineText ?? ''}
          onChange={(e) => setSub({ deadlineText: e.target.value || undefined })}
          aria-label="截止时间原文"
        />
      </Row>
      <Row label="通知摘要">
        <textarea
          value={pack.summary ?? ''}
          rows={5}
          onChange={(e) => set({ summary: e.target.value || undefined })}
          aria-label="通知摘要"
        />
      </Row>
    </section>
  );
}
