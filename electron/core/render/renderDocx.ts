// PrintDocument → DOCX with the `docx` library. Library gotchas handled here (DESIGN.md): lengths
// in twips computed by us (docx's mm helper floors), LineRuleType.EXACT (EXACTLY is invalid),
// ascii/hAnsi/eastAsia set on every run (Chinese fonts only apply via w:eastAsia), and our own font
// table and settings (docx writes an empty font table and has no mirror margins).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  type IRunOptions,
  type ISectionOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  SectionType,
  ShadingType,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

import { CELL_PAD_MM, sealLayout } from '../../../shared/print/measureBlocks.js';
import { paginateCached, type PrintPage } from '../../../shared/print/paginate.js';
import {
  type Align,
  type FontSpec,
  fontsUsed,
  PAPER_SIZES_MM,
  type Paragraph,
  type PrintDocument,
  type Run,
  SEAL_INDENT,
  type SealBlock,
  styleOf,
  SYMBOL_FONT,
  type Table,
  type TextStyle,
} from '../../../shared/print/printDocument.js';
import { placeTableCells } from '../../../shared/print/tableGrid.js';
import { fontTableXml, settingsXml } from './docxPackageParts.js';

/** mm → twips, rounded (A4 = 11906 × 16838). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
const ptToTwips = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
};

function runFont(f: FontSpec) {
  const latin = f.latin ?? f.eastAsia;
  return { ascii: latin, hAnsi: latin, eastAsia: f.eastAsia, cs: latin };
}

function textRun(r: Run, style: TextStyle, sizePt: number): TextRun {
  const font = r.symbol ? SYMBOL_FONT : (r.font ?? style.font);
  // Typed apart from the call: TextRun also takes a plain string, whose String.prototype.bold the
  // object literal would otherwise be checked against.
  const options: IRunOptions = {
    text: r.text,
    font: runFont(font),
    size: halfPoints(r.sizePt ?? sizePt),
    bold: r.bold ?? style.bold ?? false,
    underline: r.underline ? {} : undefined,
  };
  return new TextRun(options);
}

function spacingOf(lineSpacingPt: number | undefined, before?: number, after?: number) {
  return {
    ...(lineSpacingPt ? { line: ptToTwips(lineSpacingPt), lineRule: LineRuleType.EXACT } : {}),
    before: ptToTwips(before ?? 0),
    after: ptToTwips(after ?? 0),
  };
}

function paragraph(doc: PrintDocument, p: Paragraph, sizeOverridePt?: number, pageBreakBefore = false): DocxParagraph {
  const style = styleOf(doc, p);
  const sizePt = p.role === 'title' || p.heading ? style.sizePt : (sizeOverridePt ?? style.sizePt);
  return new DocxParagraph({
    children: p.runs.map((r) => textRun(r, style, sizePt)),
    alignment: ALIGN[p.align ?? 'justify'],
    spacing: spacingOf(
      p.lineSpacingPt ?? style.lineSpacingPt ?? Math.ceil(sizePt * 1.3),
      p.spaceBeforePt,
      p.spaceAfterPt,
    ),
    indent: p.firstLineChars
      ? { firstLineChars: Math.round(p.firstLineChars * 100), firstLine: ptToTwips(p.firstLineChars * sizePt) }
      : undefined,
    // Pages are decided by paginate(): no widow/orphan moves of the application's own.
    widowControl: false,
    pageBreakBefore: pageBreakBefore || undefined,
    outlineLevel: p.heading ? p.heading - 1 : undefined,
  });
}

/** An empty paragraph one point high: starts a page (before a table) or keeps two tables apart. */
const hairline = (pageBreakBefore = false) =>
  new DocxParagraph({
    spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    widowControl: false,
    pageBreakBefore: pageBreakBefore || undefined,
  });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** A cell side drawn without a line (the table's borders are drawn unless a cell says so). */
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const ALL_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const VALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

function table(doc: PrintDocument, t: Table): (DocxTable | DocxParagraph)[] {
  const widths = t.columnWidthsMm.map(mmToTwips);
  const pad = mmToTwips(t.cellPadMm ?? CELL_PAD_MM);
  const placed = placeTableCells(t); // validates the grid before docx silently writes a broken one
  const byRow = new Map<number, typeof placed>();
  for (const p of placed) (byRow.get(p.row) ?? byRow.set(p.row, []).get(p.row)!).push(p);
  const rows = t.rows.map(
    (row, r) =>
      new DocxTableRow({
        tableHeader: row.header || undefined,
        cantSplit: row.cantSplit || undefined,
        height: row.minHeightMm ? { value: mmToTwips(row.minHeightMm), rule: HeightRule.ATLEAST } : undefined,
        children: (byRow.get(r) ?? []).map((p) => {
          const width = widths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0);
          const c = p.cell;
          return new DocxTableCell({
            children: (c.paragraphs.length ? c.paragraphs : [{ kind: 'paragraph' as const, runs: [] }]).map((x) =>
              paragraph(doc, x, t.sizePt),
            ),
            rowSpan: p.rowSpan > 1 ? p.rowSpan : undefined,
            columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
            verticalAlign: VALIGN[c.vAlign ?? 'center'],
            width: { size: width, type: WidthType.DXA },
            shading: c.shading ? { fill: c.shading, type: ShadingType.CLEAR, color: 'auto' } : undefined,
            borders: c.noBorders?.length ? Object.fromEntries(c.noBorders.map((s) => [s, NO_LINE])) : undefined,
            margins: { left: pad, right: pad, top: 0, bottom: 0 },
          });
        }),
      }),
  );
  const out: (DocxTable | DocxParagraph)[] = [
    new DocxTable({
      rows,
      columnWidths: widths,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: ALL_BORDERS,
      alignment: AlignmentType.CENTER,
    }),
  ];
  for (const f of t.footnotes ?? [])
    out.push(paragraph(doc, { ...f, role: f.role ?? 'note' }, t.sizePt ?? Math.min(doc.body.sizePt, 10.5)));
  return out;
}

