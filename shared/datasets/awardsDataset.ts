import type { DatasetDef } from './datasetDefinition.js';

export const AWARD_LEVELS = ['国家级', '省级', '市级', '校级'] as const;
export const AWARD_GRADES = ['特等奖', '一等奖', '二等奖', '三等奖', '金奖', '银奖', '铜奖', '优秀奖'] as const;
export const AWARD_KINDS = ['学生技能大赛', '教师教学能力比赛', '创新创业大赛', '其他竞赛'] as const;

/** 技能大赛 and other awards by year, and the 赛项 the school hosted (承办). */
export const awardsDataset: DatasetDef = {
  name: 'awards',
  label: '技能大赛及获奖',
  table: 'award',
  yearly: true,
  fields: [
    {
      key: 'competition',
      label: '大赛名称',
      type: 'text',
      required: true,
      synonyms: ['比赛名称', '竞赛名称', '赛事名称', '奖项名称'],
      sample: '全国职业院校技能大赛',
      width: 220,
    },
    {
      key: 'kind',
      label: '类别',
      type: 'choice',
      choices: AWARD_KINDS,
      synonyms: ['比赛类别', '获奖类别'],
      sample: '学生技能大赛',
    },
    { key: 'event', label: '赛项', type: 'text', synonyms: ['赛项名称', '项目'], sample: '机器人系统集成', width: 180 },
    {
      key: 'level',
      label: '级别',
      type: 'choice',
      choices: AWARD_LEVELS,
      required: true,
      synonyms: ['获奖级别', '赛事级别'],
      sample: '国家级',
    },
    {
      key: 'grade',
      label: '获奖等级',
      type: 'choice',
      choices: AWARD_GRADES,
      synonyms: ['等级', '奖项', '名次'],
      sample: '二等奖',
    },
    {
      key: 'hosted',
      label: '学校承办',
      type: 'boolean',
      synonyms: ['承办', '是否承办'],
      sample: '否',
      description: '学校承办该赛项时选「是」（可无获奖等级）',
    },
    { key: 'students', label: '获奖学生', type: 'text', synonyms: ['学生姓名', '参赛学生'], width: 160 },
    {
      key: 'studentMajors',
      label: '学生所在专业',
      type: 'text',
      synonyms: ['所在专业', '专业'],
      sample: '工业机器人技术',
      width: 160,
    },
    { key: 'teachers', label: '指导教师', type: 'text', synonyms: ['指导老师', '获奖教师'], width: 140 },
    { key: 'awardDate', label: '获奖日期', type: 'date', synonyms: ['获奖时间', '比赛时间'] },
    { key: 'issuer', label: '颁奖单位', type: 'text', synonyms: ['主办单位', '发证单位'], width: 180 },
    { key: 'certificateNo', label: '证书编号', type: 'text', synonyms: ['获奖证书编号'] },
  ],
};
