// A .xlsx attachment (a 汇总表) → SourceDocument: each printable sheet a section with its page
// setup (orientation, paper, margins); the bordered block of cells its table (column widths, merged
// header cells, row heights); the lines above and below it (title, 填报单位：____, 注：…) paragraphs.
import ExcelJS from 'exceljs';

import { AppError } from '../../../shared/api/apiError.js';
import type {
  SourceBlock,
  SourceCell,
  SourceDocument,
  SourceParagraph,
  SourceRow,
  SourceSection,
} from '../../../shared/drafting/sourceDocument.js';
import { verifyOfficeZip } from './readZipParts.js';

const INCH = 25.4;
/** Excel's column width is in widths of the default font's digit (about 7 px at 96 dpi, plus padding). */
const colWidthMm = (w: number | undefined) => Math.round((((w ?? 8.43) * 7 + 5) / 96) * INCH * 10) / 10;
const ptToMm = (pt: number) => Math.round((pt / 72) * INCH * 10) / 10;

type Range = { top: number; left: number; bottom: number; right: number };

function parseRange(ref: string): Range | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

function cellText(c: ExcelJS.Cell): string {
  try {
    return c.text ?? '';
  } catch {
    return '';
  }
}

function bordered(c: ExcelJS.Cell): boolean {
  const b = c.border;
  return !!(b && (b.top?.style || b.bottom?.style || b.left?.style || b.right?.style));
}

function paragraphOf(c: ExcelJS.Cell, text: string): SourceParagraph {
  const f = c.font ?? {};
  const align = c.alignment?.horizontal;
  return {
    kind: 'paragraph',
    runs: text
      ? [
          {
            text,
            ...(f.name ? { font: f.name } : {}),
            ...(f.size ? { sizePt: f.size } : {}),
            ...(f.bold ? { bold: true } : {}),
            ...(f.underline ? { underline: true } : {}),
          },
        ]
      : [],
    ...(align === 'center' || align === 'centerContinuous'
      ? { align: 'center' as const }
      : align === 'right'
        ? { align: 'right' as const }
        : {}),
  };
}

function sheetSection(ws: ExcelJS.Worksheet): SourceSection | null {
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((r): r is Range => !!r);
  const masterOf = new Map<string, Range>();
  const covered = new Set<string>();
  for (const m of merges) {
    masterOf.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const lastRow = ws.actualRowCount ? ws.rowCount : 0;
  const lastCol = ws.columnCount;
  if (!lastRow || !lastCol) return null;
  // The table: rows with bordered cells, from the first to the last.
  const borderedRows: number[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= lastCol; c++)
      if (bordered(row.getCell(c))) {
        borderedRows.push(r);
        break;
      }
  }
  const top = borderedRows[0] ?? 0;
  const bottom = borderedRows[borderedRows.length - 1] ?? -1;
  let left = lastCol;
  let right = 1;
  for (let r = top; r <= bottom && top; r++)
    for (let c = 1; c <= lastCol; c++)
      if (bordered(ws.getRow(r).getCell(c))) {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
  const lineOf = (r: number): SourceParagraph | null => {
    const row = ws.getRow(r);
    const parts: { cell: ExcelJS.Cell; text: string }[] = [];
    for (let c = 1; c <= lastCol; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = row.getCell(c);
      const t = cellText(cell);
      if (t.trim()) parts.push({ cell, text: t });
    }
    if (!parts.length) return null;
    const p = paragraphOf(parts[0].cell, parts.map((x) => x.text).join('    '));
    return p;
  };
  const blocks: SourceBlock[] = [];
  for (let r = 1; r < (top || lastRow + 1); r++) {
    const p = lineOf(r);
    if (p) blocks.push(p);
  }
  if (top) {
    const rows: SourceRow[] = [];
    for (let r = top; r <= bottom; r++) {
      const row = ws.getRow(r);
      const cells: SourceCell[] = [];
      for (let c = left; c <= right; c++) {
        if (covered.has(`${r}:${c}`)) continue;
        const m = masterOf.get(`${r}:${c}`);
        const cell = row.getCell(c);
        const text = cellText(cell);
        cells.push({
          col: c - left,
          colSpan: m ? Math.min(m.right, right) - c + 1 : 1,
          rowSpan: m ? Math.min(m.bottom, bottom) - r + 1 : 1,
          paragraphs: text.split(/\r?\n/).map((line) => paragraphOf(cell, line)),
          ...(cell.alignment?.vertical === 'middle' ? { vAlign: 'center' as const } : {}),
          ...(cell.alignment?.textRotation === 'vertical' ? { vertical: true } : {}),
        });
      }
      rows.push({ cells, ...(row.height ? { heightMm: ptToMm(row.height) } : {}) });
    }
    const columnsMm: number[] = [];
    for (let c = left; c <= right; c++) columnsMm.push(colWidthMm(ws.getColumn(c).width));
    blocks.push({ kind: 'table', columnsMm, rows });
    for (let r = bottom + 1; r <= lastRow; r++) {
      const p = lineOf(r);
      if (p) blocks.push(p);
    }
  }
  if (!blocks.length) return null;
  const ps = ws.pageSetup ?? {};
  const a3 = (ps.paperSize as number | undefined) === 8; // A3 (not in exceljs's enum)
  const landscape = ps.orientation === 'landscape';
  const [w, h] = a3 ? [297, 420] : [210, 297];
  const m = ps.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  return {
    name: ws.name,
    page: {
      widthMm: landscape ? h : w,
      heightMm: landscape ? w : h,
      landscape,
      margins: {
        top: Math.round(m.top * INCH * 10) / 10,
        bottom: Math.round(m.bottom * INCH * 10) / 10,
        left: Math.round(m.left * INCH * 10) / 10,
        right: Math.round(m.right * INCH * 10) / 10,
      },
    },
    blocks,
    pageNumbers: /&P/.test(ws.headerFooter?.oddFooter ?? '') || /&P/.test(ws.headerFooter?.oddHeader ?? ''),
  };
}

export async function readXlsxAttachment(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  // exceljs trusts the archive (no CRC, no bounds): every part is checked first.
  await verifyOfficeZip(bytes, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError(
      'ATTACHMENT_DAMAGED',
      `「${fileName}」不是有效的 Excel 文件，无法读取：${(e as Error).message}`,
      {
        file: fileName,
      },
    );
  }
  const sections: SourceSection[] = [];
  const notes: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.state && ws.state !== 'visible') return;
    const s = sheetSection(ws);
    if (s) sections.push(s);
    else notes.push(`工作表「${ws.name}」是空的，已跳过`);
  });
  if (!sections.length)
    throw new AppError('ATTACHMENT_EMPTY', `「${fileName}」中没有内容（各工作表都是空的）`, { file: fileName });
  const firstFont = sections[0].blocks.find((b): b is SourceParagraph => b.kind === 'paragraph')?.runs[0];
  return {
    fileName,
    format: 'xlsx',
    sections,
    ...(firstFont?.font ? { bodyFont: firstFont.font } : {}),
    bodySizePt: 11,
    notes,
  };
}
