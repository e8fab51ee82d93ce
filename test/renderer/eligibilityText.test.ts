import { describe, expect, it } from 'vitest';

import { changeText, thresholdText, verdictSentence } from '../../renderer/src/features/notices/eligibilityText';
import type { GroupOutcome, RuleOutcome } from '../../shared/packs/checkEligibility';

const rule = (over: Partial<RuleOutcome>): RuleOutcome => ({
  id: '1',
  label: '在校生',
  figure: 12000,
  op: '>=',
  threshold: 15000,
  unit: '人',
  passed: false,
  source: '专业数据',
  ...over,
});
const group = (over: Partial<GroupOutcome>): GroupOutcome => ({
  label: 'g',
  rules: ['1', '2', '3', '4'],
  required: 4,
  passedCount: 4,
  unknownCount: 0,
  passed: true,
  ...over,
});

describe('eligibility wording', () => {
  it('says the verdict with each group counted against what it needs', () => {
    const s = verdictSentence({
      verdictText: '符合申报条件',
      groups: [
        group({ label: '1-4项基本条件（全部符合）' }),
        group({
          label: '5-10项（符合4项及以上）',
          rules: ['5', '6', '7', '8', '9', '10'],
          required: 4,
          passedCount: 5,
        }),
      ],
    });
    expect(s).toBe('1-4项基本条件 全部满足，5-10项 满足 5 项（需 ≥ 4 项）：符合申报条件');
  });

  it('names a failed must-all group with its count', () => {
    const s = verdictSentence({
      verdictText: '不符合申报条件',
      groups: [group({ label: '基本条件', passedCount: 3, passed: false })],
    });
    expect(s).toBe('基本条件 满足 3/4 项（需全部满足）：不符合申报条件');
  });

  it('tells what would have to change: the gap with its unit, then the hint', () => {
    expect(thresholdText(rule({}))).toBe('≥ 15,000 人');
    expect(changeText(rule({ hint: '学校规模不足' }))).toBe('还差 3,000 人；学校规模不足');
    expect(changeText(rule({ passed: true, figure: 16000 }))).toBe('');
  });
});
