// One form part of an attachment → a pack form: its page setup and fonts, its cover, titles,
// headings and paragraphs as printed (blanks in them become fields), its tables (draftTable).
import type { PackForm } from '../packs/packSchema.js';
import type { DraftBuilder } from './draftBuilder.js';
import { draftCover } from './draftCover.js';
import { draftTable } from './draftTable.js';
import type { DraftBlock } from './draftTypes.js';
import { findBlanks, hasBlanks } from './findBlanks.js';
import { fitTablesToPage } from './fitTablesToPage.js';
import { fallbackOf, formStyleOf, type PartFonts, partFonts, runFont } from './formStyleOf.js';
import { inferFieldType } from './inferFieldType.js';
import { printerMarksAttachments } from './printerMarksAttachments.js';
import type { SourceParagraph } from './sourceDocument.js';
import { paragraphTextOf } from './sourceDocument.js';
import { sourceLinePt } from './sourceLineHeight.js';
import type { FormPart } from './splitParts.js';
import { attachmentMark, headingLevelOf, SEAL_RE, unitInLabel, wordLimitIn } from './textPatterns.js';

type FormInput = Omit<PackForm, 'kind' | 'orientation' | 'blocks'> & {
  kind: PackForm['kind'];
  orientation: PackForm['orientation'];
  blocks: DraftBlock[];
};

export interface DraftFormOptions {
  builder: DraftBuilder;
  id: string;
  /** The attachment file's default font and size. */
  docFont?: string;
  docSizePt?: number;
  /** The form's name for places in messages: 附件1 or the file name. */
  placeName: string;
}

interface RunStyle {
  family?: string;
  sizePt?: number;
  bold?: boolean;
}

/** A paragraph's look: the font, size and boldness most of its text has. */
function styleOfParagraph(p: SourceParagraph, docFont?: string): RunStyle {
  const runs = p.runs.filter((r) => r.text.trim());
  if (!runs.length) return { sizePt: p.markSizePt };
  const longest = runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return {
    family: runFont(longest, docFont),
    sizePt: longest.sizePt,
    bold: runs.every((r) => r.bold),
  };
}

const PLACEHOLDER_SCHOOL =
  /[（(]\s*(?:学校名称|单位名称|申报单位)\s*[）)]|(?:XX|××|xx|ＸＸ|XXX|×××)(?=学校|学院)(?:学校|学院)?/;

/** A numbered short line not ending as a sentence does (「五、表格空间不够，可自行加页。」 is an instruction): its level. */
function isHeading(text: string): number | undefined {
  return text.length <= 30 && !/[。；;]$/.test(text) ? headingLevelOf(text) : undefined;
}

