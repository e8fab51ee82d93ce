// How the drafter reads the places to write in a line, a label and a notice — on text as real forms
// print it (the six attachments in ../shared/forms and the seed notices).
import { describe, expect, it } from 'vitest';

import { fieldCatalogue } from '../../../shared/drafting/fieldCatalogue';
import { findBlanks } from '../../../shared/drafting/findBlanks';
import { matchCatalogue } from '../../../shared/drafting/matchCatalogue';
import { readNoticeFacts } from '../../../shared/drafting/noticeFacts';
import { parseChoiceGroup, unitInLabel, wordLimitIn } from '../../../shared/drafting/textPatterns';

const blanks = (text: string, underline = false) => findBlanks([{ text, underline }]).filter((s) => s.kind === 'blank');

describe('blanks in a line', () => {
  it('finds 「标签：」 gaps, underlined gaps, choices and dates; keeps signatures and prose as printed', () => {
    expect(
      blanks('学院名称(盖章):                          制表人:                 制表日期:').map((b) => b.label),
    ).toEqual(['学院名称', '制表人', '制表日期']);
    expect(blanks('体检日期：      年    月    日       编号:')[0]).toMatchObject({ label: '体检日期', date: true });
    expect(blanks('办学层次：□高职（本科）   □高职（专科）')[0].choice).toEqual({
      options: ['高职（本科）', '高职（专科）'],
      multiple: false,
    });
    const cover = findBlanks([{ text: '联 系 人：' }, { text: '              ', underline: true }]);
    expect(cover.filter((s) => s.kind === 'blank').map((s) => s.kind === 'blank' && s.label)).toEqual(['联系人']);
    expect(blanks('               申请人签字：                   年    月    日')).toEqual([]);
    expect(blanks('负责人签名：                    （公章）')).toEqual([]);
    expect(blanks('一、入驻对象：全日制在校本专科生、硕士研究生；5年内的毕业生')).toEqual([]);
    expect(blanks('附件1：')).toEqual([]);
  });

  it('reads multiple choice, units and word limits the way notices word them', () => {
    expect(parseChoiceGroup('□国家级 □省级 □校级（可多选）')).toEqual({
      options: ['国家级', '省级', '校级'],
      multiple: true,
      prefix: '',
    });
    expect(unitInLabel('注册资本（万元）')).toBe('万元');
    expect(unitInLabel('场地需求（m2）')).toBe('m²');
    expect(wordLimitIn('项目简介（不超过200字）')).toEqual({ max: 200 });
    expect(wordLimitIn('(2000 字以内)')).toEqual({ max: 2000 });
    expect(wordLimitIn('限500字以内')).toEqual({ max: 500 });
    expect(wordLimitIn('创业项目介绍（……，不低于1500字）')).toEqual({ min: 1500 });
  });
});

describe('the catalogue', () => {
  const cat = fieldCatalogue();
  const best = (ctx: Parameters<typeof matchCatalogue>[0]) => matchCatalogue(ctx, cat)[0];

  it('is certain of a label in its context, and says whose and which year', () => {
    const legal = best({ label: '职务', groups: ['实训中心合作企业（2）基本信息', '法定代表人信息'], captions: [] });
    expect(legal.entry.id).toBe('enterprise.legalRepTitle');
    expect(legal.ref).toEqual({ scope: 'enterprise', index: 2 });
    expect(legal.confidence).toBeGreaterThanOrEqual(0.9);
    const fund = best({
      label: '财政投入',
      column: '金额',
      groups: ['近三年中心经费投入情况（万元）', '2021年'],
      captions: [],
    });
    expect(fund).toMatchObject({ year: 2021, entry: { id: 'funding.actualGovernment' } });
    const area = best({ label: '建筑面积', unit: 'm²', groups: [], captions: ['现有实训中心基础情况'] });
    expect(area).toMatchObject({ ref: { scope: 'centre' }, entry: { id: 'figure.roomArea' } });
  });

  it('only offers what a label may mean when it is not sure (a house’s 建筑面积), and never the school’s contacts for a student’s', () => {
    const house = matchCatalogue({ label: '建筑面积', unit: 'm²', groups: ['购建房情况'], captions: [] }, cat);
    expect(house.every((m) => m.confidence < 0.9)).toBe(true);
    // 「全部采用建议」 takes every offer: a student's 联系电话/E-mail must not be one of them.
    for (const label of ['联系电话', 'E-mail'])
      expect(matchCatalogue({ label, groups: [], captions: [], personal: true }, cat)).toEqual([]);
    expect(best({ label: '学校联系电话', groups: [], captions: [], personal: true }).entry.id).toBe(
      'school.contactPhone',
    );
  });
});

describe('the notice itself', () => {
  it('reads 文号, title, issuers, dates, copies, 盖章 and the electronic copy', () => {
    const f = readNoticeFacts([
      '教职成〔2024〕346号',
      '关于开展2024年河南省职业教育高水平专业化产教融合实训中心建设的通知',
      '各高等职业学校：',
      '申报书和建设方案一式2份，纸质材料加盖公章，于11月15日前报送至省教育厅职成教处，同时提交电子版至 zhijiaochu2021@126.com。',
      '河南省教育厅        河南省财政厅',
      '2024年11月5日',
    ]);
    expect(f).toMatchObject({
      docNo: '教职成〔2024〕346号',
      title: '关于开展2024年河南省职业教育高水平专业化产教融合实训中心建设的通知',
      issuers: ['河南省教育厅', '河南省财政厅'],
      issueDate: '2024-11-05',
      deadline: '2024-11-15',
      level: '省',
    });
    expect(f.submission).toMatchObject({
      email: 'zhijiaochu2021@126.com',
      recipient: '省教育厅职成教处',
      items: [{ copies: 2, seal: true, electronic: true }],
    });
  });

  it('takes the level from who sends it, and a year-less deadline’s year from the title', () => {
    // A college's own notice: 「国家产业政策」 in its body does not make it a national one.
    const f = readNoticeFacts([
      '关于遴选2017-2018年度大学生创业中心入驻项目的通知',
      '一、入驻对象：全日制在校本专科生。',
      '1.项目符合国家产业、技术政策，具备一定的市场前瞻性；',
      '电子版材料于11月20日前发至邮箱943617821@qq.com。',
      '计算机与通信工程学院',
    ]);
    expect(f.level).toBe('省');
    expect(f.deadline).toBe('2017-11-20');
    expect(readNoticeFacts(['教育部办公厅关于开展2024年评选的通知', '各省教育厅：']).level).toBe('国家');
    expect(readNoticeFacts(['郑州市教育局', '关于做好2023年工作的通知']).level).toBe('市');
  });
});
