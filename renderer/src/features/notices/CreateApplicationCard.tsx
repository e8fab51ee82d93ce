import { useState } from 'react';

import type { EligibilityReport } from '../../../../shared/packs/checkEligibility';
import type { Pack } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { EligibilityPanel } from './EligibilityPanel';
import { ParameterForm } from './ParameterForm';
import { quotaText } from './quotaText';
import { useParameterChoice } from './useParameterChoice';

/** Choosing the parameters of a new application, with the eligibility check following the choice. */
export function CreateApplicationCard({
  pack,
  existing,
  onReport,
}: {
  pack: Pack;
  /** How many applications the school already has for this notice (for the quota warning). */
  existing: number;
  onReport?: (report: EligibilityReport) => void;
}) {
  const go = useAppStore((st) => st.go);
  const showNotice = useAppStore((st) => st.showNotice);
  const choice = useParameterChoice(pack.id, true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);

  async function create() {
    if (!choice.resolved) return;
    setAsking(null);
    setBusy(true);
    setError(null);
    try {
      const { id, warnings } = await api('application/create', { packId: pack.id, params: choice.resolved.params });
      go({ page: 'application', applicationId: id });
      if (warnings.length) showNotice(`已新建申报。${warnings.join(' ')}`);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  function start() {
    // Over the notice's quota: say it in the notice's words, and let the user go on.
    const warning = quotaText(pack, existing);
    if (warning) setAsking(warning);
    else void create();
  }

  return (
    <>
      {asking && (
        <ConfirmDialog
          title="超出通知规定的名额"
          confirmLabel="仍然新建"
          onCancel={() => setAsking(null)}
          onConfirm={() => void create()}
        >
          <p data-testid="quota-warning">{asking}</p>
          <p className="nl-muted">可以先多建几份比较，报送前删除不用的；删除的申报可恢复。</p>
        </ConfirmDialog>
      )}
      <section className="np-section">
        <h2>新建申报</h2>
        {pack.parameters.length > 0 && (
          <p className="nl-muted">先选择本次申报的参数，表格将按所选专业、专业群和合作企业从基础数据自动填写。</p>
        )}
        {choice.error && <div className="banner banner-error">{choice.error}</div>}
        {error && (
          <div className="banner banner-error" role="alert">
            {error}
          </div>
        )}
        {choice.resolved ? (
          <ParameterForm
            pack={pack}
            resolved={choice.resolved}
            onChange={choice.setParam}
            idPrefix={`new-${pack.id}`}
          />
        ) : (
          !choice.error && <div className="app-loading">正在读取可选项…</div>
        )}
        <div className="np-actions">
          <button className="primary" disabled={busy || !choice.resolved} onClick={start}>
            {busy ? '正在创建…' : '新建申报'}
          </button>
        </div>
      </section>
      {pack.eligibility?.rules.length && choice.resolved ? (
        <section className="np-section">
          <h2>申报条件检查</h2>
          {pack.eligibility.overall?.text && <p className="nl-muted">{pack.eligibility.overall.text}</p>}
          <p className="nl-muted">在这里回答的确认会带入新建的申报。</p>
          <EligibilityPanel packId={pack.id} params={choice.resolved.params} mode="eligibility" onReport={onReport} />
        </section>
      ) : null}
    </>
  );
}