export function draftForm(part: FormPart, o: DraftFormOptions): { form: FormInput; tables: number } {
  const fonts = partFonts(part, o.docFont, o.docSizePt);
  const bodySize = fonts.body.sizePt ?? 12;
  const paras = part.blocks.filter((b): b is SourceParagraph => b.kind === 'paragraph' && !!paragraphTextOf(b).trim());
  const firstTable = part.blocks.findIndex((b) => b.kind === 'table');
  const early = part.blocks
    .slice(0, firstTable < 0 ? undefined : firstTable)
    .filter((b) => paras.includes(b as SourceParagraph));
  // The title: the first short centred line near the top (larger or bold if several are centred).
  const candidates = (early as SourceParagraph[]).slice(0, 8).filter((p) => {
    const text = paragraphTextOf(p).trim();
    return !attachmentMark(text) && text.length <= 60 && !hasBlanks(findBlanks(p.runs)) && !headingLevelOf(text);
  });
  const titleP =
    candidates.find((p) => {
      const st = styleOfParagraph(p, o.docFont);
      return (
        (p.align === 'center' || (st.sizePt ?? 0) >= bodySize + 2) && ((st.sizePt ?? 0) >= bodySize + 1 || !!st.bold)
      );
    }) ?? candidates.find((p) => p.align === 'center');
  const headingP = paras.find((p) => isHeading(paragraphTextOf(p).trim()) === 1);
  const titleStyle = titleP ? styleOfParagraph(titleP, o.docFont) : undefined;
  const headingStyle = headingP ? styleOfParagraph(headingP, o.docFont) : undefined;
  const style = formStyleOf(part, fonts, titleStyle, headingStyle);

  const blocks: DraftBlock[] = [];
  let i = 0;
  const cover = draftCover(part.blocks, o.builder, o.placeName, bodySize, o.docFont);
  if (cover) {
    blocks.push(cover.block);
    i = cover.used;
  }
  let tables = 0;
  let lastHeading = titleP ? paragraphTextOf(titleP).trim() : '';
  let lastText = '';
  let afterSeal = false;
  for (; i < part.blocks.length; i++) {
    const b = part.blocks[i];
    if (b.kind === 'pageBreak') {
      if (blocks.length && blocks[blocks.length - 1].type !== 'pageBreak') blocks.push({ type: 'pageBreak' });
      continue;
    }
    if (b.kind === 'table') {
      tables++;
      blocks.push(
        draftTable(b, {
          builder: o.builder,
          place: `${o.placeName} 第 ${tables} 张表`,
          outside: [lastText, lastHeading].filter((t) => t && t.length <= 60),
          tableUnit: unitInLabel(lastText),
        }),
      );
      lastText = '';
      continue;
    }
    const text = paragraphTextOf(b);
    const t = text.trim();
    // The printer draws the 「附件N」 mark itself where it knows how; then the paragraph would repeat it.
    const markOnly = part.attachment && !cover && attachmentMark(t)?.label === part.attachment;
    if (markOnly && !blocks.some((x) => x.type !== 'paragraph' || x.text) && printerMarksAttachments()) continue;
    const role = b === titleP ? 'title' : isHeading(t) ? 'heading' : 'body';
    const made = paragraphBlocks(b, role, style.body?.family, bodySize, o, { lastHeading, fonts, afterSeal });
    // Keep the paragraph's own line height where the form's would differ (a 16 pt line on a grid).
    const look = styleOfParagraph(b, o.docFont);
    const own = sourceLinePt(b, look.sizePt ?? bodySize, look.family ?? fonts.body.family, part.page.gridPitchPt);
    // What print gives every paragraph of the form: the form's line height (from the body size).
    const printed = style.lineSpacingPt ?? Math.round(bodySize * 1.3 * (style.lineSpacingMultiple ?? 1) * 10) / 10;
    if (role !== 'heading' && Math.abs(own - printed) > 1)
      for (const m of made) if (m.type === 'paragraph') m.lineSpacingPt = own;
    blocks.push(...made);
    if (t && !made.some((x) => x.type === 'paragraph' && x.blanks)) lastText = t;
    if (t) afterSeal = SEAL_RE.test(t);
    if (role === 'heading' || role === 'title') lastHeading = t;
  }
  while (blocks.length && blocks[blocks.length - 1].type === 'pageBreak') blocks.pop();
  outlineNarratives(blocks, o);
  const title =
    (cover ? cover.block.titleLines.join('') : '') ||
    (titleP ? titleLinesFrom(part, titleP).join('') : '') ||
    part.markRest ||
    part.sheetName ||
    o.placeName;
  fitTablesToPage(style, blocks, part.page.widthMm);
  return {
    form: {
      id: o.id,
      title: title.replace(/\s+/g, ' ').slice(0, 300),
      ...(part.attachment ? { attachment: part.attachment } : {}),
      kind: part.format === 'xlsx' ? 'sheet' : 'document',
      orientation: part.page.landscape ? 'landscape' : 'portrait',
      style,
      blocks: blocks.length ? blocks : [{ type: 'paragraph', text: '' }],
    },
    tables,
  };
}

