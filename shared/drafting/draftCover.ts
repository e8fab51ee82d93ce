// A cover page (title lines, then 申报单位：____ lines, then issuer and date) → a pack cover block,
// which the app prints as covers are printed: fields underlined, check boxes for choices.
import type { BlockFont } from '../packs/packSchema.js';
import type { DraftBuilder } from './draftBuilder.js';
import type { DraftBlock } from './draftTypes.js';
import { findBlanks, type Segment } from './findBlanks.js';
import { fallbackOf, runFont } from './formStyleOf.js';
import { inferFieldType } from './inferFieldType.js';
import type { SourceBlock, SourceParagraph } from './sourceDocument.js';
import { paragraphTextOf } from './sourceDocument.js';
import { attachmentMark } from './textPatterns.js';

type CoverBlock = Extract<DraftBlock, { type: 'cover' }>;

const DATE_LINE =
  /^\s*(?:(?:19|20)\d{2}|[二〇○零一三四五六七八九]{4})\s*年(?:\s*[\d一二三四五六七八九十]{1,3}\s*月)?(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*$/;

/**
 * The font of a cover's lines as the attachment sets them: the face, size and boldness of their
 * label text (the blanks' underlined runs are gaps, not text).
 */
function coverFont(ps: SourceParagraph[], docFont: string | undefined): BlockFont | undefined {
  const runs = ps.flatMap((p) =>
    p.runs.filter((r) => r.text.trim() && !(r.underline && !r.text.replace(/[_\s\u3000]/g, ''))),
  );
  if (!runs.length) return undefined;
  const most = <T>(values: T[]): T | undefined => {
    const n = new Map<T, number>();
    values.forEach((v) => n.set(v, (n.get(v) ?? 0) + 1));
    return [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const family = most(runs.map((r) => runFont(r, docFont)).filter((f): f is string => !!f));
  const size = most(runs.map((r) => r.sizePt).filter((s): s is number => !!s));
  const bold = runs.every((r) => r.bold);
  if (!family && !size && !bold) return undefined;
  return {
    ...(family ? { family, fallback: fallbackOf(family) } : {}),
    ...(size ? { size: Math.max(4, Math.min(100, size)) } : {}),
    ...(bold ? { bold: true } : {}),
  };
}

const maxSize = (p: SourceParagraph) => Math.max(0, ...p.runs.filter((r) => r.text.trim()).map((r) => r.sizePt ?? 0));

/**
 * The cover at the start of a form's blocks, when its first page reads as one: title lines, at
 * least two label-and-blank lines, at most an issuer and a date after them. Returns the block and
 * how many source blocks it took (its page break included), or null.
 */
export function draftCover(
  blocks: SourceBlock[],
  builder: DraftBuilder,
  place: string,
  bodySizePt: number,
  docFont?: string,
): { block: CoverBlock; used: number } | null {
  const end = blocks.findIndex((b) => b.kind === 'pageBreak');
  if (end < 0) return null;
  const page = blocks.slice(0, end);
  if (page.some((b) => b.kind === 'table')) return null;
  const paras = page.filter((b): b is SourceParagraph => b.kind === 'paragraph' && !!paragraphTextOf(b).trim());
  const titleLines: string[] = [];
  const lines: { label: string; seg: Extract<Segment, { kind: 'blank' }>; p: SourceParagraph }[] = [];
  const after: { text: string; p: SourceParagraph }[] = [];
  for (const p of paras) {
    const text = paragraphTextOf(p).trim();
    if (attachmentMark(text) && !titleLines.length && !lines.length) continue;
    const segs = findBlanks(p.runs);
    const blanks = segs.filter((s): s is Extract<Segment, { kind: 'blank' }> => s.kind === 'blank');
    if (blanks.length) {
      if (blanks.length > 1 || after.length) return null;
      const label = blanks[0].label || segs.find((s) => s.kind === 'text')?.text.replace(/[：:\s]+/g, '') || '';
      if (!label) return null;
      lines.push({ label, seg: blanks[0], p });
      continue;
    }
    if (!lines.length) {
      if (maxSize(p) < bodySizePt + 2 && p.align !== 'center') return null;
      titleLines.push(text);
    } else after.push({ text, p });
  }
  if (lines.length < 2 || !titleLines.length || after.length > 2) return null;
  const date = after.find((a) => DATE_LINE.test(a.text));
  const issuer = after.find((a) => a !== date);
  const linesFont = coverFont(
    lines.map((l) => l.p),
    docFont,
  );
  const issuerFont = coverFont(
    after.map((a) => a.p),
    docFont,
  );
  const block: CoverBlock = {
    type: 'cover',
    titleLines,
    lines: lines.map(({ label, seg }) => {
      const clean = label.replace(/\s+/g, ' ').trim();
      // The title (…实训中心申报书) says what the form is about, not whose name goes on the line.
      const ctx = { label: clean.replace(/\s/g, ''), groups: [], captions: [] };
      if (seg.choice) {
        const key = builder.add(
          {
            label: ctx.label,
            type: 'choice',
            options: seg.choice.options,
            ...(seg.choice.multiple ? { multiple: true } : {}),
          },
          `${place} 封面`,
          ctx,
        );
        return { label: clean, field: key, checkboxes: true };
      }
      const t = seg.date ? { type: 'date' as const } : inferFieldType(ctx.label);
      const key = builder.add(
        {
          label: ctx.label,
          type: t.type === 'number' || t.type === 'money' || t.type === 'percent' ? 'text' : t.type,
          ...(t.options ? { options: t.options } : {}),
        },
        `${place} 封面`,
        ctx,
      );
      return { label: clean, field: key, ...(t.type === 'choice' ? { checkboxes: true } : {}) };
    }),
    ...(issuer ? { issuerLine: issuer.text } : {}),
    ...(date ? { date: date.text } : {}),
    ...(linesFont ? { linesFont } : {}),
    ...(issuerFont ? { issuerFont } : {}),
  };
  return { block, used: end + 1 };
}
