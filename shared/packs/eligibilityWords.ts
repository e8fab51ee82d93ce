// How a condition's outcome reads, the same on screen, in the CLI and in the printed 自查表.
import type { EligibilityReport, GroupOutcome, RuleOutcome } from './checkEligibility.js';
import { STATUS_TEXT } from './checkEligibility.js';

const OP_TEXT: Record<RuleOutcome['op'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=', '!=': '≠' };

/** A figure or threshold with its unit: 16,520 人, 62.5 %, 是. */
export function formatFigure(v: number | string | boolean | null, unit?: string): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  const s = typeof v === 'number' ? v.toLocaleString('zh-CN', { maximumFractionDigits: 4 }) : v;
  return unit ? `${s} ${unit}` : s;
}

/** The school's side: its figure, 「待学校确认」, 「达标 3/5 项」 or 「—」 for a rule that does not apply. */
export function figureText(r: RuleOutcome): string {
  if (r.status === 'na') return '—';
  if (r.kind === 'composite') return `达标 ${String(r.figure)} 项`;
  if (r.kind === 'confirm')
    return r.confirmation ? (r.confirmation.answer ? '学校确认：是' : '学校确认：否') : '待学校确认';
  return formatFigure(r.figure, r.unit);
}

/** The notice's side: 「≥ 15,000 人」, 「子项全部达标」, 「由学校确认」. */
export function requirementText(r: RuleOutcome): string {
  if (r.kind === 'composite') return '子项全部达标';
  if (r.kind === 'confirm') return '由学校对照确认';
  return r.threshold === null ? '—' : `${OP_TEXT[r.op]} ${formatFigure(r.threshold, r.unit)}`;
}

/** 达标 / 未达标 / 不适用 / 待确认. */
export function statusText(r: RuleOutcome): string {
  return STATUS_TEXT[r.status];
}

/** Where the figure comes from; for a rule that does not apply, why; with the school's note on a confirmation. */
export function sourceText(r: RuleOutcome): string {
  if (r.status === 'na') return r.appliesText ? `不适用：${r.appliesText}` : '不适用于本校';
  const note = r.confirmation?.note ? `；学校说明：${r.confirmation.note}` : '';
  return `${r.source}${note}`;
}

/** What would have to change for a failed or open rule: the gap in numbers, then the pack's hint. */
export function changeText(r: RuleOutcome): string {
  if (r.status === 'met' || r.status === 'na') return '';
  const parts: string[] = [];
  if (r.error) parts.push(`无法计算：${r.error}`);
  else if (r.kind === 'confirm' && !r.confirmation) parts.push('请学校对照通知确认');
  else if (r.kind === 'computed' && r.figure === null) parts.push('在基础数据中补充');
  if (
    r.status === 'unmet' &&
    r.kind === 'computed' &&
    typeof r.figure === 'number' &&
    typeof r.threshold === 'number'
  ) {
    const gap = Math.round(Math.abs(r.threshold - r.figure) * 100) / 100;
    if (r.op === '>=' || r.op === '>') parts.push(`还差 ${formatFigure(gap, r.unit)}`);
    else if (r.op === '<=' || r.op === '<') parts.push(`超出 ${formatFigure(gap, r.unit)}`);
  }
  if (r.kind === 'composite') parts.push('见各子项');
  else if (r.hint && /[^—\-\s]/.test(r.hint)) parts.push(r.hint);
  return parts.join('；');
}

/** 「1-4项基本条件（全部符合）」 → 「1-4项基本条件」: the requirement is said in the count text. */
function groupName(label: string): string {
  return label.replace(/[（(][^（()）]*[)）]\s*$/, '').trim() || label;
}

export function groupText(g: GroupOutcome): string {
  const all = g.required === g.rules.length - g.naCount;
  const unknown = g.unknownCount ? `，${g.unknownCount} 项待确认` : '';
  const na = g.naCount ? `，${g.naCount} 项不适用` : '';
  if (all)
    return g.passed === true
      ? `${groupName(g.label)} 全部满足${na}`
      : `${groupName(g.label)} 满足 ${g.passedCount}/${g.required} 项（需全部满足${unknown}${na}）`;
  return `${groupName(g.label)} 满足 ${g.passedCount} 项（需 ≥ ${g.required} 项${unknown}${na}）`;
}

/** The overall verdict in words, e.g. 「1-4项基本条件 全部满足，5-10项 满足 5 项（需 ≥ 4 项）：符合申报条件」. */
export function verdictSentence(report: Pick<EligibilityReport, 'groups' | 'verdictText' | 'selfCheck'>): string {
  if (report.selfCheck) return report.verdictText;
  const groups = report.groups.map(groupText).join('，');
  return groups ? `${groups}：${report.verdictText}` : report.verdictText;
}