function paragraphBlocks(
  p: SourceParagraph,
  role: 'title' | 'heading' | 'body',
  bodyFamily: string | undefined,
  bodySize: number,
  o: DraftFormOptions,
  at: { lastHeading: string; fonts: PartFonts; afterSeal: boolean },
): DraftBlock[] {
  const text = paragraphTextOf(p);
  const s = styleOfParagraph(p, o.docFont);
  const align = p.align === 'center' || p.align === 'right' ? p.align : undefined;
  if (role === 'heading') {
    const level = Math.min(3, headingLevelOf(text) ?? 1);
    return [{ type: 'heading', text: text.trim(), level, ...(align ? { align } : {}) }];
  }
  const font: { family?: string; fallback?: string[]; size?: number; bold?: boolean } = {};
  if (s.family && s.family !== bodyFamily) {
    font.family = s.family;
    font.fallback = fallbackOf(s.family);
  }
  if (s.sizePt && Math.abs(s.sizePt - bodySize) > 0.1) font.size = Math.max(4, Math.min(100, s.sizePt));
  if (s.bold) font.bold = true;
  const base = {
    type: 'paragraph' as const,
    ...(role === 'title' ? { style: 'title' as const } : {}),
    ...(align ? { align } : role === 'title' ? {} : {}),
    ...((p.firstLineChars ?? 0) >= 1.5 ? {} : { indent: false }),
    ...(Object.keys(font).length ? { font } : {}),
  };
  if (!text.trim()) return [{ ...base, text: '' }];
  // The date under 单位名称（盖章） / 法定代表人（签字） is written by hand when signing.
  const segs = findBlanks(p.runs).map((sg) =>
    at.afterSeal && sg.kind === 'blank' && sg.date ? { kind: 'text' as const, text: sg.raw } : sg,
  );
  if (hasBlanks(segs)) {
    let width = 0;
    const out = segs
      .map((sg) => {
        if (sg.kind === 'text') return sg.text;
        width = Math.max(width, sg.width);
        const ctx = { label: sg.label, groups: [], captions: [] };
        const t = sg.date ? { type: 'date' as const } : inferFieldType(sg.label);
        const spec = sg.choice
          ? {
              label: sg.label || '选项',
              type: 'choice' as const,
              options: sg.choice.options,
              ...(sg.choice.multiple ? { multiple: true } : {}),
            }
          : {
              label: sg.label || '填写内容',
              type: t.type,
              ...(t.unit ? { unit: t.unit } : {}),
              ...(t.options ? { options: t.options } : {}),
            };
        return `{{${o.builder.add(spec, o.placeName, ctx)}}}`;
      })
      .join('');
    return [{ ...base, text: out, blanks: true, blankChars: Math.max(4, Math.min(20, width)) }];
  }
  // 「（学校名称）对……负责」: the school's name goes where the form leaves its placeholder.
  const ph = PLACEHOLDER_SCHOOL.exec(text);
  if (ph) {
    const key = o.builder.add({ label: '学校名称', type: 'text' }, o.placeName, {
      label: '学校名称',
      groups: [],
      captions: [],
    });
    return [{ ...base, text: text.replace(ph[0], `{{${key}}}`) }];
  }
  return [{ ...base, text }];
}

/** A title set over several centred lines (XX学校职业教育… / 实训中心建设方案（提纲）) is one title. */
function titleLinesFrom(part: FormPart, first: SourceParagraph): string[] {
  const i = part.blocks.indexOf(first);
  const out = [paragraphTextOf(first).trim()];
  for (const b of part.blocks.slice(i + 1, i + 4)) {
    if (b.kind !== 'paragraph' || b.align !== first.align || !paragraphTextOf(b).trim()) break;
    const size = (p: SourceParagraph) => p.runs.find((r) => r.text.trim())?.sizePt;
    if (size(b) !== size(first) || headingLevelOf(paragraphTextOf(b))) break;
    out.push(paragraphTextOf(b).trim());
  }
  return out;
}

const GUIDANCE_RE =
  /^(?:简述|简要|概述|阐述|说明|围绕|从|包括|主要|重点|结合|请|填写|描述|介绍|列出|（不超过|\(不超过)/;

/**
 * An outline (提纲) with no tables and no blanks: under each heading, the guidance line (简述……)
 * says what to write there. Each heading gets a narrative paragraph after its guidance; the word
 * limit comes from the guidance when it states one.
 */
function outlineNarratives(blocks: DraftBlock[], o: DraftFormOptions): void {
  if (blocks.some((b) => b.type === 'table' || b.type === 'cover')) return;
  if (blocks.some((b) => b.type === 'paragraph' && (b.blanks || /\{\{/.test(b.text)) && !/^\{\{/.test(b.text))) return;
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i];
    if (h.type !== 'heading') continue;
    let j = i + 1;
    const guidance: string[] = [];
    while (j < blocks.length && blocks[j].type === 'paragraph') {
      const p = blocks[j] as Extract<DraftBlock, { type: 'paragraph' }>;
      if (!p.text.trim()) break;
      if (!GUIDANCE_RE.test(p.text.trim()) || p.text.length > 300) break;
      guidance.push(p.text.trim());
      p.style = 'instruction';
      j++;
    }
    if (!guidance.length) continue;
    const limits = wordLimitIn(guidance.join(''));
    const key = o.builder.add(
      {
        label: h.text.replace(/^[一二三四五六七八九十]+[、．.]\s*/, ''),
        type: 'narrative',
        required: true,
        help: guidance.join(''),
        ...(limits.max ? { wordLimit: limits.max } : {}),
      },
      `${o.placeName} ${h.text}`,
    );
    blocks.splice(j, 0, { type: 'paragraph', text: `{{${key}}}` });
    i = j;
  }
}
