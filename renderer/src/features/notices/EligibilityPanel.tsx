import { Fragment, useEffect, useState } from 'react';

import type { EligibilityReport, RuleOutcome } from '../../../../shared/packs/checkEligibility';
import {
  changeText,
  figureText,
  requirementText,
  sourceText,
  statusText,
  verdictSentence,
} from '../../../../shared/packs/eligibilityWords';
import type { ParamValue } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { ReportActions } from './ReportActions';

interface Props {
  packId: string;
  params: Record<string, ParamValue>;
  /** 申报条件 (an application notice) or 对照自查 (a notice of targets). */
  mode: 'eligibility' | 'selfCheck';
  /** Check this application (its parameters and the school's answers) instead of the notice page's. */
  applicationId?: number;
  /** Told after each check, e.g. so the notice page's requirement list shows the same figures. */
  onReport?: (report: EligibilityReport) => void;
}

const BADGE: Record<RuleOutcome['status'], string> = {
  met: 'el-pass',
  unmet: 'el-fail',
  na: 'el-na',
  open: 'el-open',
};

/** A condition the data cannot decide: the question, and 是/否 (or the answer given and 撤销). */
function ConfirmCell({
  rule,
  busy,
  onAnswer,
}: {
  rule: RuleOutcome;
  busy: boolean;
  onAnswer: (a: boolean | null) => void;
}) {
  if (rule.confirmation)
    return (
      <span className="el-confirmed">
        已确认：{rule.confirmation.answer ? '是' : '否'}
        {rule.confirmation.at ? `（${rule.confirmation.at.slice(0, 10)}）` : ''}{' '}
        <button className="link" disabled={busy} onClick={() => onAnswer(null)}>
          撤销
        </button>
      </span>
    );
  return (
    <span className="el-ask">
      <span>{rule.ask}</span>
      <span className="el-ask-buttons">
        <button disabled={busy} onClick={() => onAnswer(true)} aria-label={`条件 ${rule.id}：是`}>
          是
        </button>
        <button disabled={busy} onClick={() => onAnswer(false)} aria-label={`条件 ${rule.id}：否`}>
          否
        </button>
      </span>
    </span>
  );
}

/**
 * Each condition with the school's figure, the requirement, 达标/未达标/不适用/待确认, its data source
 * and what would have to change; conditions the data cannot decide are answered here (是/否); the
 * whole can be exported as a 自查表.
 */
export function EligibilityPanel({ packId, params, mode, applicationId, onReport }: Props) {
  const [report, setReport] = useState<EligibilityReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const showError = useAppStore((s) => s.showError);
  const paramsKey = JSON.stringify(params);
  useEffect(() => {
    let live = true;
    api('eligibility/check', {
      packId,
      params: JSON.parse(paramsKey) as Record<string, ParamValue>,
      applicationId,
    }).then(
      (r) => {
        if (!live) return;
        setReport(r);
        setError(null);
        onReport?.(r);
      },
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
    // onReport is a notification; re-checking when its identity changes would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [packId, paramsKey, applicationId]);

  async function answer(ruleId: string, value: boolean | null) {
    setBusy(true);
    try {
      const r = await api('eligibility/confirm', {
        packId,
        applicationId,
        ruleId,
        answer: value,
        params: JSON.parse(paramsKey) as Record<string, ParamValue>,
      });
      setReport(r);
      onReport?.(r);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  }

  if (error) return <div className="banner banner-error">{error}</div>;
  if (!report) return <div className="app-loading">正在按基础数据检查…</div>;
  const request = { packId, params: JSON.parse(paramsKey) as Record<string, ParamValue>, applicationId };
  if (report.noConditions)
    return (
      <div className="el-panel" data-testid="eligibility-panel">
        <div className="el-verdict el-verdict-info" data-testid="eligibility-verdict">
          {report.verdictText}。
        </div>
      </div>
    );
  const verdictCls =
    mode === 'selfCheck'
      ? 'el-verdict-info'
      : report.verdict === true
        ? 'el-verdict-ok'
        : report.verdict === false
          ? 'el-verdict-bad'
          : 'el-verdict-open';
  // A section heading before the first rule of each section (申报条件, 附件1 建设指标…).
  const heads = report.rules.map((r, i) =>
    r.section && r.section !== report.rules[i - 1]?.section ? r.section : null,
  );
  return (
    <div className="el-panel" data-testid="eligibility-panel">
      <div className={`el-verdict ${verdictCls}`} data-testid="eligibility-verdict">
        {verdictSentence(report)}
      </div>
      <ReportActions request={request} selfCheck={report.selfCheck} />
      <table className="nl-table el-table">
        <thead>
          <tr>
            <th className="el-id">序号</th>
            <th>{mode === 'eligibility' ? '申报条件（通知原文）' : '目标（通知原文）'}</th>
            <th className="el-num">本校数据</th>
            <th className="el-num">要求</th>
            <th className="el-res">结果</th>
            <th>数据来源</th>
            <th>需要改变 / 学校确认</th>
          </tr>
        </thead>
        <tbody>
          {report.rules.map((r, i) => {
            const head = heads[i];
            return (
              <Fragment key={r.id}>
                {head && (
                  <tr className="el-section">
                    <td colSpan={7}>{head}</td>
                  </tr>
                )}
                <tr
                  className={[r.status === 'unmet' ? 'el-row-fail' : '', r.parent ? 'el-sub' : 'el-top'].join(' ')}
                  data-rule={r.id}
                >
                  <td className="el-id">{r.id}</td>
                  <td>{r.label}</td>
                  <td className="el-num">{figureText(r)}</td>
                  <td className="el-num">{requirementText(r)}</td>
                  <td className="el-res">
                    <span className={`el-badge ${BADGE[r.status]}`}>{statusText(r)}</span>
                  </td>
                  <td className="nl-muted">{sourceText(r)}</td>
                  <td className="el-change">
                    {r.kind === 'confirm' && r.status !== 'na' ? (
                      <ConfirmCell rule={r} busy={busy} onAnswer={(a) => void answer(r.id, a)} />
                    ) : (
                      changeText(r)
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
