// One w:p → SourceParagraph(s) and page breaks: runs with their effective font, size, bold and
// underline (style chain, then direct formatting), tabs and breaks as text, numbering labels,
// legacy form fields (FORMCHECKBOX → ☐, FORMTEXT → an underlined blank), hidden text dropped.
import type { SourceBlock, SourceParagraph, SourceRun } from '../../../shared/drafting/sourceDocument.js';
import { paragraphTextOf } from '../../../shared/drafting/sourceDocument.js';
import type { DocxNumbering } from './docxNumbering.js';
import type { DocxStyles } from './docxStyles.js';
import { mergePara, mergeRun, type ParaProps, readParaProps, readRunProps, type RunProps } from './docxStyles.js';
import { child, descendant, textOf, val, type XmlElement } from './parseXml.js';

export interface ParagraphContext {
  styles: DocxStyles;
  numbering: DocxNumbering;
  /** Things seen but not kept (图片) or kept otherwise (文本框); the reader reports them once. */
  note(what: string, detail?: string): void;
}

/** A picture's own description or a name its author gave it (not Word's 「图片 2」). */
function pictureName(el: XmlElement): string | undefined {
  const pr = descendant(el, 'wp:docPr') ?? descendant(el, 'v:shape');
  const given = [pr?.attrs.descr, pr?.attrs.title, pr?.attrs.alt, pr?.attrs.name].map((s) => s?.trim());
  return given.find((s) => s && !/^(图片|图像|Picture|Image|Graphic|Object|对象|_x0000_\w*|Frame)\s*\d*$/i.test(s));
}

/**
 * A text box's text, kept as text where the box is anchored: one paragraph per paragraph in it, or
 * one line when each holds a single character (一/寸/照/片 stacked in a photo frame).
 */
function textBoxParagraphs(box: XmlElement, ctx: ParagraphContext): SourceParagraph[] {
  const paras = box.children
    .filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:p')
    .flatMap((p) => readParagraph(p, ctx))
    .filter((b): b is SourceParagraph => b.kind === 'paragraph' && paragraphTextOf(b).trim() !== '');
  if (paras.length > 1 && paras.every((p) => [...paragraphTextOf(p).trim()].length === 1))
    return [
      { ...paras[0], runs: [{ ...paras[0].runs[0], text: paras.map((p) => paragraphTextOf(p).trim()).join('') }] },
    ];
  return paras;
}

/** Wingdings/Symbol private-use code points that print as check boxes. */
const SYMBOL_BOXES: Record<string, string> = { F0A8: '□', F06F: '□', F071: '□', F0FE: '☑', F078: '☒', F0FD: '☒' };

interface RunState {
  /** Inside a complex field: 'code' between begin and separate, 'result' after. */
  field: ('code' | 'result')[];
  /** The current field's instruction text. */
  instr: string[];
}

