import { useEffect, useState } from 'react';

import type { EligibilityReport } from '../../../../shared/packs/checkEligibility';
import type { ParamValue } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { changeText, formatFigure, thresholdText, verdictSentence } from './eligibilityText';

interface Props {
  packId: string;
  params: Record<string, ParamValue>;
  /** 申报条件 (an application notice) or 对照自查 (a notice of targets). */
  mode: 'eligibility' | 'selfCheck';
}

const RESULT: Record<string, { text: string; cls: string }> = {
  true: { text: '通过', cls: 'el-pass' },
  false: { text: '未通过', cls: 'el-fail' },
  null: { text: '待确认', cls: 'el-open' },
};

/** Each condition with the school's figure, the threshold, pass/fail, its data source and what would have to change. */
export function EligibilityPanel({ packId, params, mode }: Props) {
  const [report, setReport] = useState<EligibilityReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const paramsKey = JSON.stringify(params);
  useEffect(() => {
    let live = true;
    api('eligibility/check', { packId, params: JSON.parse(paramsKey) }).then(
      (r) => live && (setReport(r), setError(null)),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [packId, paramsKey]);

  if (error) return <div className="banner banner-error">{error}</div>;
  if (!report) return <div className="app-loading">正在按基础数据检查…</div>;
  const passed = report.rules.filter((r) => r.passed === true).length;
  const failed = report.rules.filter((r) => r.passed === false).length;
  const summary =
    mode === 'eligibility'
      ? verdictSentence(report)
      : `共 ${report.rules.length} 项目标：已达到 ${passed} 项，未达到 ${failed} 项，待确认 ${report.rules.length - passed - failed} 项`;
  const verdictCls =
    mode === 'selfCheck'
      ? 'el-verdict-info'
      : report.verdict === true
        ? 'el-verdict-ok'
        : report.verdict === false
          ? 'el-verdict-bad'
          : 'el-verdict-open';
  return (
    <div className="el-panel" data-testid="eligibility-panel">
      <div className={`el-verdict ${verdictCls}`} data-testid="eligibility-verdict">
        {summary}
      </div>
      <table className="nl-table el-table">
        <thead>
          <tr>
            <th className="el-id">序号</th>
            <th>{mode === 'eligibility' ? '申报条件' : '目标'}</th>
            <th className="el-num">本校数据</th>
            <th className="el-num">要求</th>
            <th className="el-res">结果</th>
            <th>数据来源</th>
            <th>需要改变</th>
          </tr>
        </thead>
        <tbody>
          {report.rules.map((r) => {
            const res = RESULT[String(r.passed)];
            return (
              <tr key={r.id} className={r.passed === false ? 'el-row-fail' : undefined}>
                <td className="el-id">{r.id}</td>
                <td>{r.label}</td>
                <td className="el-num">{formatFigure(r.figure, r.unit)}</td>
                <td className="el-num">{thresholdText(r)}</td>
                <td className="el-res">
                  <span className={`el-badge ${res.cls}`}>{res.text}</span>
                </td>
                <td className="nl-muted">{r.source}</td>
                <td className="el-change">{changeText(r)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
