import type { DatasetDef } from './datasetDefinition.js';
import { MAJOR_STATUSES } from './majorsDataset.js';

/** 专业群: the groups a school builds (省级双高 …); majors name their group in 所属专业群. */
export const majorGroupsDataset: DatasetDef = {
  name: 'majorGroups',
  label: '专业群',
  table: 'major_group',
  yearly: false,
  keyFields: ['name'],
  fields: [
    {
      key: 'name',
      label: '专业群名称',
      type: 'text',
      required: true,
      synonyms: ['专业群', '名称'],
      sample: '智能制造专业群',
      width: 180,
    },
    {
      key: 'coreMajorCode',
      label: '核心专业代码',
      type: 'text',
      catalogue: 'code',
      synonyms: ['龙头专业代码'],
      sample: '460301',
    },
    {
      key: 'coreMajorName',
      label: '核心专业名称',
      type: 'text',
      catalogue: 'name',
      synonyms: ['核心专业', '龙头专业'],
      sample: '机电一体化技术',
    },
    {
      key: 'status',
      label: '建设层级',
      type: 'choice',
      choices: MAJOR_STATUSES,
      synonyms: ['双高/示范', '专业群建设层级'],
      sample: '省级双高专业群',
    },
    { key: 'approvedYear', label: '立项年份', type: 'year', synonyms: ['认定年份', '立项时间'], sample: 2020 },
    {
      key: 'approvalDocument',
      label: '立项文件',
      type: 'text',
      synonyms: ['认定文件', '文号'],
      sample: '豫教职成〔2020〕xx号',
    },
    { key: 'leader', label: '专业群负责人', type: 'text', synonyms: ['负责人', '群负责人'] },
    { key: 'department', label: '所属院系', type: 'text', synonyms: ['院系', '二级学院'] },
    { key: 'servedIndustry', label: '面向产业', type: 'text', synonyms: ['服务产业', '对接产业链'], width: 200 },
    { key: 'description', label: '专业群简介', type: 'longText', synonyms: ['简介', '说明'], width: 260 },
  ],
};
