// A pack form + the resolved application → the PrintDocument every renderer draws.
import { fontSizeToPoints } from '../format/chineseFontSize.js';
import type {
  Pack,
  PackBlock,
  PackFont,
  PackForm,
  PackStyle,
  ResolvedApplication,
  TableBlock,
} from '../packs/packSchema.js';
import { styleSchema } from '../packs/packSchema.js';
import { attachmentMark, coverBlocks } from './buildCover.js';
import { buildPrintTable } from './buildPrintTable.js';
import { formatFieldValue } from './formatPrintValue.js';
import { styledParagraphs } from './paragraphRuns.js';
import { createPrintContext, type PrintContext } from './printContext.js';
import {
  type Block,
  type FontSpec,
  PAPER_SIZES_MM,
  para,
  type Paragraph,
  type PrintDocument,
  type Section,
  SONGTI,
  type TextStyle,
} from './printDocument.js';

export interface BuildPrintOptions {
  /** 佐证材料页码 by evidence key, e.g. { schoolEvidence: "3–5" } (the bundle fills it). */
  evidencePages?: Record<string, string>;
}

const fontOf = (f: PackFont): FontSpec => ({ eastAsia: f.family, fallback: f.fallback });
/** The table text's size, and its typeface where it differs from the body's. */
interface TableText {
  sizePt: number;
  font?: FontSpec;
}

const textStyle = (f: PackFont, lineSpacingPt?: number): TextStyle => ({
  font: fontOf(f),
  sizePt: fontSizeToPoints(f.size),
  ...(f.bold ? { bold: true } : {}),
  ...(lineSpacingPt ? { lineSpacingPt } : {}),
});

/** The form's effective style: the pack's, with the form's overrides. */
export function formStyle(pack: Pack, form: PackForm): PackStyle {
  return styleSchema.parse({ ...pack.style, ...(form.style ?? {}) });
}

const DATE_LINE = '年    月    日';

const isKeptWithNext = (b: Block) => b.kind === 'paragraph' && (!!b.keepWithNext || !!b.heading);

/** A table's width in mm when the pack gives its columns in mm (ratio widths always fit the page). */
function tableWidthMm(b: TableBlock): number {
  if (b.widthUnit !== 'mm') return 0;
  return b.columns.reduce((sum, c) => sum + c.width * (c.perYear ? (b.years?.count ?? 1) : 1), 0);
}

