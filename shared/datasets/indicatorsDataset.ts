import type { DatasetDef } from './datasetDefinition.js';

/**
 * 指标: any other yearly figure a notice asks for (共建课程, 企业兼职教师课时, 技术服务收入 …). Each
 * year holds the catalogue (code, name, unit, definition) with that year's value; 「开始新年度」
 * copies the catalogue and leaves the values empty.
 */
export const indicatorsDataset: DatasetDef = {
  name: 'indicators',
  label: '指标',
  table: 'indicator',
  yearly: true,
  keyFields: ['code', 'name'],
  carryOverFields: ['code', 'name', 'unit', 'definition', 'scope'],
  fields: [
    {
      key: 'code',
      label: '指标代码',
      type: 'text',
      required: true,
      hidden: true,
      defaultFrom: 'name',
      synonyms: ['代码', '编号'],
      sample: 'coBuiltCourses',
      description: '通知包按它查找指标；新增的指标不填时取指标名称',
    },
    {
      key: 'name',
      label: '指标名称',
      type: 'text',
      required: true,
      synonyms: ['指标', '名称', '项目名称'],
      sample: '共建课程',
      width: 220,
    },
    { key: 'unit', label: '单位', type: 'text', synonyms: ['计量单位'], sample: '个' },
    { key: 'definition', label: '口径说明', type: 'longText', synonyms: ['定义', '说明', '统计口径'], width: 260 },
    {
      key: 'scope',
      label: '统计范围',
      type: 'choice',
      choices: ['学校', '实训中心', '专业群', '联合体'],
      synonyms: ['范围'],
      sample: '学校',
    },
    { key: 'value', label: '数值', type: 'decimal', synonyms: ['值', '年度数值', '数据'], sample: 12 },
    { key: 'note', label: '备注', type: 'text' },
  ],
};
