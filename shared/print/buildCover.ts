// A form's cover as the notices print it: the 「附件N」 mark, the title lines, the field lines with
// their values underlined (or ☐/☑ options), the issuer and the date, all on one page.
import type { PackBlock, PackForm } from '../packs/packSchema.js';
import { checkboxParagraph } from './buildPrintTable.js';
import { formatFieldValue } from './formatPrintValue.js';
import { textLines } from './measureBlocks.js';
import { runStyleOf } from './paragraphRuns.js';
import type { PrintContext } from './printContext.js';
import { type Block, HEITI, para, type Paragraph, paragraphText } from './printDocument.js';

/**
 * The cover fits on one page: the field lines and the three gaps shrink (down to a floor) so that a
 * cover with many lines does not spill its issuer and date onto a second page. Lines are counted as
 * printed, a long value wrapping onto a second line counting twice.
 */
export function coverSpacing(
  pageHeightMm: number,
  titleLines: number,
  fieldLines: number,
  tailLines: number,
): { gapPt: number; linePt: number } {
  const availablePt = (pageHeightMm / 25.4) * 72 - 18; // 18 pt slack: renderers round line boxes
  const fixedPt = 24 + titleLines * 44 + tailLines * 28;
  const linePt = Math.max(24, Math.min(36, (availablePt - fixedPt - 3 * 36) / Math.max(1, fieldLines)));
  const gapPt = Math.max(12, Math.min(72, (availablePt - fixedPt - fieldLines * linePt) / 3));
  return { gapPt: Math.floor(gapPt), linePt: Math.floor(linePt) };
}

const COVER_PT = 16; // 三号 for the cover lines, as the notices' covers print them

export function attachmentMark(text: string, keepWithNext: boolean): Paragraph {
  return para(text, { align: 'left', lineSpacingPt: 24, keepWithNext, run: { font: HEITI, sizePt: COVER_PT } });
}

export function coverBlocks(
  ctx: PrintContext,
  form: PackForm,
  b: Extract<PackBlock, { type: 'cover' }>,
  box: { heightMm: number; widthMm: number; bodyFont: string; titleFont: string; titleSizePt: number },
): Block[] {
  // A drafted cover keeps the attachment's fonts for its lines and its issuer; a written one prints 三号.
  const lineStyle = { sizePt: COVER_PT, ...runStyleOf(b.linesFont) };
  const issuerStyle = { sizePt: COVER_PT, ...runStyleOf(b.issuerFont) };
  const big = lineStyle.sizePt;
  const tailPt = Math.max(28, Math.ceil(issuerStyle.sizePt * 1.5));
  const date = b.dateField ? formatFieldValue(ctx.fieldDef(b.dateField), ctx.app.fields[b.dateField]?.value) : b.date;
  const lineParagraphs: Paragraph[] = b.lines.map((l) => {
    const label: Paragraph = {
      kind: 'paragraph',
      align: 'left',
      runs: [{ text: l.label.endsWith('：') ? l.label : `${l.label}：`, ...lineStyle }],
      ...(l.field ? { field: l.field } : {}),
    };
    if (l.checkboxes && l.field) {
      const boxes = checkboxParagraph(ctx, l.field, undefined, 'left');
      label.runs.push(...boxes.runs.map((r) => ({ ...lineStyle, ...r, sizePt: big })));
    } else {
      const value = l.field
        ? formatFieldValue(ctx.fieldDef(l.field), ctx.app.fields[l.field]?.value)
        : ctx.fillText(l.text ?? '');
      label.runs.push({ text: value || '　'.repeat(14), ...lineStyle, underline: true });
    }
    return label;
  });
  const widthPt = (box.widthMm / 25.4) * 72;
  const lines = (t: string, size: number, font = lineStyle.font?.eastAsia ?? box.bodyFont) =>
    textLines(t, widthPt, size, font);
  const titles = b.titleLines.map((t) => ctx.fillText(t));
  const { gapPt, linePt } = coverSpacing(
    box.heightMm,
    titles.reduce((n, t) => n + lines(t, box.titleSizePt, box.titleFont), 0),
    lineParagraphs.reduce((n, p) => n + lines(paragraphText(p), big), 0),
    // Tail lines are counted at 28 pt each: a larger issuer line counts for more.
    ((b.issuerLine ? lines(b.issuerLine, issuerStyle.sizePt) : 0) + (date ? lines(date, issuerStyle.sizePt) : 0)) *
      (tailPt / 28),
  );
  const out: Block[] = [];
  if (form.attachment) out.push(attachmentMark(form.attachment, false));
  out.push(para('', { lineSpacingPt: gapPt }));
  titles.forEach((t) => out.push(para(t, { role: 'title', align: 'center', lineSpacingPt: 44 })));
  out.push(para('', { lineSpacingPt: gapPt }));
  for (const p of lineParagraphs) out.push({ ...p, lineSpacingPt: linePt });
  out.push(para('', { lineSpacingPt: gapPt }));
  if (b.issuerLine) out.push(para(b.issuerLine, { align: 'center', lineSpacingPt: tailPt, run: issuerStyle }));
  if (date) out.push(para(date, { align: 'center', lineSpacingPt: tailPt, run: issuerStyle }));
  return out;
}
