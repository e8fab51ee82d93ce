import { useState } from 'react';

import type { ApplicationSummary } from '../../../../shared/api/applicationCalls';
import type { Pack } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { quotaText } from './quotaText';

/**
 * 复制申报 (e.g. for next year's round): a new title and, when the notice has a 统计年度, the year
 * moved on by one. The quota warning, if any, is said before; the user may still go on.
 */
export function DuplicateDialog({
  pack,
  app,
  count,
  onClose,
  onDone,
}: {
  pack: Pack;
  app: ApplicationSummary;
  count: number;
  onClose: () => void;
  onDone: () => Promise<void> | void;
}) {
  const showError = useAppStore((st) => st.showError);
  const showNotice = useAppStore((st) => st.showNotice);
  const yearParam = pack.parameters.find((p) => p.type === 'year');
  const oldYear = yearParam ? Number(app.params[yearParam.key]) : NaN;
  const [title, setTitle] = useState(`${app.title}（副本）`);
  const [year, setYear] = useState(Number.isFinite(oldYear) ? String(oldYear + 1) : '');
  const warning = quotaText(pack, count);

  async function copy() {
    try {
      const params = yearParam && year.trim() ? { [yearParam.key]: Number(year) } : undefined;
      const r = await api('application/duplicate', { applicationId: app.id, title: title.trim(), params });
      showNotice(`已复制为「${title.trim()}」（编号 ${r.id}）`);
      await onDone();
    } catch (e) {
      showError(e);
    }
  }

  return (
    <ConfirmDialog title="复制申报" confirmLabel="复制" onCancel={onClose} onConfirm={() => void copy()}>
      <p>复制「{app.title}」：填写的内容、佐证材料的选用和确认一并复制，导出记录不复制。</p>
      {warning && (
        <p className="banner banner-warn" role="alert">
          {warning}
        </p>
      )}
      <label className="dd-row">
        新申报的名称
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      {yearParam && (
        <label className="dd-row">
          {yearParam.label}
          <input value={year} inputMode="numeric" onChange={(e) => setYear(e.target.value)} />
        </label>
      )}
    </ConfirmDialog>
  );
}
