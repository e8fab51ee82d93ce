import type { ApplicationSummary } from '../../../../shared/api/applicationCalls';
import { useAppStore } from '../../app/appStore';
import { STATUS_LABEL } from './noticeLabels';

/** The school's applications for one notice, each with its status, opening the editor on click. */
export function ApplicationLinks({ apps }: { apps: ApplicationSummary[] }) {
  const go = useAppStore((s) => s.go);
  if (!apps.length) return <span className="nl-muted">尚无申报</span>;
  return (
    <ul className="nl-apps">
      {apps.map((a) => (
        <li key={a.id}>
          <button className="link" onClick={() => go({ page: 'application', applicationId: a.id })}>
            {a.title}
          </button>
          <span className={`status-badge status-${a.status}`}>{STATUS_LABEL[a.status]}</span>
        </li>
      ))}
    </ul>
  );
}
