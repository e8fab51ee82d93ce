// A sheet-shaped test document like the 346号 附件3 申报汇总表: landscape, header rows, a long wrapped cell.
import {
  cell,
  FANGSONG,
  GBT9704_PAGE,
  HEITI,
  para,
  type PrintDocument,
  type TableRow,
  XIAOBIAOSONG,
} from '../../../shared/print/printDocument.js';

export const SUMMARY_ROWS = [
  [
    '1',
    '河南示范职业技术学院',
    '机电一体化技术',
    '智能制造专业群（机电一体化技术、工业机器人技术、电气自动化技术、数控技术、智能制造装备技术）',
    '张明',
    '13900000001',
  ],
  ['2', '郑州工业职业学院', '软件技术', '软件技术专业群', '李华', '13900000002'],
];

export function sampleSummarySheet(): PrintDocument {
  const head = ['序号', '学校名称', '申报专业', '中心服务专业（群）', '联系人', '手机'];
  const rows: TableRow[] = [
    { header: true, cantSplit: true, cells: head.map((h) => cell(h, { role: 'label', shading: 'F2F2F2' })) },
    ...SUMMARY_ROWS.map((r) => ({
      cantSplit: true,
      cells: r.map((v, i) => cell(v, { align: i === 3 ? 'left' : 'center' })),
    })),
  ];
  return {
    title: '河南省职业教育高水平专业化产教融合实训中心申报汇总表',
    page: { ...GBT9704_PAGE, orientation: 'landscape', marginsMm: { top: 20, bottom: 20, inner: 20, outer: 20 } },
    body: { font: FANGSONG, sizePt: 12 },
    titleStyle: { font: XIAOBIAOSONG, sizePt: 18 },
    headingStyles: { 1: { font: HEITI, sizePt: 16 } },
    pageNumber: { format: 'none', font: FANGSONG, sizePt: 14, position: 'center' },
    sections: [
      {
        name: '汇总表',
        orientation: 'landscape',
        blocks: [
          para('附件3', { align: 'left', run: { font: HEITI } }),
          para('河南省职业教育高水平专业化产教融合实训中心申报汇总表', { role: 'title', align: 'center' }),
          para('推荐单位（盖章）：                    填报人：          联系电话：', { align: 'left' }),
          {
            kind: 'table',
            columnWidthsMm: [15, 60, 45, 70, 30, 37],
            rows,
            sizePt: 12,
            footnotes: [para('注：按推荐顺序填写。', { align: 'left' })],
          },
        ],
      },
    ],
  };
}
