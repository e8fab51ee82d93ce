import type { SchoolPackageSummary } from '../../../../shared/api/schoolPackageCalls';
import { localTime } from './InspectionSummary';
import { megabytes } from './schoolPackageTransfer';

/** What a 学校数据包 holds: the school, when and by which version it was made, rows by data set. */
export function PackageSummary({ summary }: { summary: SchoolPackageSummary }) {
  return (
    <div className="sp-summary">
      <dl className="bi-facts" aria-label="学校数据包信息">
        <dt>学校</dt>
        <dd>
          {summary.school.name}
          {summary.school.creditCode && (
            <span className="bi-muted">（统一社会信用代码 {summary.school.creditCode}）</span>
          )}
        </dd>
        <dt>制作时间</dt>
        <dd>{localTime(summary.createdAt)}</dd>
        <dt>制作软件</dt>
        <dd>申报通 {summary.appVersion}</dd>
        <dt>申报</dt>
        <dd>{summary.applications} 份</dd>
        <dt>佐证材料</dt>
        <dd>
          {summary.evidenceFiles} 个文件（{megabytes(summary.evidenceBytes)}）
        </dd>
      </dl>
      <table className="bi-table sp-counts" aria-label="学校数据包中的数据">
        <thead>
          <tr>
            <th className="bi-col-name">数据集</th>
            <th>记录数</th>
          </tr>
        </thead>
        <tbody>
          {summary.counts.map((c) => (
            <tr key={c.label}>
              <td>{c.label}</td>
              <td className="num">{c.rows.toLocaleString('zh-CN')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.warnings.map((w, i) => (
        <div key={i} className="banner banner-warn" role="note">
          注意：{w}
        </div>
      ))}
    </div>
  );
}
