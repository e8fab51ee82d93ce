// The one print-document model. DOCX, XLSX and HTML (preview and, through Chromium, PDF) are all
// rendered from it, so the three agree on text, order and layout. Pure data: no Node, no DOM.

/** Lengths are in millimetres unless the name says otherwise (Pt = points). */
export type Mm = number;

export type PaperName = 'A4' | 'A3';
export const PAPER_SIZES_MM: Record<PaperName, { width: Mm; height: Mm }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

export interface PageSetup {
  paper: PaperName;
  orientation: 'portrait' | 'landscape';
  /** inner = the binding side (订口), outer = the other side; for single-sided left binding inner is the left margin. */
  marginsMm: { top: Mm; bottom: Mm; inner: Mm; outer: Mm };
  /** Where the pages are bound; left binding mirrors inner/outer on even pages when double-sided. */
  binding: 'left' | 'top';
  /** Extra room on the binding side, added to the inner margin. */
  gutterMm: Mm;
  doubleSided: boolean;
}

/** A font as a document asks for it: the East Asian name Word needs (w:eastAsia) and the names to fall back on. */
export interface FontSpec {
  /** e.g. 仿宋_GB2312 */
  eastAsia: string;
  /** e.g. ['FangSong', '仿宋'] — used where the first is not installed. */
  fallback: string[];
  /** Latin font for digits and letters; defaults to eastAsia (what Chinese offices do). */
  latin?: string;
}

export interface TextStyle {
  font: FontSpec;
  sizePt: number;
  bold?: boolean;
  /** Fixed (exact) line spacing in points; absent = single. */
  lineSpacingPt?: number;
}

export interface PageNumberStyle {
  /** 'dash' prints «— 1 —»; 'none' prints nothing. */
  format: 'dash' | 'plain' | 'none';
  font: FontSpec;
  sizePt: number;
  /** 'center', or 'outside' (GB/T 9704: odd pages right, even pages left, one character in). */
  position: 'center' | 'outside';
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  font?: FontSpec;
  sizePt?: number;
  bold?: boolean;
  underline?: boolean;
  /** A check-box glyph (☐/☑): renderers put it in a font that has the glyph. */
  symbol?: boolean;
}

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  /** First-line indent in characters (正文 2 字符). */
  firstLineChars?: number;
  /** Heading level (1 = 一、, 2 = （一）…); renderers mark it as an outline level. */
  heading?: 1 | 2 | 3;
  /** Overrides the document's body line spacing (exact, points). */
  lineSpacingPt?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  keepWithNext?: boolean;
  /** A title paragraph uses the document's title style. */
  role?: 'title' | 'body' | 'note';
  /** The pack field it prints, so the on-screen preview can show where a field is; files ignore it. */
  field?: string;
}

export interface TableCell {
  paragraphs: Paragraph[];
  rowSpan?: number;
  colSpan?: number;
  vAlign?: 'top' | 'center' | 'bottom';
  /** Background as hex 'RRGGBB' (label cells are often lightly shaded). */
  shading?: string;
  /** A label cell (fixed text) or a value cell (filled in); renderers may style them. */
  role?: 'label' | 'value';
  /** The pack field it prints (see Paragraph.field). */
  field?: string;
  /** Sides drawn without a line; the neighbouring cell leaves the same edge undrawn. */
  noBorders?: CellSide[];
}

export type CellSide = 'top' | 'bottom' | 'left' | 'right';

export interface TableRow {
  /** Cells in order, HTML-style: a cell covered by a rowSpan from above is left out. */
  cells: TableCell[];
  /** Repeated at the top of every page the table runs onto. Must be the table's first rows. */
  header?: boolean;
  /** Not split across pages. */
  cantSplit?: boolean;
  /** Kept on the same page as the next row (rows joined by a label spanning them). */
  keepWithNext?: boolean;
  minHeightMm?: Mm;
}

export interface Table {
  kind: 'table';
  columnWidthsMm: Mm[];
  rows: TableRow[];
  /** Printed under the table (e.g. ¹ ² notes). */
  footnotes?: Paragraph[];
  /** Font size for the table's text; defaults to the body size. */
  sizePt?: number;
  /** Left and right padding of every cell; defaults to CELL_PAD_MM. */
  cellPadMm?: Mm;
}

export interface PageBreak {
  kind: 'pageBreak';
}

/** A signature/seal block: lines right-aligned with room above the date for a seal (about 42 mm). */
export interface SealBlock {
  kind: 'seal';
  /** e.g. ['负责人签名：', '（公章）'] */
  lines: string[];
  /** Printed last, e.g. '年    月    日'. */
  dateLine: string;
  /** Vertical room for the seal, above the date line. */
  heightMm: Mm;
}

export type Block = Paragraph | Table | PageBreak | SealBlock;