export function buildPrintDocument(
  pack: Pack,
  form: PackForm,
  app: ResolvedApplication,
  opts: BuildPrintOptions = {},
): PrintDocument {
  const style = formStyle(pack, form);
  const ctx = createPrintContext(pack, app, opts.evidencePages);
  const bodySizePt = fontSizeToPoints(style.body.size);
  // Always a fixed line height: «single» spacing depends on each font's metrics and differs between
  // Word, LibreOffice and Chromium, and pagination needs every line's height known.
  const lineSpacingPt =
    style.lineSpacingPt ?? Math.round(bodySizePt * 1.3 * (style.lineSpacingMultiple ?? 1) * 10) / 10;
  const paper = PAPER_SIZES_MM[style.paper];
  const landscape = form.orientation === 'landscape';
  const m = style.margins;
  const sideMarginsMm = style.bindingSide === 'top' ? m.outer * 2 : m.binding + m.outer;
  const textWidthMm = (landscape ? paper.height : paper.width) - sideMarginsMm;
  const landscapeTextWidthMm = paper.height - sideMarginsMm;
  const doc: PrintDocument = {
    title: form.title,
    page: {
      paper: style.paper,
      orientation: form.orientation,
      marginsMm: { top: m.top, bottom: m.bottom, inner: m.binding, outer: m.outer },
      binding: style.bindingSide === 'top' ? 'top' : 'left',
      gutterMm: 0,
      doubleSided: style.doubleSided && style.bindingSide !== 'none',
    },
    body: textStyle(style.body, lineSpacingPt),
    // Titles and headings are larger than the body: a fixed spacing inherited from the body (16 pt)
    // would make a wrapped 二号 title overprint itself.
    titleStyle: textStyle(style.title, Math.ceil(fontSizeToPoints(style.title.size) * 1.4)),
    headingStyles: {
      1: textStyle(style.heading, Math.max(lineSpacingPt ?? 0, Math.ceil(fontSizeToPoints(style.heading.size) * 1.4))),
      2: { ...textStyle(style.body, lineSpacingPt), bold: true },
      3: { ...textStyle(style.body, lineSpacingPt), bold: true },
    },
    // GB/T 9704: 4号 半角 宋体 page numbers
    pageNumber: { format: style.pageNumbers.style, font: SONGTI, sizePt: 14, position: style.pageNumbers.position },
    sections: [],
  };
  let current: Section = { blocks: [] };
  // A table in its own typeface (宋体 tables in a 仿宋 document, as drafted attachments have them).
  const tableText: TableText | undefined = style.table
    ? {
        sizePt: fontSizeToPoints(style.table.size),
        ...(style.table.family && style.table.family !== style.body.family ? { font: fontOf(style.table) } : {}),
      }
    : undefined;
  // A form's 「附件N」 mark: on its cover, or else top left on its first page (GB/T 9704: 3号黑体, 顶格).
  if (form.attachment && form.blocks[0]?.type !== 'cover') current.blocks.push(attachmentMark(form.attachment, true));
  form.blocks.forEach((b, i) => {
    if (b.type === 'cover') {
      if (current.blocks.length) doc.sections.push(current);
      const pageHeightMm =
        (landscape ? paper.width : paper.height) -
        (style.bindingSide === 'top' ? m.binding + m.outer : m.top + m.bottom);
      doc.sections.push({
        name: '封面',
        cover: !style.pageNumbers.onCover,
        blocks: coverBlocks(ctx, form, b, {
          heightMm: pageHeightMm,
          widthMm: textWidthMm,
          bodyFont: style.body.family,
          titleFont: style.title.family,
          titleSizePt: fontSizeToPoints(style.title.size),
        }),
      });
      current = { blocks: [] };
      return;
    }
    // A table wider than a portrait page's text (widths in mm), or one the pack turns, gets landscape
    // pages of its own, with the heading that leads into it.
    const turn =
      !landscape && b.type === 'table' && (b.orientation === 'landscape' || tableWidthMm(b) > textWidthMm + 0.5);
    if (!turn) {
      current.blocks.push(...blockToPrint(ctx, b, `${form.id}#${i}`, textWidthMm, bodySizePt, tableText));
      return;
    }
    const lead: Block[] = [];
    while (current.blocks.length && isKeptWithNext(current.blocks[current.blocks.length - 1]))
      lead.unshift(current.blocks.pop()!);
    if (current.blocks.length) doc.sections.push(current);
    doc.sections.push({
      orientation: 'landscape',
      blocks: [...lead, ...blockToPrint(ctx, b, `${form.id}#${i}`, landscapeTextWidthMm, bodySizePt, tableText)],
    });
    current = { blocks: [] };
  });
  if (current.blocks.length || !doc.sections.length) doc.sections.push(current);
  doc.sections.forEach((s) => (s.orientation ??= form.orientation));
  doc.sections.forEach(
    (s, i) => (s.name ??= doc.sections.length > 1 ? `${form.title.slice(0, 24)}${i}` : form.title.slice(0, 31)),
  );
  return doc;
}

function textParagraphs(text: string, opts: Omit<Paragraph, 'kind' | 'runs'>): Paragraph[] {
  return text.split(/\n+/).map((l) => para(l, opts));
}

