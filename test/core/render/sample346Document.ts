// A hand-built PrintDocument of the 346号 申报书's cover, 填写要求, 声明 and 一、基本情况, filled with demo
// values: the renderers' test document, independent of the pack builder.
import {
  cell,
  CHECKBOX_CHECKED,
  CHECKBOX_EMPTY,
  FANGSONG,
  GBT9704_PAGE,
  GBT9704_PAGE_NUMBER,
  HEITI,
  para,
  type Paragraph,
  type PrintDocument,
  type TableCell,
  type TableRow,
  XIAOBIAOSONG,
} from '../../../shared/print/printDocument.js';

const LABEL = 'F2F2F2';
const label = (text: string, extra: Partial<TableCell> = {}): TableCell =>
  cell(text, { role: 'label', shading: LABEL, ...extra });
const value = (text: string, extra: Partial<TableCell> = {}): TableCell => cell(text, { role: 'value', ...extra });

export interface Sample346Values {
  schoolName: string;
  enterprises: { name: string; creditCode: string; legal: string; contact: string; phone: string }[];
}

export const SAMPLE_VALUES: Sample346Values = {
  schoolName: '河南示范职业技术学院',
  enterprises: [
    {
      name: '郑州宇通智能装备有限公司',
      creditCode: '91410100MA44XK7Q3D',
      legal: '王建国',
      contact: '李红',
      phone: '0371-66668888',
    },
    {
      name: '河南中原数控机床股份有限公司',
      creditCode: '91410100317448956L',
      legal: '赵志强',
      contact: '孙丽',
      phone: '0371-67779999',
    },
  ],
};

function checkboxLine(options: string[], checked: number): Paragraph {
  return {
    kind: 'paragraph',
    align: 'center',
    runs: options.flatMap((o, i) => [
      { text: i === checked ? CHECKBOX_CHECKED : CHECKBOX_EMPTY, symbol: true },
      { text: `${o}${i < options.length - 1 ? '  ' : ''}` },
    ]),
  };
}

function enterpriseRows(n: number, e: Sample346Values['enterprises'][number]): TableRow[] {
  return [
    {
      cantSplit: true,
      cells: [
        label(`实训中心合作企业\n（${n}）\n基本信息`, { rowSpan: 10 }),
        label('企业名称', { colSpan: 2 }),
        value(e.name, { colSpan: 3 }),
      ],
    },
    {
      cantSplit: true,
      cells: [label('企业称号或荣誉', { colSpan: 2 }), value('河南省专精特新中小企业', { colSpan: 3 })],
    },
    {
      cantSplit: true,
      cells: [label('成立时间', { colSpan: 2 }), value('2015年3月'), label('企业性质'), value('民营企业')],
    },
    { cantSplit: true, cells: [label('通讯地址', { colSpan: 2 }), value('郑州市高新区科学大道100号', { colSpan: 3 })] },
    {
      cantSplit: true,
      cells: [label('统一社会信用代码', { colSpan: 2 }), value(e.creditCode), label('佐证材料页码'), value('3–5')],
    },
    {
      cantSplit: true,
      cells: [
        label('法定代表人\n信息', { rowSpan: 2 }),
        label('姓    名'),
        value(e.legal),
        label('职    务'),
        value('董事长'),
      ],
    },
    { cantSplit: true, cells: [label('办公电话'), value(e.phone), label('传    真'), value('0371-66668889')] },
    {
      cantSplit: true,
      cells: [
        label('联系人\n信息', { rowSpan: 3 }),
        label('姓    名'),
        value(e.contact),
        label('职    务'),
        value('人力资源部经理'),
      ],
    },
    { cantSplit: true, cells: [label('办公电话'), value(e.phone), label('传    真'), value('0371-66668890')] },
    { cantSplit: true, cells: [label('手    机'), value('13838000001'), label('电子信箱'), value('hr@example.com')] },
  ];
}

