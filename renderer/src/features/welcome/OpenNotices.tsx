import type { HomeOverview } from '../../../../shared/api/homeCalls';
import { useAppStore } from '../../app/appStore';
import { DeadlineText } from '../notices/DeadlineText';
import { KIND_LABEL, STATUS_LABEL } from '../notices/noticeLabels';

/**
 * The notices open to this school by its 办学层次 (from each pack's own 适用范围), nearest deadline
 * first, with the way in: 开始申报, or the applications already started. Notices for other levels
 * are not offered; one line says they exist and whom they are for.
 */
export function OpenNotices({ data }: { data: HomeOverview }) {
  const go = useAppStore((s) => s.go);
  const level = data.school.educationLevel;
  return (
    <section className="home-section" aria-labelledby="home-notices-title">
      <h2 id="home-notices-title">
        面向本校的通知
        <span className="home-sub">{level ? `按办学层次「${level}」` : '尚未填写办学层次，列出全部通知'}</span>
      </h2>
      {!data.notices.length && <p className="nl-muted">通知库中暂无面向本校的通知。</p>}
      <ul className="home-notices" data-testid="open-notices">
        {data.notices.map((n) => (
          <li key={n.packId} className="home-notice">
            <div className="home-notice-main">
              <span className="nl-tag">{KIND_LABEL[n.kind]}</span>
              <button className="link home-docno" onClick={() => go({ page: 'notice', packId: n.packId })}>
                {n.docNo}
              </button>
              <span className="home-notice-title" title={n.title}>
                {n.title}
              </span>
            </div>
            <div className="home-notice-meta">
              <span>
                截止日期：
                <DeadlineText deadline={n.deadline} daysLeft={n.daysLeft} />
              </span>
              <span className="nl-muted">面向{n.openToText}</span>
              {n.applications.map((a) => (
                <button
                  key={a.id}
                  className="link"
                  onClick={() => go({ page: 'application', applicationId: a.id })}
                  title={a.title}
                >
                  继续填写（{STATUS_LABEL[a.status]}）
                </button>
              ))}
              {n.kind !== 'programme' && !n.applications.length && (
                <button className="link" onClick={() => go({ page: 'notice', packId: n.packId })}>
                  {n.kind === 'selfCheck' ? '开始自查' : '开始申报'}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {data.notOpen.length > 0 && (
        <p className="nl-muted home-not-open" data-testid="not-open">
          通知库中另有 {data.notOpen.length} 份通知不面向{level || '本校'}学校，不在本校申报范围：
          {data.notOpen.map((n) => `${n.docNo}（面向${n.openToText}）`).join('；')}。
        </p>
      )}
    </section>
  );
}
