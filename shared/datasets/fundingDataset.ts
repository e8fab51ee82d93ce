import type { DatasetDef } from './datasetDefinition.js';

export const FUNDING_SOURCES = [
  '财政投入',
  '事业收入投入',
  '企业投入',
  '社会捐赠',
  '市县财政投入',
  '学校自筹',
  '其他',
] as const;

/** 经费 by year × source, actual (实际) or planned (计划), for a purpose (实训中心建设 …). Money in 分. */
export const fundingDataset: DatasetDef = {
  name: 'funding',
  label: '经费投入',
  table: 'funding',
  yearly: true,
  fields: [
    {
      key: 'source',
      label: '经费途径',
      type: 'choice',
      choices: FUNDING_SOURCES,
      required: true,
      synonyms: ['途径', '来源', '经费来源', '投入途径'],
      sample: '财政投入',
    },
    {
      key: 'kind',
      label: '实际或计划',
      type: 'choice',
      choices: ['实际', '计划'],
      required: true,
      synonyms: ['类型', '实际/计划'],
      sample: '实际',
    },
    {
      key: 'amount',
      label: '金额',
      type: 'money',
      unit: '元',
      min: 0,
      required: true,
      total: true,
      synonyms: ['金额（元）', '投入金额', '经费'],
      sample: 3200000,
    },
    {
      key: 'purpose',
      label: '用途',
      type: 'text',
      synonyms: ['投入方向', '项目', '使用方向'],
      sample: '实训中心建设',
      width: 200,
    },
    { key: 'note', label: '备注', type: 'text', synonyms: ['说明'] },
  ],
};
