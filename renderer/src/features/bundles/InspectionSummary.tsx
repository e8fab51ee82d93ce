import type { BundleInspectionView } from '../../../../shared/api/bundleCalls';

function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

/** What a bundle holds and what importing it would do, by data set and year. */
export function InspectionSummary({ view }: { view: BundleInspectionView }) {
  const totals = view.datasets.reduce((t, d) => ({ added: t.added + d.added, changed: t.changed + d.changed }), {
    added: 0,
    changed: 0,
  });
  return (
    <div className="bi-summary">
      <dl className="bi-facts" aria-label="导入包信息">
        <dt>导入包</dt>
        <dd>{view.bundleName}</dd>
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

      <h2>将要导入的数据</h2>
      <p className="bi-muted">
        {totals.added || totals.changed
          ? `共新增 ${totals.added} 条、修改 ${totals.changed} 条记录。已有的记录按信用代码、编号或名称对应，只改有变化的字段。`
          : '导入包中的基础数据与当前数据库完全一致，不会改动任何记录。'}
      </p>
      <table className="bi-table" aria-label="将要导入的数据">
        <thead>
          <tr>
            <th className="bi-col-name">数据集</th>
            <th className="bi-col-year">年度</th>
            <th>新增</th>
            <th>修改</th>
            <th>不变</th>
            <th>举例</th>
          </tr>
        </thead>
        <tbody>
          {view.datasets.map((d) => (
            <tr key={`${d.dataset}:${d.year ?? ''}`} className={d.added || d.changed ? 'bi-active' : ''}>
              <td>{d.label}</td>
              <td>{d.year !== null ? `${d.year} 年` : '—'}</td>
              <td className="num">{d.added.toLocaleString('zh-CN')}</td>
              <td className="num">{d.changed.toLocaleString('zh-CN')}</td>
              <td className="num">{d.unchanged.toLocaleString('zh-CN')}</td>
              <td className="bi-examples">
                {d.examples.slice(0, 3).map((e, i) => (
                  <div key={i}>
                    {e.kind === 'added' ? '新增' : '修改'}「{e.record}」
                    {e.kind === 'changed' && e.fields.length ? `：${e.fields.join('、')}` : ''}
                  </div>
                ))}
              </td>
            </tr>
          ))}
          {!view.datasets.length && (
            <tr>
              <td colSpan={6} className="bi-muted">
                导入包中没有基础数据
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="bi-application" data-testid="bundle-application">
        申报「{view.application.title}」：
        {view.application.action === 'add'
          ? `新增一份申报（${view.application.valueCount} 项填写内容）`
          : `更新已有的第 ${view.application.existingId} 号申报的填写内容（${view.application.valueCount} 项）`}
      </p>
    </div>
  );
}
