import type { DatasetDef } from './datasetDefinition.js';

export const TRAINING_GROUPS = ['企业职工', '进城务工人员', '农村富余劳动力', '下岗失业人员', '退役军人', '其他社会人员'] as const;

/** 面向社会的职业培训 by year and group (346号: 年完成培训 1000 人次以上; 258号: 人日). */
export const trainingDataset: DatasetDef = {
  name: 'training',
  label: '社会培训',
  table: 'training',
  yearly: true,
  fields: [
    { key: 'project', label: '培训项目', type: 'text', required: true, synonyms: ['项目名称', '培训名称', '培训内容'], sample: '工业机器人运维技能提升培训', width: 220 },
    { key: 'targetGroup', label: '培训对象', type: 'choice', choices: TRAINING_GROUPS, required: true, synonyms: ['培训人群', '对象', '人员类别'], sample: '企业职工' },
    { key: 'trainingType', label: '培训类型', type: 'choice', choices: ['岗前培训', '转岗培训', '技能提升培训', '继续教育', '技能鉴定', '其他'], synonyms: ['类型'], sample: '技能提升培训' },
    { key: 'partner', label: '委托单位', type: 'text', synonyms: ['合作单位', '委托企业'], width: 180 },
    { key: 'personTimes', label: '培训人次', type: 'integer', unit: '人次', min: 0, required: true, total: true, synonyms: ['人次', '培训人数'], sample: 160 },
    { key: 'hours', label: '培训学时', type: 'integer', unit: '学时', min: 0, total: true, synonyms: ['学时', '课时'], sample: 40 },
    { key: 'personDays', label: '培训人日', type: 'integer', unit: '人日', min: 0, total: true, synonyms: ['人日'], sample: 800 },
    { key: 'startDate', label: '开始日期', type: 'date', synonyms: ['培训时间', '开班日期'] },
    { key: 'certified', label: '取证人数', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['获证人数'] },
  ],
};
