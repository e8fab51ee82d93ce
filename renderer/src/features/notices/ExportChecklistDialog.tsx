import type { ExportChecklist } from '../../../../shared/packs/exportChecklist';
import { ConfirmDialog } from '../../app/ConfirmDialog';

const MAX_SHOWN = 12;

function List({ items }: { items: string[] }) {
  return (
    <ul className="ec-list">
      {items.slice(0, MAX_SHOWN).map((t) => (
        <li key={t}>{t}</li>
      ))}
      {items.length > MAX_SHOWN && <li>……等共 {items.length} 项</li>}
    </ul>
  );
}

/** What the notice requires that the application lacks, listed before an export; the user may go on. */
export function ExportChecklistDialog({
  checklist: c,
  onCancel,
  onConfirm,
}: {
  checklist: ExportChecklist;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const noEvidence = c.evidenceAsked && c.evidencePicked === 0;
  return (
    <ConfirmDialog
      title="导出前请核对：通知要求的以下内容还没有"
      confirmLabel="仍然导出"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <div className="ec-body" data-testid="export-checklist">
        {c.evidenceAsked && (noEvidence || c.evidenceMissing.length > 0) && (
          <section data-testid="ec-evidence">
            <h3>
              {noEvidence ? '没有选用任何佐证材料' : `${c.evidenceMissing.length} 处没有佐证材料`}
              {c.emptyPageCells > 0 && `：导出后 ${c.emptyPageCells} 个「佐证材料页码」格将空着`}
            </h3>
            <List items={c.evidenceMissing.map((p) => `${p.subject}${p.cells > 1 ? `（${p.cells} 格）` : ''}`)} />
            <p className="nl-muted">在申报的「佐证材料」页为各处选择文件，页码将自动填入。</p>
          </section>
        )}
        {c.requiredEmpty.length > 0 && (
          <section data-testid="ec-required">
            <h3>{c.requiredEmpty.length} 项必填内容没有填写</h3>
            <List items={c.requiredEmpty.map((f) => f.label)} />
          </section>
        )}
        {c.unconfirmed.length > 0 && (
          <section data-testid="ec-unconfirmed">
            <h3>{c.unconfirmed.length} 项申报条件尚未由学校确认</h3>
            <List items={c.unconfirmed.map((r) => `${r.id} ${r.label}`)} />
            <p className="nl-muted">在通知页的「条件检查」中回答。</p>
          </section>
        )}
        {c.unmet.length > 0 && (
          <section data-testid="ec-unmet">
            <h3>{c.unmet.length} 项申报条件按基础数据未达标</h3>
            <List items={c.unmet.map((r) => `${r.id} ${r.label}`)} />
          </section>
        )}
      </div>
    </ConfirmDialog>
  );
}
