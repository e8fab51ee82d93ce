// PrintDocument → XLSX with exceljs, for sheet-shaped forms (汇总表). One worksheet per section;
// tables become bordered cells with merges, paragraphs rows merged across the sheet. exceljs does not
// fit row heights to wrapped text, so heights are estimated here from the text and column widths.
import ExcelJS from 'exceljs';

import { paginateCached } from '../../../shared/print/paginate.js';
import {
  pageSizeMm,
  type Paragraph,
  paragraphText,
  type PrintDocument,
  type Section,
  styleOf,
  SYMBOL_FONT,
  type Table,
  type TableCell,
} from '../../../shared/print/printDocument.js';
import { placeTableCells } from '../../../shared/print/tableGrid.js';

const MM_PER_INCH = 25.4;
const PT_PER_MM = 72 / MM_PER_INCH;

/** Excel column width (characters of the default font) for a width in mm: px = w·7 + 5 at 96 dpi. */
export function mmToExcelWidth(mm: number): number {
  const px = (mm / MM_PER_INCH) * 96;
  return Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
}

const isWide = (ch: string) =>
  /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2010-\u2027\u3000-\u303f\u2600-\u26ff]/.test(
    ch,
  );

/** Lines a text needs in a box of widthMm at sizePt (CJK full width, Latin half). */
export function estimateLines(text: string, widthMm: number, sizePt: number): number {
  const em = sizePt / PT_PER_MM; // mm per full-width character
  const perLine = Math.max(1, (widthMm - 3) / em);
  let lines = 0;
  for (const para of text.split('\n')) {
    let units = 0;
    for (const ch of para) units += isWide(ch) ? 1 : 0.55;
    lines += Math.max(1, Math.ceil(units / perLine - 1e-9));
  }
  return lines;
}

function richOrText(doc: PrintDocument, paragraphs: Paragraph[], sizePt: number): ExcelJS.CellValue {
  const text = paragraphs.map(paragraphText).join('\n');
  if (!paragraphs.some((p) => p.runs.some((r) => r.symbol))) return text;
  const runs: ExcelJS.RichText[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) runs.push({ text: '\n' });
    const style = styleOf(doc, p);
    for (const r of p.runs)
      runs.push({
        text: r.text,
        font: {
          name: (r.symbol ? SYMBOL_FONT : (r.font ?? style.font)).eastAsia,
          size: r.sizePt ?? sizePt,
          bold: r.bold ?? style.bold,
        },
      });
  });
  return { richText: runs };
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The sheet's column boundaries: the union of all tables' boundaries (so tables of different shapes share one grid). */
function columnBoundaries(tables: Table[], fallbackWidthMm: number): number[] {
  const edges: number[] = [0];
  for (const t of tables) {
    let x = 0;
    for (const w of t.columnWidthsMm) edges.push((x += w));
  }
  if (!tables.length) edges.push(fallbackWidthMm);
  edges.sort((a, b) => a - b);
  return edges.filter((e, i) => i === 0 || e - edges[i - 1] > 0.5);
}

function nearestEdge(edges: number[], x: number): number {
  let best = 0;
  for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
  return best;
}

