// One notice: summary and attachments; for an application notice the parameters to create an
// application and the eligibility check; for a notice of targets the self-check and its task list.
import './notices.css';

import { useCallback, useEffect, useState } from 'react';

import type { ApplicationSummary } from '../../../../shared/api/applicationCalls';
import type { TrashedApplicationView } from '../../../../shared/api/applicationCalls';
import type { EligibilityReport } from '../../../../shared/packs/checkEligibility';
import type { Pack, TableBlock } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { AudienceNote } from '../welcome/AudienceNote';
import { ApplicationList } from './ApplicationList';
import { CreateApplicationCard } from './CreateApplicationCard';
import { DeadlineText } from './DeadlineText';
import { DeletedApplications } from './DeletedApplications';
import { EligibilityPanel } from './EligibilityPanel';
import { FixedTable } from './FixedTable';
import { chineseDate, KIND_LABEL } from './noticeLabels';
import { NoticeRequirements } from './NoticeRequirements';
import { ProjectTypesTable } from './ProjectTypesTable';

interface NoticeData {
  pack: Pack;
  apps: ApplicationSummary[];
  trash: TrashedApplicationView[];
  daysLeft: number | null;
}

export function NoticePage({ packId }: { packId: string }) {
  const go = useAppStore((s) => s.go);
  const [data, setData] = useState<NoticeData | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The check shown in 通知要求对照: the one being made below (new application or self-check).
  const [report, setReport] = useState<EligibilityReport | null>(null);
  // Bumped after a change (rename, copy, delete, restore) to read the lists again.
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    Promise.all([
      api('pack/get', { packId }),
      api('application/list', { packId }),
      api('application/trash', { packId }),
      api('pack/list', {}),
    ]).then(
      ([p, apps, trash, list]) =>
        live && setData({ pack: p.pack, apps, trash, daysLeft: list.find((x) => x.id === packId)?.daysLeft ?? null }),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [packId, version]);

  if (error) return <div className="banner banner-error">{error}</div>;
  if (!data) return <div className="app-loading">正在读取通知…</div>;
  const { pack } = data;
  return (
    <div className="page np-page">
      <button className="link np-back" onClick={() => go({ page: 'notices' })}>
        ← 通知库
      </button>
      <div className="np-head">
        <span className={`kind-badge kind-${pack.kind}`}>{KIND_LABEL[pack.kind]}</span>
        <h1>{pack.docNo}</h1>
      </div>
      <div className="np-title">{pack.title}</div>
      <dl className="nl-meta">
        <dt>发文单位</dt>
        <dd>{pack.issuers.join('、')}</dd>
        {pack.issueDate && (
          <>
            <dt>发文日期</dt>
            <dd>{chineseDate(pack.issueDate)}</dd>
          </>
        )}
        <dt>截止日期</dt>
        <dd>
          <DeadlineText deadline={pack.deadline} daysLeft={data.daysLeft} />
        </dd>
        {pack.forms.length > 0 && (
          <>
            <dt>附件</dt>
            <dd>{pack.forms.map((f) => `${f.attachment ? `${f.attachment} ` : ''}${f.title}`).join('；')}</dd>
          </>
        )}
      </dl>
      <AudienceNote openTo={pack.openTo} />
      {pack.summary && (
        <section className="np-section">
          <h2>通知要点</h2>
          <p className="np-summary">{pack.summary}</p>
        </section>
      )}
      <section className="np-section">
        <h2>通知要求对照</h2>
        <p className="nl-muted">通知要求学校满足或报送的每一项，以及申报通如何处理它。</p>
        <NoticeRequirements pack={pack} report={report} />
      </section>
      {pack.projectTypes?.length ? (
        <section className="np-section">
          <h2>项目类型与名额</h2>
          <ProjectTypesTable types={pack.projectTypes} />
        </section>
      ) : null}
      {pack.kind === 'application' && (
        <>
          <section className="np-section">
            <h2>本校申报</h2>
            <ApplicationList pack={pack} apps={data.apps} onChanged={reload} />
          </section>
          <CreateApplicationCard pack={pack} existing={data.apps.length} onReport={setReport} />
          {data.trash.length > 0 && (
            <section className="np-section">
              <h2>已删除的申报</h2>
              <DeletedApplications trash={data.trash} onChanged={reload} />
            </section>
          )}
        </>
      )}
      {pack.kind === 'selfCheck' && (
        <>
          {pack.eligibility?.rules.length ? (
            <section className="np-section">
              <h2>对照自查（按基础数据计算）</h2>
              <EligibilityPanel packId={pack.id} params={{}} mode="selfCheck" onReport={setReport} />
            </section>
          ) : null}
          {pack.forms.map((f) => (
            <section key={f.id} className="np-section">
              <h2>{f.title}</h2>
              {f.blocks
                .filter((b): b is TableBlock => b.type === 'table')
                .map((b, i) => (
                  <FixedTable key={i} block={b} />
                ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
