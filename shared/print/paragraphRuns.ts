// Paragraphs that carry their own font, or blanks to fill (申报单位：________ , □是 □否), as a
// drafted attachment has them. A blank prints its value underlined, or an underlined gap when
// empty, so the printed form still shows where to write; a choice prints as ☐/☑ options.
import { fontSizeToPoints } from '../format/chineseFontSize.js';
import type { BlockFont, PackBlock } from '../packs/packSchema.js';
import { checkboxParagraph } from './buildPrintTable.js';
import { formatFieldValue } from './formatPrintValue.js';
import type { PrintContext } from './printContext.js';
import type { FontSpec, Paragraph, Run } from './printDocument.js';

type ParagraphBlock = Extract<PackBlock, { type: 'paragraph' }>;

const FIELD_RE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** The block's own font as run properties (only what it sets). */
export function blockRunStyle(b: ParagraphBlock): Omit<Run, 'text'> {
  return runStyleOf(b.font);
}

/** A block font (a paragraph's, a cover's lines) as run properties. */
export function runStyleOf(f: BlockFont | undefined): Omit<Run, 'text'> {
  if (!f) return {};
  const font: FontSpec | undefined = f.family ? { eastAsia: f.family, fallback: f.fallback ?? [] } : undefined;
  return {
    ...(font ? { font } : {}),
    ...(f.size !== undefined ? { sizePt: fontSizeToPoints(f.size) } : {}),
    ...(f.bold !== undefined ? { bold: f.bold } : {}),
  };
}

/** Runs of one line: fixed text as is, each {{field}} as a blank (or boxes for a choice field). */
export function blankRuns(ctx: PrintContext, line: string, blankChars: number, style: Omit<Run, 'text'>): Run[] {
  const runs: Run[] = [];
  let at = 0;
  const text = (t: string) => {
    if (t) runs.push({ text: ctx.fillText(t), ...style });
  };
  for (const m of line.matchAll(FIELD_RE)) {
    text(line.slice(at, m.index));
    at = m.index + m[0].length;
    const key = m[1];
    const def = ctx.fieldDef(key);
    if (!def) {
      text(m[0]);
      continue;
    }
    if ((def.type === 'choice' && def.options?.length) || def.type === 'checkbox') {
      runs.push(...checkboxParagraph(ctx, key, undefined).runs.map((r) => ({ ...style, ...r })));
      continue;
    }
    const value = formatFieldValue(def, ctx.app.fields[key]?.value);
    // An empty date is printed as a date to fill in by hand.
    if (!value && def.type === 'date')
      runs.push({ ...style, text: '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日' });
    else runs.push({ ...style, text: value || '\u3000'.repeat(blankChars), underline: true });
  }
  text(line.slice(at));
  return runs;
}

/** A paragraph block with its own font and/or blanks → print paragraphs (one per line of its text). */
export function styledParagraphs(
  ctx: PrintContext,
  b: ParagraphBlock,
  opts: Omit<Paragraph, 'kind' | 'runs'>,
): Paragraph[] {
  const style = blockRunStyle(b);
  if (b.lineSpacingPt) opts = { ...opts, lineSpacingPt: b.lineSpacingPt };
  return b.text.split(/\n/).map((line) => ({
    kind: 'paragraph' as const,
    ...opts,
    // An empty line keeps the height its font gives it (an empty run would not carry the size).
    ...(!line && style.sizePt && !opts.lineSpacingPt ? { lineSpacingPt: Math.round(style.sizePt * 13) / 10 } : {}),
    runs: b.blanks
      ? blankRuns(ctx, line, b.blankChars ?? 8, style)
      : line
        ? [{ text: ctx.fillText(line), ...style }]
        : [],
  }));
}
