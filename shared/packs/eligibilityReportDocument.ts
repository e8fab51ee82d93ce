// An eligibility or self-check result as a printable 自查表: every condition with the school's
// figure, the requirement, 达标/未达标/不适用/待确认 and the data source, the verdict, what the notice
// asks to hand in, and a signature block for the school's leaders. One print model, so DOCX, XLSX
// and PDF show the same table.
import {
  cell,
  FANGSONG,
  GBT9704_PAGE,
  GBT9704_PAGE_NUMBER,
  HEITI,
  para,
  type PrintDocument,
  type TableRow,
  XIAOBIAOSONG,
} from '../print/printDocument.js';
import type { EligibilityReport, RuleOutcome } from './checkEligibility.js';
import { figureText, groupText, requirementText, sourceText, statusText } from './eligibilityWords.js';
import type { Pack, PackSubmission } from './packSchema.js';

export interface ReportMeta {
  schoolName: string;
  /** YYYY-MM-DD of the check. */
  date: string;
  /** The application checked, when there is one. */
  applicationTitle?: string;
}

/** 「目标自查表」 for a notice of targets, 「申报条件自查表」 for an application notice. */
export function reportKindName(pack: Pick<Pack, 'kind'>): string {
  return pack.kind === 'selfCheck' ? '目标自查表' : '申报条件自查表';
}

/** 「河南示范职业技术学院郑政办〔2023〕38号目标自查表」: the file name, without extension. */
export function reportFileBase(pack: Pick<Pack, 'kind' | 'docNo'>, schoolName: string): string {
  return `${schoolName}${pack.docNo}${reportKindName(pack)}`;
}

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

// Landscape A4, GB/T 9704 margins: 297 − 28 − 26 = 243 mm of text width.
const WIDTHS = [14, 92, 34, 34, 17, 52];
const HEAD = ['序号', '条件（通知原文）', '本校数据', '要求', '结果', '数据来源'];

function ruleRow(r: RuleOutcome): TableRow {
  const sub = !!r.parent;
  return {
    cantSplit: true,
    cells: [
      cell(r.id),
      cell(sub ? `\u3000${r.label}` : r.label, { align: 'left' }),
      cell(figureText(r)),
      cell(requirementText(r)),
      cell(statusText(r), { ...(r.status === 'unmet' ? { shading: 'F8D7DA' } : {}) }),
      cell(sourceText(r), { align: 'left' }),
    ],
  };
}

function tableRows(report: EligibilityReport): TableRow[] {
  const rows: TableRow[] = [
    { header: true, cantSplit: true, cells: HEAD.map((t) => cell(t, { role: 'label', shading: 'EDEDED' })) },
  ];
  let section: string | undefined;
  for (const r of report.rules) {
    if (r.section && r.section !== section) {
      section = r.section;
      rows.push({
        cantSplit: true,
        keepWithNext: true,
        cells: [cell(section, { colSpan: HEAD.length, align: 'left', role: 'label', shading: 'F3F3F3' })],
      });
    }
    rows.push(ruleRow(r));
  }
  return rows;
}

/** 报送要求 as short lines, for the leaders reading the 自查表. */
export function submissionLines(s: PackSubmission | undefined, deadline?: string): string[] {
  if (!s) return [];
  const out: string[] = [];
  if (deadline || s.deadlineText)
    out.push(`截止时间：${[deadline ? chineseDate(deadline) : '', s.deadlineText ?? ''].filter(Boolean).join('，')}`);
  for (const i of s.items) {
    const bits = [
      i.copies ? `${i.paper === false ? '' : '纸质'}${i.copies}份` : '',
      i.seal ? '加盖公章' : '',
      i.electronic ? '同时提交电子版' : '',
      i.maxPages ? `不超过${i.maxPages}页` : '',
      i.binding ?? '',
      i.note ?? '',
    ].filter(Boolean);
    out.push(`${i.what}${bits.length ? `：${bits.join('，')}` : ''}`);
  }
  if (s.recipient || s.address) out.push(`报送至：${[s.recipient, s.address, s.mailNote].filter(Boolean).join('，')}`);
  if (s.email) out.push(`电子版发送至：${s.email}`);
  if (s.electronicFileName) out.push(`电子材料命名：${s.electronicFileName}`);
  if (s.packaging) out.push(`封装：${s.packaging}`);
  if (s.quota) out.push(`名额：${s.quota.text}`);
  for (const c of s.contacts ?? [])
    out.push(`${c.role ?? '联系人'}：${[c.name, c.phone, c.email].filter(Boolean).join('\u3000')}`);
  for (const n of s.notes ?? []) out.push(n);
  return out;
}

export function buildEligibilityReportDocument(
  pack: Pick<Pack, 'kind' | 'docNo' | 'title' | 'submission' | 'deadline' | 'eligibility'>,
  report: EligibilityReport,
  meta: ReportMeta,
): PrintDocument {
  const title = `${pack.docNo}${reportKindName(pack)}`;
  const params = Object.entries(report.paramLabels)
    .filter(([, v]) => v)
    .map(([, v]) => v)
    .join('，');
  const body = (text: string, extra: Parameters<typeof para>[1] = {}) => para(text, { align: 'left', ...extra });
  const blocks: PrintDocument['sections'][number]['blocks'] = [
    para(title, { role: 'title', align: 'center', spaceAfterPt: 6 }),
    body(`通知：${pack.title}`),
    body(
      [
        `学校：${meta.schoolName}`,
        meta.applicationTitle ? `申报：${meta.applicationTitle}` : '',
        params ? `参数：${params}` : '',
      ]
        .filter(Boolean)
        .join('\u3000'),
    ),
    body(`自查日期：${chineseDate(meta.date)}\u3000数据来源：申报通基础数据（统计截至每年12月31日）`, {
      spaceAfterPt: 6,
    }),
  ];
  if (report.noConditions) blocks.push(body(`${report.verdictText}。`, { run: { bold: true } }));
  else {
    blocks.push({ kind: 'table', columnWidthsMm: WIDTHS, rows: tableRows(report), sizePt: 10.5 });
    if (pack.eligibility?.overall?.text) blocks.push(body(`总体要求：${pack.eligibility.overall.text}`));
    if (!report.selfCheck) for (const g of report.groups) blocks.push(body(groupText(g)));
    blocks.push(
      body(`${report.selfCheck ? '自查结果' : '结论'}：${report.verdictText}`, {
        run: { bold: true, font: HEITI },
        spaceBeforePt: 6,
      }),
    );
  }
  const lines = submissionLines(pack.submission, pack.deadline);
  if (lines.length) {
    blocks.push(para('报送要求（通知原文摘要）', { heading: 2, align: 'left', keepWithNext: true, spaceBeforePt: 6 }));
    for (const l of lines) blocks.push(body(l));
  }
  blocks.push({
    kind: 'seal',
    lines: ['填表人：', '负责人（签字）：', '（公章）'],
    dateLine: '年    月    日',
    heightMm: 30,
  });
  return {
    title,
    // Landscape by the section (as the forms' landscape sheets are), the document default portrait.
    page: GBT9704_PAGE,
    body: { font: FANGSONG, sizePt: 12, lineSpacingPt: 20 },
    titleStyle: { font: XIAOBIAOSONG, sizePt: 18, lineSpacingPt: 28 },
    headingStyles: { 2: { font: HEITI, sizePt: 12, lineSpacingPt: 20 } },
    pageNumber: GBT9704_PAGE_NUMBER,
    sections: [{ name: reportKindName(pack), orientation: 'landscape', blocks }],
  };
}