export function readParagraph(p: XmlElement, ctx: ParagraphContext): SourceBlock[] {
  const pPr = child(p, 'w:pPr');
  const style = ctx.styles.paragraph(val(pPr, 'w:pStyle'));
  const para: ParaProps = mergePara(ctx.styles.defaults.para, style.para, readParaProps(pPr));
  const baseRun: RunProps = mergeRun(ctx.styles.defaults.run, style.run);
  const out: SourceBlock[] = [];
  let runs: SourceRun[] = [];
  const state: RunState = { field: [], instr: [] };
  /** Text boxes anchored in this paragraph: their text follows it. */
  const boxes: SourceParagraph[] = [];

  const push = (text: string, props: RunProps) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    const same =
      last &&
      last.font === props.font &&
      last.sizePt === props.sizePt &&
      !!last.bold === !!props.bold &&
      !!last.underline === !!props.underline;
    if (same) last.text += text;
    else
      runs.push({
        text,
        ...(props.font ? { font: props.font } : {}),
        ...(props.sizePt ? { sizePt: props.sizePt } : {}),
        ...(props.bold ? { bold: true } : {}),
        ...(props.underline ? { underline: true } : {}),
      });
  };
  const mark = mergeRun(baseRun, readRunProps(child(pPr, 'w:rPr')));
  const finish = () => {
    out.push(makeParagraph(runs, para, style.name, mark));
    runs = [];
  };

  if (para.numId !== undefined) {
    const label = ctx.numbering.next(para.numId, para.numLevel ?? 0);
    if (label) push(label, baseRun);
  }

  const walkRun = (r: XmlElement) => {
    const rPr = child(r, 'w:rPr');
    const props = mergeRun(baseRun, ctx.styles.character(val(rPr, 'w:rStyle')), readRunProps(rPr));
    if (props.vanish) return;
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:fldChar': {
          const t = c.attrs['w:fldCharType'];
          if (t === 'begin') {
            state.field.push('code');
            state.instr.push('');
            const ff = child(c, 'w:ffData');
            if (ff && child(ff, 'w:checkBox')) {
              const box = child(ff, 'w:checkBox')!;
              const checked = val(box, 'w:checked') ?? val(box, 'w:default');
              push(checked === '1' || checked === 'true' ? '☑' : '☐', props);
            }
          } else if (t === 'separate') state.field[state.field.length - 1] = 'result';
          else if (t === 'end') {
            state.field.pop();
            state.instr.pop();
          }
          break;
        }
        case 'w:instrText':
          if (state.instr.length) state.instr[state.instr.length - 1] += textOf(c);
          break;
        default:
          if (state.field.includes('code')) break; // a field's code is not printed
          runChild(c, props);
      }
    }
  };
  const runChild = (c: XmlElement, props: RunProps) => {
    const formText = state.instr.some((i) => /FORMTEXT/.test(i));
    switch (c.name) {
      case 'w:t':
        push(textOf(c), formText ? { ...props, underline: true } : props);
        break;
      case 'w:tab':
      case 'w:ptab':
        push('\t', props);
        break;
      case 'w:br':
      case 'w:cr':
        if (c.attrs['w:type'] === 'page') {
          finish();
          out.push({ kind: 'pageBreak' });
        } else if (c.attrs['w:type'] !== 'column') push('\n', props);
        break;
      case 'w:noBreakHyphen':
        push('-', props);
        break;
      case 'w:sym': {
        const code = (c.attrs['w:char'] ?? '').toUpperCase();
        push(
          SYMBOL_BOXES[code] ?? (/^F0[0-9A-F]{2}$/.test(code) ? '' : String.fromCharCode(parseInt(code, 16) || 32)),
          props,
        );
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
      case 'mc:AlternateContent': {
        // mc:AlternateContent holds the same box twice (DrawingML and VML): the first is the one.
        const box = descendant(c, 'w:txbxContent');
        if (box) {
          boxes.push(...textBoxParagraphs(box, ctx));
          ctx.note('文本框');
        } else ctx.note('图片', pictureName(c));
        break;
      }
      default:
        break;
    }
  };
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:r':
          walkRun(c);
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:fldSimple':
        case 'w:dir':
        case 'w:bdo':
          walk(c);
          break;
        case 'w:sdt':
          walk(child(c, 'w:sdtContent') ?? c);
          break;
        case 'mc:AlternateContent':
          ctx.note(descendant(c, 'w:txbxContent') ? '文本框' : '图片');
          break;
        case 'm:oMath':
        case 'm:oMathPara':
          push(textOf(c), baseRun);
          break;
        default:
          break; // w:del, w:moveFrom, bookmarks, proofing marks: nothing printed
      }
    }
  };

  if (para.pageBreakBefore) out.push({ kind: 'pageBreak' });
  walk(p);
  finish();
  out.push(...boxes);
  // A page break at the start of a paragraph leaves an empty paragraph before it: drop that one.
  if (out.length > 1 && out[0].kind === 'paragraph' && out[0].runs.length === 0 && out[1].kind === 'pageBreak')
    out.shift();
  return out;
}

function makeParagraph(
  runs: SourceRun[],
  p: ParaProps,
  styleName: string | undefined,
  base: RunProps,
): SourceParagraph {
  const sizePt = runs.find((r) => r.sizePt)?.sizePt ?? base.sizePt ?? 10.5;
  const para: SourceParagraph = { kind: 'paragraph', runs };
  if (p.align) para.align = p.align;
  if (p.outlineLevel !== undefined) para.outlineLevel = p.outlineLevel;
  if (styleName && !/^(normal|正文|default|默认)/i.test(styleName)) para.styleName = styleName;
  const chars = p.firstLineChars ?? (p.firstLineTwips !== undefined ? p.firstLineTwips / 20 / sizePt : undefined);
  if (chars !== undefined && chars > 0.2) para.firstLineChars = Math.round(chars * 10) / 10;
  if (p.indentTwips) para.indentMm = Math.round((p.indentTwips / 1440) * 25.4 * 10) / 10;
  if (p.line?.rule === 'exact') para.lineSpacingPt = p.line.value;
  else if (p.line?.rule === 'atLeast') para.lineAtLeastPt = p.line.value;
  else if (p.line && Math.abs(p.line.value - 1) > 0.01) para.lineSpacingMultiple = p.line.value;
  if (p.spaceBeforePt) para.spaceBeforePt = p.spaceBeforePt;
  if (p.spaceAfterPt) para.spaceAfterPt = p.spaceAfterPt;
  if (!runs.length && base.sizePt) para.markSizePt = base.sizePt;
  if (p.snapToGrid === false) para.noGrid = true;
  return para;
}
