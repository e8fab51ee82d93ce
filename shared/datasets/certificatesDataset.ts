import type { DatasetDef } from './datasetDefinition.js';

export const CERTIFICATE_KINDS = ['1+X证书', '职业技能等级证书', '职业资格证书', '人人持证'] as const;
export const PERSON_CERT_TASKS = ['培训', '取证', '高级工及以上取证'] as const;

/**
 * 证书 by year: 1+X and 职业技能等级 certificates (任务数 vs 实际取证) and the 「人人持证、技能河南」
 * tasks (培训 in 人次, 取证 and 高级工及以上 in 人), each with what was assigned and what was done.
 */
export const certificatesDataset: DatasetDef = {
  name: 'certificates',
  label: '证书与人人持证',
  table: 'certificate',
  yearly: true,
  fields: [
    {
      key: 'kind',
      label: '类别',
      type: 'choice',
      choices: CERTIFICATE_KINDS,
      required: true,
      synonyms: ['证书类别', '证书类型', '类型'],
      sample: '1+X证书',
    },
    {
      key: 'taskType',
      label: '任务类别',
      type: 'choice',
      choices: PERSON_CERT_TASKS,
      synonyms: ['人人持证任务类别'],
      sample: '取证',
      description: '「人人持证」行填写：培训（人次）、取证（人）、高级工及以上取证（人）',
    },
    {
      key: 'name',
      label: '证书名称',
      type: 'text',
      synonyms: ['证书', '职业技能等级证书名称', '项目名称'],
      sample: '工业机器人操作与运维',
      width: 220,
    },
    {
      key: 'certLevel',
      label: '证书等级',
      type: 'choice',
      choices: ['初级', '中级', '高级', '不分级'],
      synonyms: ['等级'],
      sample: '中级',
    },
    { key: 'issuer', label: '评价组织', type: 'text', synonyms: ['培训评价组织', '发证机构'], width: 180 },
    {
      key: 'taskCount',
      label: '下达任务数',
      type: 'integer',
      unit: '人',
      min: 0,
      total: true,
      synonyms: ['任务数', '教育行政部门下达的任务数', '计划数'],
      sample: 120,
    },
    {
      key: 'achievedCount',
      label: '实际完成数',
      type: 'integer',
      unit: '人',
      min: 0,
      total: true,
      synonyms: ['实际取证人数', '取证人数', '完成数', '学校实际完成的任务数'],
      sample: 126,
    },
    {
      key: 'relatedMajor',
      label: '相关专业',
      type: 'text',
      synonyms: ['对应专业', '与申报专业相关'],
      sample: '工业机器人技术',
      width: 160,
    },
  ],
};
