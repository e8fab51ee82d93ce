// The height of one line of an attachment's paragraph, by its own spacing rule (single, multiple,
// exact, at least) and font, in points. The drafter writes it into the pack as an exact line height:
// every format then prints the same lines, and the draft's pages follow the attachment's.
import type { SourceParagraph } from './sourceDocument.js';

/**
 * One single-spaced line as a multiple of the font size, by font family, as LibreOffice and WPS
 * lay it out with the fonts the app's font configuration gives these names (AR PL UKai for the
 * 仿宋/楷体 family, Noto CJK for 宋体/小标宋/黑体; measured by rendering single-spaced text). Word on
 * Windows with the original fonts gives the Song/Hei family about 1.3 (the figure used for fonts
 * not listed).
 */
const SINGLE_LINE_EM: [RegExp, number][] = [
  [/^(仿宋(_GB2312)?|FangSong(_GB2312)?|楷体(_GB2312)?|KaiTi(_GB2312)?)$/i, 1.105],
  [/^(宋体|SimSun|新宋体|NSimSun|方正小标宋(简体|_GBK)?|黑体|SimHei)$/i, 1.45],
];
const OTHER_EM = 1.3;

export function singleLineEm(font: string | undefined): number {
  return (font && SINGLE_LINE_EM.find(([re]) => re.test(font.trim()))?.[1]) || OTHER_EM;
}

/**
 * The height one single-spaced line of this size and font takes: a whole number of grid pitches on
 * a page with a line grid (as Word and LibreOffice lay it out), else the font's own line height.
 */
export function singleLinePt(sizePt: number, gridPitchPt?: number, font?: string): number {
  const natural = sizePt * singleLineEm(font);
  if (!gridPitchPt) return Math.round(natural * 10) / 10;
  return Math.round(Math.max(1, Math.ceil(natural / gridPitchPt - 0.05)) * gridPitchPt * 10) / 10;
}

/** The height a paragraph's lines take in the attachment, by its line rule. */
export function sourceLinePt(
  p: SourceParagraph,
  sizePt: number,
  font: string | undefined,
  gridPitchPt: number | undefined,
): number {
  if (p.lineSpacingPt) return p.lineSpacingPt;
  const single = singleLinePt(sizePt, p.noGrid ? undefined : gridPitchPt, font);
  if (p.lineAtLeastPt) return Math.max(single, p.lineAtLeastPt);
  return p.lineSpacingMultiple ? Math.round(single * p.lineSpacingMultiple * 10) / 10 : single;
}
