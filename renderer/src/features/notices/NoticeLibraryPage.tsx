// 通知库: every notice with its 文号, issuer, deadline and days left, kind, and the school's
// applications for it; programme notices list their project types and quotas.
import './notices.css';

import { useCallback, useEffect, useState } from 'react';

import type { ApplicationSummary } from '../../../../shared/api/applicationCalls';
import type { PackSummary } from '../../../../shared/api/packCalls';
import type { Pack } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { ApplicationLinks } from './ApplicationLinks';
import { DeadlineText } from './DeadlineText';
import { ImportPackButton } from './ImportPackButton';
import { chineseDate, KIND_LABEL } from './noticeLabels';
import { ProjectTypesTable } from './ProjectTypesTable';

interface LibraryData {
  packs: PackSummary[];
  apps: ApplicationSummary[];
  projectTypes: Record<string, NonNullable<Pack['projectTypes']>>;
}

const KIND_ORDER = { application: 0, selfCheck: 1, programme: 2 } as const;

/** Notices to act on first (申报类), then 自查, then programme notices; newest first within each. */
function byKindThenDeadline(a: PackSummary, b: PackSummary): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (b.issueDate ?? '').localeCompare(a.issueDate ?? '');
}

async function loadLibrary(): Promise<LibraryData> {
  const [packs, apps] = await Promise.all([api('pack/list', {}), api('application/list', {})]);
  const projectTypes: LibraryData['projectTypes'] = {};
  await Promise.all(
    packs
      .filter((p) => p.kind === 'programme')
      .map(async (p) => {
        projectTypes[p.id] = (await api('pack/get', { packId: p.id })).pack.projectTypes ?? [];
      }),
  );
  return { packs: [...packs].sort(byKindThenDeadline), apps, projectTypes };
}

export function NoticeLibraryPage() {
  const { go, showNotice } = useAppStore();
  const [data, setData] = useState<LibraryData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    loadLibrary().then(setData, (e) => setError(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  if (error) return <div className="banner banner-error">{error}</div>;
  if (!data) return <div className="app-loading">正在读取通知库…</div>;
  return (
    <div className="page nl-page">
      <div className="nl-head">
        <h1>通知库</h1>
        <button onClick={() => go({ page: 'designer' })} data-testid="new-from-attachment">
          从通知附件新建
        </button>
        <ImportPackButton
          onImported={(name) => {
            showNotice(`已导入通知「${name}」`);
            reload();
          }}
        />
      </div>
      <p className="nl-muted">收到新的申报通知时，导入该通知的通知包（.json 文件），无需升级软件。</p>
      <div className="nl-list">
        {data.packs.map((p) => (
          <section key={p.id} className="nl-card" data-testid={`notice-${p.id}`}>
            <div className="nl-card-head">
              <span className={`kind-badge kind-${p.kind}`}>{KIND_LABEL[p.kind]}</span>
              <button className="link nl-docno" onClick={() => go({ page: 'notice', packId: p.id })}>
                {p.docNo || '（无文号）'}
              </button>
              {p.origin === 'imported' && <span className="nl-tag">导入</span>}
            </div>
            <div className="nl-title">{p.title}</div>
            <dl className="nl-meta">
              <dt>发文单位</dt>
              <dd>
                {p.issuers.join('、')}（{p.level}级）
              </dd>
              {p.issueDate && (
                <>
                  <dt>发文日期</dt>
                  <dd>{chineseDate(p.issueDate)}</dd>
                </>
              )}
              <dt>截止日期</dt>
              <dd>
                <DeadlineText deadline={p.deadline} daysLeft={p.daysLeft} />
              </dd>
              {p.kind !== 'programme' && (
                <>
                  <dt>本校申报</dt>
                  <dd>
                    <ApplicationLinks apps={data.apps.filter((a) => a.packId === p.id)} />
                  </dd>
                </>
              )}
            </dl>
            {p.kind === 'programme' && data.projectTypes[p.id]?.length ? (
              <ProjectTypesTable types={data.projectTypes[p.id]} compact />
            ) : null}
            <div className="nl-actions">
              <button
                className={p.kind === 'application' ? 'primary' : ''}
                onClick={() => go({ page: 'notice', packId: p.id })}
              >
                {p.kind === 'application' ? '查看通知并申报' : p.kind === 'selfCheck' ? '对照自查' : '查看通知'}
              </button>
              {p.origin === 'imported' && (
                <button onClick={() => go({ page: 'designer', packId: p.id })}>在设计器中打开</button>
              )}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