function writeSection(wb: ExcelJS.Workbook, doc: PrintDocument, s: Section, index: number): void {
  const landscape = (s.orientation ?? doc.page.orientation) === 'landscape';
  const usedNames = new Set(wb.worksheets.map((w) => w.name));
  let name = (s.name ?? `Sheet${index + 1}`).replace(/[\\/?*[\]:]/g, '_').slice(0, 31);
  while (usedNames.has(name)) name = `${name.slice(0, 28)}_${index + 1}`;
  const m = doc.page.marginsMm;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: (doc.page.paper === 'A3' ? 8 : 9) as unknown as ExcelJS.PageSetup['paperSize'],
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        top: m.top / MM_PER_INCH,
        bottom: m.bottom / MM_PER_INCH,
        left: m.inner / MM_PER_INCH,
        right: m.outer / MM_PER_INCH,
        header: 0.3,
        footer: Math.max(0.3, (m.bottom - 10) / MM_PER_INCH),
      },
    },
  });
  if (!s.cover && doc.pageNumber.format !== 'none') {
    const text = doc.pageNumber.format === 'dash' ? '— &P —' : '&P';
    const center = doc.pageNumber.position === 'center';
    ws.headerFooter.oddFooter = `${center ? '&C' : '&R'}${text}`;
    if (!center && doc.page.doubleSided) {
      ws.headerFooter.differentOddEven = true;
      ws.headerFooter.evenFooter = `&L${text}`;
    }
  }
  const tables = s.blocks.filter((b): b is Table => b.kind === 'table');
  const page = pageSizeMm(doc, s);
  const edges = columnBoundaries(tables, page.width - m.inner - m.outer);
  const nCols = edges.length - 1;
  ws.columns = edges.slice(1).map((e, i) => ({ width: mmToExcelWidth(e - edges[i]) }));
  const colWidthMm = (c0: number, c1: number) => edges[c1] - edges[c0];

  let row = 1;
  const printTitles = { first: 0, last: 0 };
  // Where each block and each table row landed, for the page breaks paginate() decided.
  const blockRow: number[] = [];
  const tableRow = new Map<number, number>();
  const writeParagraph = (p: Paragraph, sizeOverride?: number) => {
    const style = styleOf(doc, p);
    const sizePt = p.role === 'title' || p.heading ? style.sizePt : (sizeOverride ?? style.sizePt);
    const cell = ws.getCell(row, 1);
    cell.value = richOrText(doc, [p], sizePt);
    cell.font = { name: style.font.eastAsia, size: sizePt, bold: style.bold };
    cell.alignment = {
      horizontal: p.align === 'justify' || !p.align ? 'left' : p.align,
      vertical: 'middle',
      wrapText: true,
      indent: p.firstLineChars ? Math.round(p.firstLineChars) : undefined,
    };
    if (nCols > 1) ws.mergeCells(row, 1, row, nCols);
    const lines = estimateLines(paragraphText(p), colWidthMm(0, nCols), sizePt);
    ws.getRow(row).height = Math.max(p.lineSpacingPt ?? style.lineSpacingPt ?? 0, sizePt * 1.35) * lines + 2;
    row++;
  };
  const writeTable = (t: Table, blockIndex: number) => {
    const sizePt = t.sizePt ?? doc.body.sizePt;
    const placed = placeTableCells(t);
    const tEdges: number[] = [0];
    t.columnWidthsMm.reduce((x, w) => (tEdges.push(x + w), x + w), 0);
    const first = row;
    t.rows.forEach((_, i) => tableRow.set(tableRowKey(blockIndex, i), first + i));
    const needPt: number[] = t.rows.map((r) => (r.minHeightMm ? r.minHeightMm * PT_PER_MM : 0));
    const spanned: { r0: number; r1: number; pt: number }[] = [];
    for (const p of placed) {
      const c0 = nearestEdge(edges, tEdges[p.col]);
      const c1 = nearestEdge(edges, tEdges[p.col + p.colSpan]);
      const r0 = first + p.row;
      const r1 = r0 + p.rowSpan - 1;
      // Fill the whole box first so every edge of a merged cell has its border.
      for (let r = r0; r <= r1; r++) for (let c = c0 + 1; c <= c1; c++) ws.getCell(r, c).border = BOX;
      const cell = ws.getCell(r0, c0 + 1);
      writeCell(cell, doc, p.cell, sizePt);
      if (r1 > r0 || c1 - c0 > 1) ws.mergeCells(r0, c0 + 1, r1, c1);
      const text = p.cell.paragraphs.map(paragraphText).join('\n');
      const pt = estimateLines(text, colWidthMm(c0, c1), sizePt) * sizePt * 1.3 + 4;
      if (p.rowSpan === 1) needPt[p.row] = Math.max(needPt[p.row], pt);
      else spanned.push({ r0: p.row, r1: p.row + p.rowSpan - 1, pt });
    }
    for (const sp of spanned) {
      const have = needPt.slice(sp.r0, sp.r1 + 1).reduce((a, b) => a + Math.max(b, sizePt * 1.3 + 4), 0);
      if (have < sp.pt) needPt[sp.r1] = Math.max(needPt[sp.r1], sizePt * 1.3 + 4) + (sp.pt - have);
    }
    t.rows.forEach((r, i) => {
      ws.getRow(first + i).height = Math.round(Math.max(needPt[i], sizePt * 1.3 + 4) * 10) / 10;
      if (r.header && (i === 0 || t.rows[i - 1].header)) {
        printTitles.first ||= first + i;
        printTitles.last = first + i;
      }
    });
    row = first + t.rows.length;
    for (const f of t.footnotes ?? []) writeParagraph({ ...f, role: f.role ?? 'note' }, Math.min(sizePt, 10.5));
  };
  s.blocks.forEach((b, blockIndex) => {
    blockRow[blockIndex] = row;
    if (b.kind === 'paragraph') writeParagraph(b);
    else if (b.kind === 'table') writeTable(b, blockIndex);
    else if (b.kind === 'seal') {
      row++;
      for (const l of [...b.lines, b.dateLine]) {
        const cell = ws.getCell(row, 1);
        cell.value = l;
        cell.font = { name: doc.body.font.eastAsia, size: doc.body.sizePt };
        cell.alignment = { horizontal: 'right', vertical: 'middle' };
        if (nCols > 1) ws.mergeCells(row, 1, row, nCols);
        ws.getRow(row).height = doc.body.sizePt * 1.6;
        row++;
      }
    }
  });
  blockRow[s.blocks.length] = row;
  // The same page breaks as the DOCX and the PDF (a page break block is one of them).
  const pages = paginateCached(doc).pages.filter((p) => p.section === index && !p.blank);
  for (const p of pages.slice(1)) {
    const at = p.from.row !== undefined ? tableRow.get(tableRowKey(p.from.block, p.from.row)) : blockRow[p.from.block];
    if (at && at > 1) ws.getRow(at - 1).addPageBreak();
  }
  if (printTitles.first) ws.pageSetup.printTitlesRow = `${printTitles.first}:${printTitles.last}`;
}

const tableRowKey = (block: number, row: number) => block * 100_000 + row;

function writeCell(cell: ExcelJS.Cell, doc: PrintDocument, c: TableCell, sizePt: number): void {
  cell.value = richOrText(doc, c.paragraphs, sizePt);
  const first = c.paragraphs[0];
  const style = first ? styleOf(doc, first) : doc.body;
  const bold = first?.runs[0]?.bold ?? style.bold;
  cell.font = { name: style.font.eastAsia, size: sizePt, bold };
  const h = first?.align === 'justify' || !first?.align ? 'left' : first.align;
  cell.alignment = {
    horizontal: h,
    vertical: c.vAlign === 'center' || !c.vAlign ? 'middle' : c.vAlign,
    wrapText: true,
  };
  if (c.shading) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.shading}` } };
}

/** Renders the document as XLSX bytes (one worksheet per section). */
export async function renderXlsx(doc: PrintDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '申报通';
  wb.title = doc.title;
  doc.sections.forEach((s, i) => writeSection(wb, doc, s, i));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}