export function sample346Document(v: Sample346Values = SAMPLE_VALUES): PrintDocument {
  const body = { font: FANGSONG, sizePt: 12, lineSpacingPt: 16 };
  const coverLine = (labelText: string, valueText: string): Paragraph => ({
    kind: 'paragraph',
    align: 'left',
    lineSpacingPt: 36,
    runs: [
      { text: labelText, sizePt: 16 },
      { text: valueText, sizePt: 16, underline: true },
    ],
  });
  return {
    title: '河南省职业教育高水平专业化产教融合实训中心申报书',
    page: { ...GBT9704_PAGE, doubleSided: true, marginsMm: { top: 25, bottom: 25, inner: 28, outer: 26 } },
    body,
    titleStyle: { font: XIAOBIAOSONG, sizePt: 22 },
    headingStyles: { 1: { font: HEITI, sizePt: 16, lineSpacingPt: 28 } },
    pageNumber: { ...GBT9704_PAGE_NUMBER, position: 'outside' },
    sections: [
      {
        name: '封面',
        cover: true,
        blocks: [
          para('附件1', { align: 'left', run: { font: HEITI, sizePt: 16 } }),
          para('', { lineSpacingPt: 60 }),
          para('河南省职业教育', { role: 'title', align: 'center', lineSpacingPt: 40 }),
          para('高水平专业化产教融合实训中心', { role: 'title', align: 'center', lineSpacingPt: 40 }),
          para('申报书', { role: 'title', align: 'center', lineSpacingPt: 60 }),
          para('', { lineSpacingPt: 60 }),
          coverLine('申报单位：', v.schoolName),
          {
            kind: 'paragraph',
            align: 'left',
            lineSpacingPt: 36,
            runs: [
              { text: '办学层次：', sizePt: 16 },
              { text: CHECKBOX_EMPTY, symbol: true, sizePt: 16 },
              { text: '高职（本科）  ', sizePt: 16 },
              { text: CHECKBOX_CHECKED, symbol: true, sizePt: 16 },
              { text: '高职（专科）', sizePt: 16 },
            ],
          },
          coverLine('申报专业：', '机电一体化技术'),
          coverLine('中心服务专业（群）：', '智能制造专业群'),
          coverLine('联 系 人：', '张明'),
          coverLine('联系电话：', '0371-60000000'),
          para('', { lineSpacingPt: 60 }),
          para('河南省教育厅  河南省财政厅 制', { align: 'center', run: { sizePt: 16 }, lineSpacingPt: 30 }),
          para('2024年11月', { align: 'center', run: { sizePt: 16 }, lineSpacingPt: 30 }),
        ],
      },
      {
        name: '申报书',
        blocks: [
          para('填 写 要 求', { role: 'title', align: 'center', lineSpacingPt: 40, spaceAfterPt: 12 }),
          para(
            '一、申报内容体现已有基础和建设承诺，明确时间、内容、结果，重点突出，逻辑清晰，叙述准确、精炼，不超出相应部分的篇幅规定要求。',
            { firstLineChars: 2 },
          ),
          para('四、文字内容的字体为仿宋_GB2312，字号为小四号，行距为固定值16磅。', { firstLineChars: 2 }),
          { kind: 'pageBreak' },
          para('内容真实性责任声明', { role: 'title', align: 'center', lineSpacingPt: 40, spaceAfterPt: 12 }),
          para(
            `${v.schoolName}对河南省职业教育高水平专业化产教融合实训中心的《申报书》及相关佐证材料内容的真实性和准确性负责。`,
            { firstLineChars: 2 },
          ),
          para('特此声明。', { firstLineChars: 2 }),
          {
            kind: 'seal',
            lines: ['单位名称（盖章）：', '法定代表人（签字）：'],
            dateLine: '年    月    日',
            heightMm: 42,
          },
          { kind: 'pageBreak' },
          para('一、基本情况', { heading: 1, align: 'left' }),
          {
            kind: 'table',
            columnWidthsMm: [24, 22, 22, 36, 22, 30],
            rows: [
              {
                header: true,
                cantSplit: true,
                cells: [
                  label('申报实训中心名称', { colSpan: 3 }),
                  value('河南省职业教育高水平专业化\n产教融合实训中心建设（机电一体化技术专业）', { colSpan: 3 }),
                ],
              },
              {
                cantSplit: true,
                cells: [
                  label('申报\n学校\n基本信息', { rowSpan: 8 }),
                  label('学校名称', { colSpan: 2 }),
                  value(v.schoolName),
                  label('隶属关系'),
                  value('河南省教育厅'),
                ],
              },
              {
                cantSplit: true,
                cells: [
                  label('建校时间', { colSpan: 2 }),
                  value('1958年'),
                  label('学校性质'),
                  { ...value(''), paragraphs: [checkboxLine(['公办', '民办'], 0)] },
                ],
              },
              {
                cantSplit: true,
                cells: [label('通讯地址', { colSpan: 2 }), value('郑州市金水区文化路1号', { colSpan: 3 })],
              },
              {
                cantSplit: true,
                cells: [
                  label('统一社会信用代码', { colSpan: 2 }),
                  value('12410000415800123X'),
                  label('佐证材料页码'),
                  value('1–2'),
                ],
              },
              {
                cantSplit: true,
                cells: [
                  label('法定代表人\n信息', { rowSpan: 2 }),
                  label('姓    名'),
                  value('刘长河'),
                  label('职    务'),
                  value('院长'),
                ],
              },
              {
                cantSplit: true,
                cells: [label('办公电话'), value('0371-60000001'), label('手    机'), value('13900000001')],
              },
              {
                cantSplit: true,
                cells: [
                  label('联系人\n信息', { rowSpan: 2 }),
                  label('姓    名'),
                  value('张明'),
                  label('职    务'),
                  value('教务处处长'),
                ],
              },
              {
                cantSplit: true,
                cells: [label('办公电话'), value('0371-60000000'), label('电子信箱'), value('jwc@example.edu.cn')],
              },
              ...enterpriseRows(1, v.enterprises[0]),
              ...enterpriseRows(2, v.enterprises[1]),
              {
                cantSplit: true,
                minHeightMm: 42,
                cells: [
                  label('学校意见', { colSpan: 2 }),
                  {
                    ...value(''),
                    colSpan: 4,
                    vAlign: 'bottom',
                    paragraphs: [
                      para('负责人签名：', { align: 'right' }),
                      para('（公章）', { align: 'right' }),
                      para('年    月    日', { align: 'right' }),
                    ],
                  },
                ],
              },
            ],
            footnotes: [para('注：佐证材料页码填写佐证材料汇编中的页码范围。', { align: 'left', role: 'note' })],
          },
        ],
      },
    ],
  };
}
