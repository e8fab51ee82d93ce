import type { EligibilityReport, GroupOutcome, RuleOutcome } from '../../../../shared/packs/checkEligibility';

const OP_TEXT: Record<RuleOutcome['op'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=', '!=': '≠' };

/** A figure or threshold with its unit: 16520 人, 62.5 %, 是. */
export function formatFigure(v: number | string | boolean | null, unit?: string): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  const s = typeof v === 'number' ? v.toLocaleString('zh-CN', { maximumFractionDigits: 4 }) : v;
  return unit ? `${s} ${unit}` : s;
}

/** 「≥ 15000 人」 */
export function thresholdText(r: RuleOutcome): string {
  return r.threshold === null ? '—' : `${OP_TEXT[r.op]} ${formatFigure(r.threshold, r.unit)}`;
}

/** What would have to change for a failed or open rule: the gap in numbers, then the pack's hint. */
export function changeText(r: RuleOutcome): string {
  if (r.passed === true) return '';
  const parts: string[] = [];
  if (r.error) parts.push(`无法计算：${r.error}`);
  else if (r.figure === null) parts.push('需人工确认，或在基础数据中补充');
  if (r.passed === false && typeof r.figure === 'number' && typeof r.threshold === 'number') {
    const gap = Math.abs(r.threshold - r.figure);
    const rounded = Math.round(gap * 100) / 100;
    if (r.op === '>=' || r.op === '>') parts.push(`还差 ${formatFigure(rounded, r.unit)}`);
    else if (r.op === '<=' || r.op === '<') parts.push(`超出 ${formatFigure(rounded, r.unit)}`);
  }
  if (r.hint && /[^—\-\s]/.test(r.hint)) parts.push(r.hint);
  return parts.join('；');
}

/** 「1-4项基本条件（全部符合）」 → 「1-4项基本条件」: the requirement is said in the count text. */
function groupName(label: string): string {
  return label.replace(/[（(][^（()）]*[)）]\s*$/, '').trim() || label;
}

function groupText(g: GroupOutcome): string {
  const all = g.required === g.rules.length;
  const unknown = g.unknownCount ? `，${g.unknownCount} 项待确认` : '';
  if (all)
    return g.passed === true
      ? `${groupName(g.label)} 全部满足`
      : `${groupName(g.label)} 满足 ${g.passedCount}/${g.rules.length} 项（需全部满足${unknown}）`;
  return `${groupName(g.label)} 满足 ${g.passedCount} 项（需 ≥ ${g.required} 项${unknown}）`;
}

/** The overall verdict in words, e.g. 「1-4项基本条件 全部满足，5-10项 满足 5 项（需 ≥ 4 项）：符合申报条件」. */
export function verdictSentence(report: Pick<EligibilityReport, 'groups' | 'verdictText'>): string {
  const groups = report.groups.map(groupText).join('，');
  return groups ? `${groups}：${report.verdictText}` : report.verdictText;
}