export interface Section {
  /** Shown as the sheet name in XLSX and used for ids; optional. */
  name?: string;
  /** A cover: no page number, and numbering restarts at 1 in the next section. */
  cover?: boolean;
  /** Override of the page orientation for this section. */
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface PrintDocument {
  title: string;
  page: PageSetup;
  body: TextStyle;
  titleStyle: TextStyle;
  /** Heading styles by level; missing levels use the body style in bold. */
  headingStyles?: Partial<Record<1 | 2 | 3, TextStyle>>;
  pageNumber: PageNumberStyle;
  sections: Section[];
}

/** The font Word and LibreOffice get for check-box glyphs: these carry ☐ ☑ (仿宋_GB2312 does not). */
export const SYMBOL_FONT: FontSpec = {
  eastAsia: 'Segoe UI Symbol',
  fallback: ['MS Gothic', 'DejaVu Sans', 'Noto Sans Symbols2'],
  latin: 'Segoe UI Symbol',
};

/** Signature lines of a seal block start at this fraction of the text width. */
export const SEAL_INDENT = 0.4;

export const CHECKBOX_EMPTY = '\u2610';
export const CHECKBOX_CHECKED = '\u2611';

export const FANGSONG: FontSpec = { eastAsia: '仿宋_GB2312', fallback: ['FangSong', '仿宋'] };
export const XIAOBIAOSONG: FontSpec = { eastAsia: '方正小标宋简体', fallback: ['SimSun', '宋体'] };
export const HEITI: FontSpec = { eastAsia: '黑体', fallback: ['SimHei'] };
export const SONGTI: FontSpec = { eastAsia: '宋体', fallback: ['SimSun'] };

/** GB/T 9704-2012: A4, 天头 37, 订口 28, 版心 156 × 225 → bottom 35, outer 26. */
export const GBT9704_PAGE: PageSetup = {
  paper: 'A4',
  orientation: 'portrait',
  marginsMm: { top: 37, bottom: 35, inner: 28, outer: 26 },
  binding: 'left',
  gutterMm: 0,
  doubleSided: false,
};

export const GBT9704_PAGE_NUMBER: PageNumberStyle = { format: 'dash', font: SONGTI, sizePt: 14, position: 'outside' };

// ---- small builders, so builders and tests write documents tersely ----

export function para(
  text: string,
  opts: Omit<Paragraph, 'kind' | 'runs'> & { run?: Omit<Run, 'text'> } = {},
): Paragraph {
  const { run, ...rest } = opts;
  return { kind: 'paragraph', runs: text === '' ? [] : [{ text, ...run }], ...rest };
}

export function cell(
  text: string | Paragraph[],
  opts: Omit<TableCell, 'paragraphs'> & { align?: Align } = {},
): TableCell {
  const { align, ...rest } = opts;
  const paragraphs =
    typeof text === 'string' ? text.split('\n').map((line) => para(line, { align: align ?? 'center' })) : text;
  return { paragraphs, vAlign: 'center', ...rest };
}

export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** A cell's text as every renderer must show it: paragraphs joined by newlines. */
export function cellText(c: TableCell): string {
  return c.paragraphs.map(paragraphText).join('\n');
}

/** The page size of a section in mm, orientation applied. */
export function pageSizeMm(doc: PrintDocument, section?: Section): { width: Mm; height: Mm } {
  const p = PAPER_SIZES_MM[doc.page.paper];
  const landscape = (section?.orientation ?? doc.page.orientation) === 'landscape';
  return landscape ? { width: p.height, height: p.width } : { ...p };
}

/** Every cell text of runs of blocks (sections, or pages) in reading order: tables in order, rows, cells. */
export function cellTextsOf(runs: { blocks: Block[] }[]): string[] {
  const out: string[] = [];
  for (const s of runs)
    for (const b of s.blocks)
      if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) out.push(cellText(c));
  return out;
}

/** Every cell text of the document in reading order — what renderers must agree on. */
export function documentCellTexts(doc: PrintDocument): string[] {
  return cellTextsOf(doc.sections);
}

/** Font names a document needs (for the export report and the DOCX font table). */
export function fontsUsed(doc: PrintDocument): FontSpec[] {
  const seen = new Map<string, FontSpec>();
  const add = (f: FontSpec | undefined) => {
    if (f && !seen.has(f.eastAsia)) seen.set(f.eastAsia, f);
  };
  add(doc.body.font);
  add(doc.titleStyle.font);
  for (const h of Object.values(doc.headingStyles ?? {})) add(h?.font);
  if (doc.pageNumber.format !== 'none') add(doc.pageNumber.font);
  const addPara = (p: Paragraph) => p.runs.forEach((r) => add(r.symbol ? SYMBOL_FONT : r.font));
  for (const s of doc.sections)
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') addPara(b);
      if (b.kind === 'table') {
        b.rows.forEach((r) => r.cells.forEach((c) => c.paragraphs.forEach(addPara)));
        b.footnotes?.forEach(addPara);
      }
    }
  return [...seen.values()];
}

/** The style a paragraph is set in: its role's, its heading's, else the body. */
export function styleOf(doc: PrintDocument, p: Paragraph): TextStyle {
  if (p.role === 'title') return doc.titleStyle;
  if (p.heading) return doc.headingStyles?.[p.heading] ?? { ...doc.body, bold: true };
  return doc.body;
}
