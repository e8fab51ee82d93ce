import type { CheckReport } from '../../../../shared/api/backupCalls';

/** A check's plain report: the verdict, then each item passed or not, with what exactly is wrong. */
export function CheckReportView(props: { title: string; report: CheckReport; onClose: () => void }) {
  const { report } = props;
  return (
    <section className={report.ok ? 'backup-report ok' : 'backup-report bad'} aria-label={props.title}>
      <header>
        <h2>{props.title}</h2>
        <button onClick={props.onClose}>关闭</button>
      </header>
      <p className="backup-report-summary" role="status">
        {report.ok ? '✓ ' : '✗ '}
        {report.summary}
      </p>
      <ul>
        {report.items.map((i) => (
          <li key={i.id} className={i.ok ? 'ok' : 'bad'}>
            <span className="backup-report-mark">{i.ok ? '通过' : '未通过'}</span>
            <span className="backup-report-label">{i.label}</span>
            <span>{i.detail}</span>
            {!!i.problems.length && (
              <ul>
                {i.problems.map((p, k) => (
                  <li key={k}>{p}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="backup-muted">检查时间：{new Date(report.checkedAt).toLocaleString('zh-CN')}</p>
    </section>
  );
}
