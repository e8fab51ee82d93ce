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
  VerticalAlign,
  WidthType,
} from 'docx';

import {
  type Align,
  type Block,
  type FontSpec,
  fontsUsed,
  pageSizeMm,
  type Paragraph,
  type PrintDocument,
  type Run,
  type SealBlock,
  type Section,
  styleOf,
  SYMBOL_FONT,
  type Table,
  type TextStyle,
} from '../../../shared/print/printDocument.js';
import { SEAL_INDENT } from '../../../shared/print/printDocument.js';
import { placeTableCells } from '../../../shared/print/tableGrid.js';

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
  return new TextRun({
    text: r.text,
    font: runFont(font),
    size: halfPoints(r.sizePt ?? sizePt),
    bold: r.bold ?? style.bold ?? false,
    underline: r.underline ? {} : undefined,
  });
}

function spacingOf(lineSpacingPt: number | undefined, before?: number, after?: number) {
  return {
    ...(lineSpacingPt ? { line: ptToTwips(lineSpacingPt), lineRule: LineRuleType.EXACT } : {}),
    before: ptToTwips(before ?? 0),
    after: ptToTwips(after ?? 0),
  };
}

function paragraph(doc: PrintDocument, p: Paragraph, sizeOverridePt?: number): DocxParagraph {
  const style = styleOf(doc, p);
  const sizePt = p.role === 'title' || p.heading ? style.sizePt : (sizeOverridePt ?? style.sizePt);
  return new DocxParagraph({
    children: p.runs.map((r) => textRun(r, style, sizePt)),
    alignment: ALIGN[p.align ?? 'justify'],
    spacing: spacingOf(p.lineSpacingPt ?? style.lineSpacingPt, p.spaceBeforePt, p.spaceAfterPt),
    indent: p.firstLineChars
      ? { firstLineChars: Math.round(p.firstLineChars * 100), firstLine: ptToTwips(p.firstLineChars * sizePt) }
      : undefined,
    keepNext: p.keepWithNext,
    outlineLevel: p.heading ? p.heading - 1 : undefined,
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const ALL_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const VALIGN = { top: VerticalAlign.TOP, center: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;

function table(doc: PrintDocument, t: Table): (DocxTable | DocxParagraph)[] {
  const widths = t.columnWidthsMm.map(mmToTwips);
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
            // Word and LibreOffice keep a row with the next when its paragraphs are keep-with-next.
            children: (c.paragraphs.length ? c.paragraphs : [{ kind: 'paragraph' as const, runs: [] }]).map((x) =>
              paragraph(doc, row.keepWithNext ? { ...x, keepWithNext: true } : x, t.sizePt),
            ),
            rowSpan: p.rowSpan > 1 ? p.rowSpan : undefined,
            columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
            verticalAlign: VALIGN[c.vAlign ?? 'center'],
            width: { size: width, type: WidthType.DXA },
            shading: c.shading ? { fill: c.shading, type: ShadingType.CLEAR, color: 'auto' } : undefined,
            margins: { left: 85, right: 85, top: 0, bottom: 0 },
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

function seal(doc: PrintDocument, s: SealBlock, textWidthMm: number): DocxParagraph[] {
  const style = doc.body;
  // Signature lines start at a common indent in the right part of the page; the date sits right.
  const line = (text: string, extra: { spaceBeforePt?: number; date?: boolean } = {}) =>
    new DocxParagraph({
      children: [textRun({ text }, style, style.sizePt)],
      alignment: extra.date ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: spacingOf(style.lineSpacingPt, extra.spaceBeforePt),
      indent: extra.date ? { right: ptToTwips(2 * style.sizePt) } : { left: mmToTwips(textWidthMm * SEAL_INDENT) },
      keepNext: true,
      keepLines: true,
    });
  // The seal goes in the room above the date: keep the block on one page.
  const lineHeightPt = style.lineSpacingPt ?? style.sizePt * 1.3;
  const usedPt = s.lines.length * lineHeightPt;
  const roomPt = Math.max(0, (s.heightMm / 25.4) * 72 - usedPt - lineHeightPt);
  const out = s.lines.map((l, i) => line(l, i === 0 ? { spaceBeforePt: lineHeightPt } : {}));
  out.push(line(s.dateLine, { spaceBeforePt: roomPt, date: true }));
  return out;
}

function blocks(doc: PrintDocument, list: Block[], textWidthMm: number): (DocxTable | DocxParagraph)[] {
  const out: (DocxTable | DocxParagraph)[] = [];
  for (const b of list) {
    if (b.kind === 'paragraph') out.push(paragraph(doc, b));
    else if (b.kind === 'table') {
      // Two tables with nothing between them become one in Word and LibreOffice (the first one's
      // header row then repeats over the second): a hairline paragraph keeps them apart.
      if (out[out.length - 1] instanceof DocxTable)
        out.push(new DocxParagraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }));
      out.push(...table(doc, b));
    } else if (b.kind === 'seal') out.push(...seal(doc, b, textWidthMm));
    else
      out.push(
        new DocxParagraph({
          pageBreakBefore: true,
          spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        }),
      );
  }
  // Word requires a paragraph after a table at a section's end; also keeps empty sections valid.
  if (!out.length || out[out.length - 1] instanceof DocxTable)
    out.push(new DocxParagraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT } }));
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

function sectionOptions(doc: PrintDocument, s: Section, index: number): ISectionOptions {
  const size = pageSizeMm(doc, s);
  const m = doc.page.marginsMm;
  const landscape = (s.orientation ?? doc.page.orientation) === 'landscape';
  const topBinding = doc.page.binding === 'top';
  const numbered = !s.cover && doc.pageNumber.format !== 'none';
  const prevIsCover = index > 0 && doc.sections[index - 1].cover;
  const footerDistanceMm = Math.max(8, m.bottom - 7 - doc.pageNumber.sizePt * 0.3528);
  const outside = doc.pageNumber.position === 'outside';
  const footers = numbered
    ? outside && doc.page.doubleSided
      ? { default: pageNumberFooter(doc, 'odd'), even: pageNumberFooter(doc, 'even') }
      : outside
        ? { default: pageNumberFooter(doc, 'odd'), even: pageNumberFooter(doc, 'odd') }
        : { default: pageNumberFooter(doc, 'center'), even: pageNumberFooter(doc, 'center') }
    : { default: emptyFooter(), even: emptyFooter() }; // explicit, or Word inherits the previous section's
  return {
    properties: {
      // Double-sided: the body after a cover starts on a right-hand page (Word adds the blank back).
      type: prevIsCover && doc.page.doubleSided ? SectionType.ODD_PAGE : undefined,
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
        pageNumbers: prevIsCover || (index === 0 && !s.cover) ? { start: 1 } : undefined,
      },
    },
    footers,
    children: blocks(doc, s.blocks, size.width - m.inner - m.outer - doc.page.gutterMm),
  };
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Declares every font the document uses, with its fallback as w:altName, so Word and LibreOffice substitute sensibly. */
export function fontTableXml(fonts: FontSpec[]): string {
  const entries = fonts.flatMap((f) => {
    const chinese = /[^\x00-\x7f]/.test(f.eastAsia);
    const decl = (name: string, alt?: string) =>
      `<w:font w:name="${xmlEscape(name)}">${alt ? `<w:altName w:val="${xmlEscape(alt)}"/>` : ''}<w:charset w:val="${chinese ? '86' : '00'}"/><w:family w:val="${chinese ? 'modern' : 'swiss'}"/><w:pitch w:val="${chinese ? 'fixed' : 'variable'}"/></w:font>`;
    const list = [decl(f.eastAsia, f.fallback[0])];
    if (f.latin && f.latin !== f.eastAsia) list.push(decl(f.latin));
    return list;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}

function settingsXml(doc: PrintDocument, evenOdd: boolean): string {
  const mirror = doc.page.doubleSided && doc.page.binding === 'left';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W_NS}">` +
    `${mirror ? '<w:mirrorMargins/>' : ''}<w:defaultTabStop w:val="420"/>${evenOdd ? '<w:evenAndOddHeaders/>' : ''}` +
    `<w:characterSpacingControl w:val="compressPunctuation"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`
  );
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
    sections: doc.sections.map((s, i) => sectionOptions(doc, s, i)),
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
