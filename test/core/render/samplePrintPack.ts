// A small pack exercising every print feature: cover with check boxes, year columns, repeating rows
// with a lead cell, evidence pages, a narrative box and a seal block.
import type { PackInput } from '../../../shared/packs/packSchema.js';

export const packInput: PackInput = {
  formatVersion: 1,
  id: 'test-print',
  docNo: '测〔2024〕1号',
  title: '测试通知',
  issuers: ['河南省教育厅'],
  level: '省',
  kind: 'application',
  style: { lineSpacingPt: 16, doubleSided: true, margins: { top: 37, bottom: 35, binding: 28, outer: 26 } },
  fields: [
    { key: 'schoolName', label: '学校名称', type: 'text', bind: 'school.name' },
    { key: 'nature', label: '学校性质', type: 'choice', options: ['公办', '民办'], default: '公办' },
    {
      key: 'level',
      label: '办学层次',
      type: 'choice',
      options: ['高职（本科）', '高职（专科）'],
      default: '高职（专科）',
    },
    { key: 'creditPages', label: '信用代码佐证页码', type: 'text' },
    { key: 'students', label: '在校生', type: 'number', perYear: true },
    { key: 'funding', label: '投入', type: 'money', unit: '万元', decimals: 2, default: 12.5 },
    {
      key: 'partners',
      label: '合作企业',
      type: 'table',
      columns: [
        { key: 'name', label: '名称' },
        { key: 'since', label: '合作起始', type: 'year' },
      ],
    },
    { key: 'plan', label: '建设规划', type: 'narrative', wordLimit: 800, default: '第一段。\n第二段。' },
  ],
  forms: [
    {
      id: 'apply',
      title: '申报书',
      attachment: '附件1',
      blocks: [
        {
          type: 'cover',
          titleLines: ['申报书'],
          lines: [
            { label: '申报单位', field: 'schoolName' },
            { label: '办学层次', field: 'level', checkboxes: true },
          ],
          issuerLine: '河南省教育厅 制',
          date: '2024年11月',
        },
        { type: 'heading', text: '一、基本情况' },
        {
          type: 'table',
          widthUnit: 'ratio',
          columns: [{ width: 2 }, { width: 3 }, { width: 2, perYear: true }],
          years: { count: 2, last: '2023' },
          rows: [
            {
              header: true,
              cells: [
                { text: '项目', label: true, colSpan: 2 },
                { text: '{year}年', perYear: true, label: true },
              ],
            },
            {
              cells: [
                { text: '学校', rowSpan: 3, label: true },
                { field: 'schoolName' },
                { field: 'students', perYear: true },
              ],
            },
            {
              cells: [
                { checkboxes: { field: 'nature' } },
                { text: '佐证材料页码', label: true },
                { evidence: 'creditPages' },
              ],
            },
            {
              cells: [
                { text: '投入（万元）', label: true },
                { field: 'funding', colSpan: 2 },
              ],
            },
            {
              repeat: 'partners',
              minRows: 3,
              lead: [{ text: '合作企业', label: true }],
              cells: [{ column: 'name' }, { column: 'since', colSpan: 2 }],
            },
          ],
          footnotes: ['注：¹ 以统计年度为准。'],
        },
        { type: 'narrative', field: 'plan', title: '三、建设规划', minHeightMm: 120 },
        { type: 'signature', lines: [{ label: '负责人签名：' }, { label: '（公章）', seal: true }], sealRoomMm: 42 },
      ],
    },
  ],
};
