// A pack whose forms break every easy assumption about pages: a 9-row 绩效目标 table with one row
// taller than a page (the row LibreOffice used to drop, printing the header and the footnote only),
// a narrative of three pages, a table wider than a portrait page, and a 70-row sheet.
import { type PackInput, packSchema } from '../../../shared/packs/packSchema.js';

const sentence = (topic: string, k: number) =>
  `${topic}第${k}项：围绕产教融合实训中心建设，完成设备采购、课程开发与师资培训，形成可检查的阶段成果（2026年完成率100%）。`;

/** About `chars` characters of sentences on a topic. */
export const longText = (topic: string, chars: number) => {
  let t = '';
  for (let k = 1; t.length < chars; k++) t += sentence(topic, k);
  return t;
};

const goals = Array.from({ length: 9 }, (_, i) => ({
  goal: i === 4 ? longText('年度绩效目标', 2600) : `绩效目标${i + 1}：${sentence('目标', i + 1)}`,
  value: i === 4 ? longText('指标值', 300) : `${(i + 1) * 10}%`,
}));

const roster = Array.from({ length: 70 }, (_, i) => ({
  name: `成员单位${i + 1}号有限公司`,
  kind: i % 3 === 0 ? '企业' : i % 3 === 1 ? '学校' : '科研机构',
  note: i % 7 === 0 ? sentence('合作内容', i) : '',
}));

/** A table field of text columns with its rows given. */
const tableField = (key: string, label: string, columns: Record<string, string>, rows: Record<string, string>[]) => ({
  key,
  label,
  type: 'table' as const,
  columns: Object.entries(columns).map(([k, l]) => ({ key: k, label: l, type: 'text' as const })),
  defaultRows: rows,
});

export const TALL_ROW_PACK: PackInput = {
  formatVersion: 1,
  id: 'test-tall-rows',
  docNo: '测〔2026〕11号',
  title: '版式压力测试',
  issuers: ['测试厅'],
  level: '省',
  kind: 'application',
  style: {
    paper: 'A4',
    bindingSide: 'left',
    doubleSided: true,
    body: { family: '仿宋_GB2312', fallback: ['FangSong', '仿宋'], size: '小四' },
    lineSpacingPt: 16,
  },
  fields: [
    tableField('goals', '绩效目标', { goal: '目标', value: '指标值' }, goals),
    { key: 'plan', label: '建设规划', type: 'narrative', default: longText('建设规划', 3400) },
    { key: 'due', label: '完成时间', type: 'date', default: '2026-12-07' },
    { key: 'start', label: '开始时间', type: 'date', default: '2025-03-01', dateFormat: 'YYYY.M' },
    tableField('roster', '成员单位', { name: '名称', kind: '类别', note: '备注' }, roster),
  ],
  forms: [
    {
      id: 'goals',
      title: '绩效目标表',
      attachment: '附件1',
      blocks: [
        {
          type: 'cover',
          titleLines: ['版式压力测试', '绩效目标申报书'],
          lines: [
            { label: '申报单位', text: '{{school}}' },
            { label: '完成时间', field: 'due' },
          ],
          issuerLine: '测试厅 制',
          dateField: 'due',
        },
        { type: 'heading', text: '一、绩效目标', level: 1 },
        {
          type: 'table',
          caption: '年度绩效目标（开始于{{start}}）',
          columns: [{ width: 10 }, { width: 60 }, { width: 30 }],
          rows: [
            {
              header: true,
              cells: [
                { text: '序号', label: true },
                { text: '绩效目标', label: true },
                { text: '指标值', label: true },
              ],
            },
            { repeat: 'goals', cells: [{ seq: true }, { column: 'goal' }, { column: 'value' }] },
          ],
          footnotes: ['注：指标值须可量化、可检查。'],
        },
        { type: 'heading', text: '二、建设规划', level: 1 },
        { type: 'narrative', field: 'plan', minHeightMm: 120 },
        { type: 'heading', text: '三、设备清单（横向）', level: 1 },
        {
          type: 'table',
          widthUnit: 'mm',
          columns: [{ width: 20 }, { width: 90 }, { width: 60 }, { width: 40 }, { width: 35 }],
          rows: [
            {
              header: true,
              cells: ['序号', '设备名称及主要技术参数', '生产厂家', '单价（万元）', '联系电话'].map((text) => ({
                text,
                label: true,
              })),
            },
            ...Array.from({ length: 12 }, (_, i) => ({
              cells: [
                { text: String(i + 1) },
                { text: `数控加工中心${i + 1}型，主轴转速12000转/分，定位精度0.005毫米` },
                { text: '河南示范智能装备股份有限公司' },
                { text: `${(i + 1) * 12.5}` },
                { text: `0371-6677880${i % 10}` },
              ],
            })),
          ],
        },
        { type: 'signature', lines: [{ label: '单位（公章）：', seal: true }], sealRoomMm: 40 },
      ],
    },
    {
      id: 'roster',
      title: '成员单位名单',
      attachment: '附件2',
      kind: 'sheet',
      orientation: 'landscape',
      blocks: [
        { type: 'paragraph', style: 'title', align: 'center', indent: false, text: '成员单位名单' },
        {
          type: 'table',
          columns: [{ width: 8 }, { width: 40 }, { width: 12 }, { width: 40 }],
          rows: [
            {
              header: true,
              cells: ['序号', '名称', '类别', '备注'].map((text) => ({ text, label: true })),
            },
            { repeat: 'roster', cells: [{ seq: true }, { column: 'name' }, { column: 'kind' }, { column: 'note' }] },
          ],
        },
      ],
    },
  ],
};

export const tallRowPack = () => packSchema.parse(TALL_ROW_PACK);
