import { describe, expect, it } from 'vitest';

import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot';
import { checkEligibility } from '../../../shared/packs/checkEligibility';
import { buildEligibilityReportDocument } from '../../../shared/packs/eligibilityReportDocument';
import {
  changeText,
  figureText,
  requirementText,
  statusText,
  verdictSentence,
} from '../../../shared/packs/eligibilityWords';
import type { EligibilityRule, Pack, PackInput } from '../../../shared/packs/packSchema';
import { validatePack } from '../../../shared/packs/validatePack';
import { documentCellTexts } from '../../../shared/print/printDocument';

const snapshot = (educationLevel: string, enrolled: number): BaseDataSnapshot => ({
  school: { name: '测试学校', educationLevel },
  years: [2023],
  data: { majors: [{ year: 2023, code: '460301', name: '机电一体化技术', enrolled }] },
});

function pack(rules: EligibilityRule[], groups?: { label: string; rules: string[]; atLeast?: number }[]): Pack {
  const input: PackInput = {
    formatVersion: 1,
    id: 'test-conditions',
    docNo: '测试〔2024〕1号',
    title: '测试通知',
    issuers: ['测试厅'],
    level: '省',
    kind: 'application',
    eligibility: { rules, ...(groups ? { overall: { groups } } : {}) },
    forms: [{ id: 'f', title: '表', blocks: [{ type: 'paragraph', text: '正文' }] }],
  };
  const r = validatePack(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return r.pack;
}

const ENROLLED = "sum(forYear(data.majors), 'enrolled')";
const rules: EligibilityRule[] = [
  { id: '1', label: '办学规模较大', op: '>=', source: '见 1.1—1.2', allOf: ['1.1', '1.2'] },
  {
    id: '1.1',
    label: '在校生不低于15000人',
    expr: ENROLLED,
    op: '>=',
    threshold: 15000,
    unit: '人',
    source: '专业数据',
  },
  { id: '1.2', label: '办学定位清晰', op: '==', source: '学校确认', ask: '办学定位是否清晰？' },
  {
    id: '2',
    label: '中职升学比例',
    expr: '80',
    op: '>=',
    threshold: 60,
    unit: '%',
    source: '指标',
    appliesWhen: "school.educationLevel == '中职'",
    appliesText: '仅适用于中职学校',
  },
];

describe('checkEligibility', () => {
  it('holds a condition when all its sub-clauses do, waits for the school’s answer, and marks a rule that does not apply', () => {
    const p = pack(rules, [{ label: '基本条件', rules: ['1', '2'] }]);
    const open = checkEligibility(p, snapshot('高职（专科）', 16000), {}, { today: '2024-06-01' });
    const by = (r: typeof open, id: string) => r.rules.find((x) => x.id === id)!;
    expect(by(open, '1.1').status).toBe('met');
    expect(by(open, '1.2')).toMatchObject({ kind: 'confirm', status: 'open', parent: '1' });
    expect(by(open, '1')).toMatchObject({ kind: 'composite', status: 'open', figure: '1/2' });
    // 不适用: never 达标, and the group does not need it.
    expect(by(open, '2')).toMatchObject({ status: 'na', passed: null, figure: null });
    expect(open.groups[0]).toMatchObject({ required: 1, naCount: 1 });
    expect(open.verdict).toBeNull();

    const yes = checkEligibility(
      p,
      snapshot('高职（专科）', 16000),
      {},
      { today: '2024-06-01', confirmations: { '1.2': { answer: true } } },
    );
    expect(by(yes, '1').status).toBe('met');
    expect(yes.verdictText).toBe('符合申报条件');
    const no = checkEligibility(
      p,
      snapshot('高职（专科）', 16000),
      {},
      { today: '2024-06-01', confirmations: { '1.2': { answer: false } } },
    );
    expect(by(no, '1').status).toBe('unmet');
    expect(no.verdictText).toBe('不符合申报条件');
    // A failed measured part fails the condition whatever the answers.
    const small = checkEligibility(
      p,
      snapshot('高职（专科）', 9000),
      {},
      { today: '2024-06-01', confirmations: { '1.2': { answer: true } } },
    );
    expect(by(small, '1').status).toBe('unmet');
    // For a 中职 school the rule applies and is measured.
    expect(by(checkEligibility(p, snapshot('中职', 16000), {}, { today: '2024-06-01' }), '2').status).toBe('met');
  });

  it('gives no verdict for a notice without conditions', () => {
    const r = checkEligibility(pack([]), snapshot('高职（专科）', 1), {}, { today: '2024-06-01' });
    expect(r).toMatchObject({ noConditions: true, verdict: null, groups: [] });
    expect(r.verdictText).toBe('此通知没有可核对的申报条件，不作符合与否的结论');
  });

  it('says each outcome in the words of the 自查表', () => {
    const r = checkEligibility(pack(rules), snapshot('高职（专科）', 12000), {}, { today: '2024-06-01' });
    const by = (id: string) => r.rules.find((x) => x.id === id)!;
    expect([figureText(by('1.1')), requirementText(by('1.1')), statusText(by('1.1'))]).toEqual([
      '12,000 人',
      '≥ 15,000 人',
      '未达标',
    ]);
    expect(changeText(by('1.1'))).toBe('还差 3,000 人');
    expect([figureText(by('1.2')), requirementText(by('1.2')), statusText(by('1.2'))]).toEqual([
      '待学校确认',
      '由学校对照确认',
      '待确认',
    ]);
    expect([figureText(by('1')), requirementText(by('1')), statusText(by('1'))]).toEqual([
      '达标 0/2 项',
      '子项全部达标',
      '未达标',
    ]);
    expect([figureText(by('2')), statusText(by('2'))]).toEqual(['—', '不适用']);
    // Without overall groups every top-level rule must hold; sub-clauses count through their condition.
    expect(r.groups).toEqual([expect.objectContaining({ rules: ['1', '2'], required: 1, naCount: 1 })]);
    expect(verdictSentence(r)).toBe('全部条件 满足 0/1 项（需全部满足，1 项不适用）：不符合申报条件');
  });

  it('prints the 自查表 with every item, figure, requirement, result and source, and the verdict', () => {
    const p = pack(rules);
    const r = checkEligibility(
      p,
      snapshot('高职（专科）', 16000),
      {},
      { today: '2024-06-01', confirmations: { '1.2': { answer: true } } },
    );
    const doc = buildEligibilityReportDocument(p, r, { schoolName: '测试学校', date: '2024-11-02' });
    expect(doc.title).toBe('测试〔2024〕1号申报条件自查表');
    expect(doc.sections[0].orientation).toBe('landscape');
    const cells = documentCellTexts(doc);
    expect(cells.slice(0, 6)).toEqual(['序号', '条件（通知原文）', '本校数据', '要求', '结果', '数据来源']);
    expect(cells.slice(12, 18)).toEqual([
      '1.1',
      '\u3000在校生不低于15000人',
      '16,000 人',
      '≥ 15,000 人',
      '达标',
      '专业数据',
    ]);
    expect(cells.slice(18, 24)).toEqual([
      '1.2',
      '\u3000办学定位清晰',
      '学校确认：是',
      '由学校对照确认',
      '达标',
      '学校确认',
    ]);
    expect(cells.slice(24, 30)).toEqual(['2', '中职升学比例', '—', '≥ 60 %', '不适用', '不适用：仅适用于中职学校']);
    const text = doc.sections[0].blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => b.runs.map((x) => x.text).join(''))
      .join('\n');
    expect(text).toContain('学校：测试学校');
    expect(text).toContain('自查日期：2024年11月2日');
    expect(text).toContain('结论：符合申报条件');
  });
});