function seal(doc: PrintDocument, s: SealBlock, textWidthMm: number, pageBreakBefore: boolean): DocxParagraph[] {
  const style = doc.body;
  const { linePt, roomPt } = sealLayout(doc, s);
  // Signature lines start at a common indent in the right part of the page; the date sits right.
  const line = (text: string, extra: { spaceBeforePt?: number; date?: boolean; first?: boolean } = {}) =>
    new DocxParagraph({
      children: [textRun({ text }, style, style.sizePt)],
      alignment: extra.date ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: spacingOf(linePt, extra.spaceBeforePt),
      indent: extra.date ? { right: ptToTwips(2 * style.sizePt) } : { left: mmToTwips(textWidthMm * SEAL_INDENT) },
      keepNext: !extra.date,
      keepLines: true,
      widowControl: false,
      pageBreakBefore: (extra.first && pageBreakBefore) || undefined,
    });
  const out = s.lines.map((l, i) => line(l, i === 0 ? { spaceBeforePt: linePt, first: true } : {}));
  out.push(line(s.dateLine, { spaceBeforePt: roomPt, date: true, first: !s.lines.length }));
  return out;
}

/** The blocks of one page; a page after the first of its section starts with a page break. */
function pageBlocks(
  doc: PrintDocument,
  page: PrintPage,
  textWidthMm: number,
  breakBefore: boolean,
): (DocxTable | DocxParagraph)[] {
  const out: (DocxTable | DocxParagraph)[] = [];
  let pendingBreak = breakBefore;
  for (const b of page.blocks) {
    if (b.kind === 'paragraph') out.push(paragraph(doc, b, undefined, pendingBreak));
    else if (b.kind === 'table') {
      // Two tables with nothing between them become one in Word and LibreOffice (the first one's
      // header row then repeats over the second): a hairline paragraph keeps them apart.
      if (pendingBreak || out[out.length - 1] instanceof DocxTable) out.push(hairline(pendingBreak));
      out.push(...table(doc, b));
    } else if (b.kind === 'seal') out.push(...seal(doc, b, textWidthMm, pendingBreak));
    else continue;
    pendingBreak = false;
  }
  // A blank page (or one whose blocks drew nothing) still needs its break.
  if (pendingBreak) out.push(hairline(true));
  return out;
}

function pageNumberFooter(doc: PrintDocument, side: 'odd' | 'even' | 'center'): Footer {
  const pn = doc.pageNumber;
  const parts = pn.format === 'dash' ? ['— ', PageNumber.CURRENT, ' —'] : [PageNumber.CURRENT];
  const oneChar = ptToTwips(pn.sizePt);
  return new Footer({
    children: [
      new DocxParagraph({
        alignment: side === 'center' ? AlignmentType.CENTER : side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : side === 'even' ? { left: oneChar } : undefined,
        children: [new TextRun({ children: parts, font: runFont(pn.font), size: halfPoints(pn.sizePt) })],
      }),
    ],
  });
}

const emptyFooter = () => new Footer({ children: [new DocxParagraph({})] });

