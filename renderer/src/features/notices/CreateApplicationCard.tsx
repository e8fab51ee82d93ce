import { useState } from 'react';

import type { Pack } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { EligibilityPanel } from './EligibilityPanel';
import { ParameterForm } from './ParameterForm';
import { useParameterChoice } from './useParameterChoice';

/** Choosing the parameters of a new application, with the eligibility check following the choice. */
export function CreateApplicationCard({ pack }: { pack: Pack }) {
  const go = useAppStore((s) => s.go);
  const choice = useParameterChoice(pack.id, true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    if (!choice.resolved) return;
    setBusy(true);
    setError(null);
    try {
      const { id } = await api('application/create', { packId: pack.id, params: choice.resolved.params });
      go({ page: 'application', applicationId: id });
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <>
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
          <button className="primary" disabled={busy || !choice.resolved} onClick={create}>
            {busy ? '正在创建…' : '新建申报'}
          </button>
        </div>
      </section>
      {pack.eligibility?.rules.length && choice.resolved ? (
        <section className="np-section">
          <h2>申报条件检查</h2>
          {pack.eligibility.overall?.text && <p className="nl-muted">{pack.eligibility.overall.text}</p>}
          <EligibilityPanel packId={pack.id} params={choice.resolved.params} mode="eligibility" />
        </section>
      ) : null}
    </>
  );
}
