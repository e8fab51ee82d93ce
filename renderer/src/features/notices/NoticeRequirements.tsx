import type { EligibilityReport, RuleOutcome } from '../../../../shared/packs/checkEligibility';
import { submissionLines } from '../../../../shared/packs/eligibilityReportDocument';
import { figureText, requirementText, statusText } from '../../../../shared/packs/eligibilityWords';
import type { Pack, SubmissionItem } from '../../../../shared/packs/packSchema';

function itemText(i: SubmissionItem): string {
  return [
    i.copies ? `纸质${i.copies}份` : '',
    i.seal ? '加盖公章' : '',
    i.electronic ? '同时提交电子版' : '',
    i.maxPages ? `不超过${i.maxPages}页` : '',
    i.binding ?? '',
  ]
    .filter(Boolean)
    .join('，');
}

function RuleLine({ r }: { r: RuleOutcome }) {
  return (
    <li data-rule={r.id}>
      <span className="nr-id">{r.id}</span> {r.label}
      <span className="nr-state">
        {r.kind === 'computed' && r.status !== 'na' && `本校 ${figureText(r)}，要求 ${requirementText(r)}：`}
        <span className={`el-badge el-${r.status === 'met' ? 'pass' : r.status === 'unmet' ? 'fail' : r.status}`}>
          {r.kind === 'confirm' && r.confirmation ? `已确认：${r.confirmation.answer ? '是' : '否'}` : statusText(r)}
        </span>
      </span>
    </li>
  );
}

/**
 * 通知要求对照: everything the notice asks the applicant to satisfy or hand in, sorted by how the app
 * handles it — computed from the base data, answered by the school, a form to fill, or a
 * requirement of the submission (deadline, copies, seal, address).
 */
export function NoticeRequirements({ pack, report }: { pack: Pack; report: EligibilityReport | null }) {
  const leaves = (report?.rules ?? []).filter((r) => r.kind !== 'composite');
  const computed = leaves.filter((r) => r.kind === 'computed');
  const confirm = leaves.filter((r) => r.kind === 'confirm');
  const s = pack.submission;
  const formItem = (id: string) => s?.items.find((i) => i.forms?.includes(id));
  const others = s ? { ...s, items: s.items.filter((i) => !i.forms?.length) } : undefined;
  const lines = submissionLines(others, pack.deadline);
  const hasRules = !!pack.eligibility?.rules.length;
  return (
    <div className="nr-list" data-testid="notice-requirements">
      {hasRules ? (
        <>
          <div className="nr-group" data-testid="req-computed">
            <h3>按基础数据计算（{computed.length} 项）</h3>
            {report ? (
              <ul>
                {computed.map((r) => (
                  <RuleLine key={r.id} r={r} />
                ))}
              </ul>
            ) : (
              <p className="nl-muted">正在计算…</p>
            )}
          </div>
          <div className="nr-group" data-testid="req-confirm">
            <h3>由学校确认（{confirm.length} 项，在下方检查表中回答）</h3>
            <ul>
              {confirm.map((r) => (
                <RuleLine key={r.id} r={r} />
              ))}
            </ul>
          </div>
        </>
      ) : (
        <div className="nr-group" data-testid="req-none">
          <h3>申报条件</h3>
          <p>本通知没有可核对的申报条件，不作符合与否的结论。</p>
        </div>
      )}
      {pack.forms.length > 0 && (
        <div className="nr-group" data-testid="req-forms">
          <h3>
            {pack.kind === 'selfCheck'
              ? `通知附件（${pack.forms.length} 张，供对照）`
              : `填写表单（${pack.forms.length} 张，在申报中填写并导出）`}
          </h3>
          <ul>
            {pack.forms.map((f) => {
              const item = formItem(f.id);
              return (
                <li key={f.id}>
                  {f.attachment ? `${f.attachment} ` : ''}
                  {f.title}
                  <span className="nr-state">{item ? `报送：${itemText(item)}` : '通知未要求报送'}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {lines.length > 0 && (
        <div className="nr-group" data-testid="req-submission">
          <h3>报送要求</h3>
          <ul>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