/**
 * The paragraph that closes a section carries its w:sectPr. Word requires one after a table; and
 * LibreOffice drops a closing paragraph that is also a page break, which would lose a blank back page.
 */
function withClosingParagraph(
  children: (DocxTable | DocxParagraph)[],
  lastPage: PrintPage,
): (DocxTable | DocxParagraph)[] {
  if (!children.length || children[children.length - 1] instanceof DocxTable || lastPage.blocks.length === 0)
    children.push(hairline());
  return children;
}

/** Consecutive pages that share orientation and numbering form one DOCX section. */
function groupPages(pages: PrintPage[]): PrintPage[][] {
  const groups: PrintPage[][] = [];
  pages.forEach((p, i) => {
    const prev = pages[i - 1];
    const same =
      prev && prev.orientation === p.orientation && (prev.number === null) === (p.number === null) && p.number !== 1;
    if (same) groups[groups.length - 1].push(p);
    else groups.push([p]);
  });
  return groups;
}

function sectionOptions(doc: PrintDocument, pages: PrintPage[]): ISectionOptions {
  const first = pages[0];
  const landscape = first.orientation === 'landscape';
  const paper = PAPER_SIZES_MM[doc.page.paper];
  const size = landscape ? { width: paper.height, height: paper.width } : { ...paper };
  const m = doc.page.marginsMm;
  const topBinding = doc.page.binding === 'top';
  const numbered = first.number !== null && doc.pageNumber.format !== 'none';
  const footerDistanceMm = Math.max(8, m.bottom - 7 - doc.pageNumber.sizePt * 0.3528);
  const outside = doc.pageNumber.position === 'outside';
  const footers = numbered
    ? outside && doc.page.doubleSided
      ? { default: pageNumberFooter(doc, 'odd'), even: pageNumberFooter(doc, 'even') }
      : outside
        ? { default: pageNumberFooter(doc, 'odd'), even: pageNumberFooter(doc, 'odd') }
        : { default: pageNumberFooter(doc, 'center'), even: pageNumberFooter(doc, 'center') }
    : { default: emptyFooter(), even: emptyFooter() }; // explicit, or Word inherits the previous section's
  const textWidthMm = size.width - (topBinding ? 2 * m.outer : m.inner + m.outer + doc.page.gutterMm);
  return {
    properties: {
      // Every section starts on a new page; blank back pages are real pages of the cover's section,
      // so no odd-page section break is left to the reader (LibreOffice's PDF export drops those).
      type: SectionType.NEXT_PAGE,
      page: {
        // docx swaps width/height itself for landscape; give it the portrait size
        size: {
          width: mmToTwips(landscape ? size.height : size.width),
          height: mmToTwips(landscape ? size.width : size.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(topBinding ? m.inner : m.top),
          bottom: mmToTwips(topBinding ? m.outer : m.bottom),
          left: mmToTwips(topBinding ? m.outer : m.inner),
          right: mmToTwips(m.outer),
          gutter: mmToTwips(doc.page.gutterMm),
          header: mmToTwips(15),
          footer: mmToTwips(footerDistanceMm),
        },
        pageNumbers: first.number === 1 ? { start: 1 } : undefined,
      },
    },
    footers,
    children: withClosingParagraph(
      pages.flatMap((p, i) => pageBlocks(doc, p, textWidthMm, i > 0)),
      pages[pages.length - 1],
    ),
  };
}

export function buildDocxDocument(doc: PrintDocument): { document: Document; evenOdd: boolean } {
  const evenOdd = doc.page.doubleSided && doc.pageNumber.position === 'outside' && doc.pageNumber.format !== 'none';
  const body = doc.body;
  const document = new Document({
    title: doc.title,
    creator: '申报通',
    evenAndOddHeaderAndFooters: evenOdd,
    styles: {
      default: {
        document: {
          run: { font: runFont(body.font), size: halfPoints(body.sizePt) },
          paragraph: { spacing: spacingOf(body.lineSpacingPt) },
        },
      },
    },
    sections: groupPages(paginateCached(doc).pages).map((pages) => sectionOptions(doc, pages)),
  });
  return { document, evenOdd };
}

/** Renders the document as DOCX bytes. */
export async function renderDocx(doc: PrintDocument): Promise<Uint8Array> {
  const { document, evenOdd } = buildDocxDocument(doc);
  const buf = await Packer.toBuffer(document, false, [
    { path: 'word/fontTable.xml', data: fontTableXml(fontsUsed(doc)) },
    { path: 'word/settings.xml', data: settingsXml(doc, evenOdd) },
  ]);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