function blockToPrint(
  ctx: PrintContext,
  b: PackBlock,
  blockKey: string,
  textWidthMm: number,
  bodySizePt: number,
  tableText: TableText | undefined,
): Block[] {
  switch (b.type) {
    case 'cover':
      return [];
    case 'heading':
      return [
        para(b.text, {
          heading: Math.min(3, b.level) as 1 | 2 | 3,
          align: b.align ?? (b.level === 1 ? 'left' : 'left'),
          keepWithNext: true,
          spaceBeforePt: b.level === 1 ? 6 : 0,
        }),
      ];
    case 'paragraph': {
      const text = ctx.fillText(b.text);
      if (b.style === 'title') {
        const opts = { role: 'title' as const, align: b.align ?? 'center', spaceAfterPt: 12 };
        return b.font || b.blanks || b.lineSpacingPt ? styledParagraphs(ctx, b, opts) : textParagraphs(text, opts);
      }
      const note = b.style === 'note';
      const opts = {
        align: b.align ?? 'justify',
        firstLineChars: b.indent === false || note ? undefined : 2,
        ...(note ? { role: 'note' as const } : {}),
      };
      return b.font || b.blanks || b.lineSpacingPt ? styledParagraphs(ctx, b, opts) : textParagraphs(text, opts);
    }
    case 'instructions':
      return [
        ...(b.title ? [para(b.title, { role: 'title' as const, align: 'center' as const, spaceAfterPt: 12 })] : []),
        ...b.items.flatMap((it) => textParagraphs(ctx.fillText(it), { firstLineChars: 2, align: 'justify' })),
      ];
    case 'statement':
      return [
        ...(b.title ? [para(b.title, { role: 'title' as const, align: 'center' as const, spaceAfterPt: 12 })] : []),
        ...textParagraphs(ctx.fillText(b.text), { firstLineChars: 2, align: 'justify' }),
        ...(b.signatures.length || b.date
          ? [sealBlock(ctx, b.signatures, b.date, b.signatures.some((s) => s.seal) ? 42 : 20)]
          : []),
      ];
    case 'table': {
      const t = buildPrintTable(ctx, b, blockKey, textWidthMm);
      if (tableText?.sizePt) t.sizePt = tableText.sizePt;
      const font = tableText?.font;
      if (font)
        for (const row of t.rows)
          for (const c of row.cells) for (const p of c.paragraphs) for (const r of p.runs) r.font ??= font;
      return [
        ...(b.caption
          ? [para(ctx.fillText(b.caption), { align: 'center', keepWithNext: true, run: { bold: true } })]
          : []),
        t,
      ];
    }
    case 'narrative': {
      const f = ctx.app.fields[b.field];
      const text = formatFieldValue(ctx.fieldDef(b.field), f?.value);
      const guidance = b.printGuidance ? (b.guidance ?? []).map((g) => para(g, { align: 'left', role: 'note' })) : [];
      const body = text ? textParagraphs(text, { firstLineChars: 2, align: 'justify' }) : [para('')];
      return [
        ...(b.title ? [para(ctx.fillText(b.title), { heading: 2, align: 'left', keepWithNext: true })] : []),
        {
          kind: 'table',
          columnWidthsMm: [Math.round(textWidthMm * 10) / 10],
          rows: [
            {
              ...(b.minHeightMm ? { minHeightMm: b.minHeightMm } : {}),
              cells: [{ paragraphs: [...guidance, ...body], vAlign: 'top', role: 'value', field: b.field }],
            },
          ],
          sizePt: bodySizePt,
        },
      ];
    }
    case 'signature':
      return [sealBlock(ctx, b.lines, b.date, b.sealRoomMm)];
    case 'footnotes':
      return b.items.map((it) => para(ctx.fillText(it), { align: 'left', role: 'note' }));
    case 'pageBreak':
      return [{ kind: 'pageBreak' }];
  }
}

function sealBlock(
  ctx: PrintContext,
  lines: { label: string; field?: string; seal?: boolean }[],
  date: boolean,
  heightMm: number,
): Block {
  return {
    kind: 'seal',
    lines: lines.map(
      (l) => `${l.label}${l.field ? formatFieldValue(ctx.fieldDef(l.field), ctx.app.fields[l.field]?.value) : ''}`,
    ),
    dateLine: date ? DATE_LINE : '',
    heightMm,
  };
}
