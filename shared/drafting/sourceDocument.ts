// A notice attachment as read from its file (.docx through OOXML, .xlsx through exceljs): the
// structure a person sees on the printed page, neutral of the file format. The drafter turns it
// into a pack; nothing here knows about fields yet. Lengths in millimetres, sizes in points.

export type SourceAlign = 'left' | 'center' | 'right' | 'justify';

export interface SourceRun {
  text: string;
  /** East Asian font name as the document names it (仿宋_GB2312, 黑体 …). */
  font?: string;
  sizePt?: number;
  bold?: boolean;
  underline?: boolean;
}

export interface SourceParagraph {
  kind: 'paragraph';
  runs: SourceRun[];
  align?: SourceAlign;
  /** Outline level from the paragraph or its style (0 = 标题 1). */
  outlineLevel?: number;
  /** The paragraph style's display name (e.g. Heading 1, 标题 2), when not the default. */
  styleName?: string;
  /** Indent of the first line in characters (2 = 首行缩进两字). */
  firstLineChars?: number;
  /** Left indent in mm. */
  indentMm?: number;
  /** Exact (fixed) line spacing in points, when the paragraph sets one. */
  lineSpacingPt?: number;
  /** Multiple line spacing (1.5 倍), when the paragraph sets one. */
  lineSpacingMultiple?: number;
  /** Line spacing of at least this many points (最小值): single spacing, or this where it is taller. */
  lineAtLeastPt?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Size of the paragraph mark: what an empty paragraph's line height follows. */
  markSizePt?: number;
  /** The paragraph opts out of the page's line grid (w:snapToGrid false). */
  noGrid?: boolean;
}

export interface SourceCell {
  /** First grid column the cell covers (0-based), placed by the table grid, not by index in the row. */
  col: number;
  colSpan: number;
  /** Rows covered (a vMerge restart and its continuations). */
  rowSpan: number;
  paragraphs: SourceParagraph[];
  /** Text runs top to bottom (tbRl / btLr): a vertical group label. */
  vertical?: boolean;
  vAlign?: 'top' | 'center' | 'bottom';
  /** Sides the attachment draws no line on (resolved from the cell, the table and its style). */
  noBorders?: ('top' | 'bottom' | 'left' | 'right')[];
}

export interface SourceRow {
  /** Cells starting in this row, in grid order; cells covered by a merge from above are left out. */
  cells: SourceCell[];
  heightMm?: number;
  /** The height is exact (hRule="exact"): text beyond it is clipped. */
  exactHeight?: boolean;
  /** Repeated at the top of each page (w:tblHeader). */
  header?: boolean;
}

export interface SourceTable {
  kind: 'table';
  /** Column grid (w:tblGrid) in mm. */
  columnsMm: number[];
  rows: SourceRow[];
  /** The table draws no borders (a layout table of inline blanks). */
  borderless?: boolean;
  /** Left and right padding inside the cells, mm (Word's default 1.9 when the file sets none). */
  cellPadMm?: number;
}

export interface SourcePageBreak {
  kind: 'pageBreak';
}

export type SourceBlock = SourceParagraph | SourceTable | SourcePageBreak;

export interface SourcePage {
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  margins: { top: number; bottom: number; left: number; right: number };
  /**
   * The section's line grid (w:docGrid type lines): single-spaced lines take whole multiples of this
   * pitch, which is why Chinese Word documents print roomier than their font sizes suggest.
   */
  gridPitchPt?: number;
}

export interface SourceSection {
  page: SourcePage;
  blocks: SourceBlock[];
  /** The section's footer prints a page number. */
  pageNumbers: boolean;
  /** A sheet's name (xlsx). */
  name?: string;
}

export interface SourceDocument {
  fileName: string;
  format: 'docx' | 'xlsx';
  sections: SourceSection[];
  /** The document's default body font and size (docDefaults / Normal style). */
  bodyFont?: string;
  bodySizePt?: number;
  /** What the reader saw but could not keep, in Chinese (图片, 文本框 …), for the summary. */
  notes: string[];
}

export function runsText(runs: SourceRun[]): string {
  return runs.map((r) => r.text).join('');
}

export function paragraphTextOf(p: SourceParagraph): string {
  return runsText(p.runs);
}

/** A cell's text, paragraphs joined by newlines. */
export function cellTextOf(c: SourceCell): string {
  return c.paragraphs.map(paragraphTextOf).join('\n');
}

/** The page's text width in mm. */
export function textWidthMm(page: SourcePage): number {
  return page.widthMm - page.margins.left - page.margins.right;
}
