import type { BundleInspectionView } from '../../../../shared/api/bundleCalls';

export function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

/** What a bundle holds and what importing it would restore (never base data). */
export function InspectionSummary({ view }: { view: BundleInspectionView }) {
  const a = view.application;
  return (
    <div className="bi-summary">
      <dl className="bi-facts" aria-label="申报材料包信息">
        <dt>材料包</dt>
        <dd>
          {view.bundleName}
          {view.formatVersion < 2 && <span className="bi-muted">（早期版本申报通制作）</span>}
        </dd>
        <dt>通知</dt>
        <dd>{[view.pack.docNo, view.pack.title].filter(Boolean).join(' ') || view.pack.id}</dd>
        <dt>学校</dt>
        <dd>
          {view.school.name}
          {view.school.creditCode && <span className="bi-muted">（统一社会信用代码 {view.school.creditCode}）</span>}
        </dd>
        <dt>制作时间</dt>
        <dd>{localTime(view.createdAt)}</dd>
        <dt>制作软件</dt>
        <dd>申报通 {view.appVersion}</dd>
        <dt>文件校验</dt>
        <dd className="bi-verified" data-testid="bundle-verified">
          ✔ 全部 {view.fileCount} 个文件的 SHA-256 校验值与清单一致
        </dd>
      </dl>

      {view.warnings.map((w, i) => (
        <div key={i} className="banner banner-warn" role="note">
          注意：{w}
        </div>
      ))}

      <h2>将要恢复的申报</h2>
      <p className="bi-application" data-testid="bundle-application">
        「{a.title}」：
        {a.action === 'add' ? '新增一份申报' : `与已有的第 ${a.existingId} 号申报相同（同一通知、名称和参数）`}
      </p>
      <table className="bi-table" aria-label="将要恢复的内容">
        <tbody>
          {a.params.map((p) => (
            <tr key={p.label}>
              <th className="bi-col-name">{p.label}</th>
              <td>{p.value}</td>
            </tr>
          ))}
          <tr>
            <th className="bi-col-name">填写内容</th>
            <td>
              {a.valueCount} 项{a.narrativeCount ? `（其中叙述 ${a.narrativeCount} 段）` : ''}
            </td>
          </tr>
          <tr>
            <th className="bi-col-name">确认接受的问题</th>
            <td>{a.acceptedCount} 项</td>
          </tr>
          {a.confirmationCount > 0 && (
            <tr>
              <th className="bi-col-name">学校确认的申报条件</th>
              <td>{a.confirmationCount} 条</td>
            </tr>
          )}
          <tr>
            <th className="bi-col-name">佐证材料选择</th>
            <td>
              {a.evidenceCount} 个
              {a.evidenceMissing.length > 0 && (
                <span className="bi-muted">
                  （本机的佐证材料库中没有其中 {a.evidenceMissing.length} 个文件，不会关联：
                  {a.evidenceMissing.join('、')}）
                </span>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="bi-muted" data-testid="bundle-no-base-data">
        {view.ignoredBaseData.length
          ? `这个早期版本的材料包还附带了学校的基础数据（${view.ignoredBaseData.map((d) => `${d.label} ${d.rows.toLocaleString('zh-CN')} 条`).join('、')}），不会导入：基础数据只随「学校数据包」迁移。`
          : '材料包中没有学校的基础数据，导入不会改动任何基础数据。'}
      </p>
    </div>
  );
}
