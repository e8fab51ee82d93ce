// The pages being filled: where the current page is, how much room is left, and the rules for
// starting a new one (headings carried along, blank back pages). paginate.ts and tableFlow.ts fill it.
import { PT_PER_MM } from './measureBlocks.js';
import { type Block, pageSizeMm, type Paragraph, type PrintDocument, type Section } from './printDocument.js';

export interface PrintPage {
  orientation: 'portrait' | 'landscape';
  /** The number printed at its foot: null on a cover and on an inserted blank back page. */
  number: number | null;
  /** A blank back page inserted so that the body starts on a right-hand (odd) page. */
  blank?: boolean;
  /** The document section the page belongs to. */
  section: number;
  /** Where the page's content starts in its section: block index, and the row of a table (XLSX page breaks). */
  from: { block: number; row?: number };
  blocks: Block[];
}

/** Page body (the 版心) of a section in points. */
export function bodyBoxPt(doc: PrintDocument, s: Section | undefined): { widthPt: number; heightPt: number } {
  const size = pageSizeMm(doc, s);
  const m = doc.page.marginsMm;
  const top = doc.page.binding === 'top';
  const widthMm = size.width - (top ? 2 * m.outer : m.inner + m.outer + doc.page.gutterMm);
  const heightMm = size.height - (top ? m.inner + doc.page.gutterMm + m.outer : m.top + m.bottom);
  return { widthPt: widthMm * PT_PER_MM, heightPt: heightMm * PT_PER_MM };
}

/** Room kept free at the foot of every page for the renderers' differences. */
export function pageSlackPt(doc: PrintDocument, heightPt: number): number {
  return Math.max(doc.body.lineSpacingPt ?? doc.body.sizePt * 1.3, heightPt * 0.025);
}

export const EMPTY: Paragraph = { kind: 'paragraph', runs: [] };

export const keeps = (b: Block | undefined): boolean =>
  !!b && b.kind === 'paragraph' && (!!b.keepWithNext || b.role === 'title' || !!b.heading);

export class Pager {
  readonly pages: PrintPage[] = [];
  private page!: PrintPage;
  used = 0;
  limit = 0;
  widthPt = 0;
  private section = 0;
  private orientation: 'portrait' | 'landscape' = 'portrait';
  private numbered = true;

  constructor(readonly doc: PrintDocument) {}

  beginSection(index: number, s: Section): void {
    const box = bodyBoxPt(this.doc, s);
    this.widthPt = box.widthPt;
    this.limit = box.heightPt - pageSlackPt(this.doc, box.heightPt);
    this.section = index;
    this.orientation = s.orientation ?? this.doc.page.orientation;
    this.numbered = !s.cover;
    this.newPage({ block: 0 });
  }

  private heights: number[] = [];

  /**
   * Starts a new page. Headings and captions left at the foot of the page go along (they lead into
   * what now starts the new page), unless they are all the page holds.
   */
  newPage(from: PrintPage['from']): void {
    const carried: Block[] = [];
    const carriedHeights: number[] = [];
    const prev = this.page as PrintPage | undefined;
    if (prev && prev.section === this.section) {
      let k = prev.blocks.length;
      while (k > 0 && keeps(prev.blocks[k - 1])) k--;
      if (k > 0 && k < prev.blocks.length) {
        carried.push(...prev.blocks.splice(k));
        carriedHeights.push(...this.heights.splice(k));
      }
    }
    this.page = {
      orientation: this.orientation,
      number: this.numbered ? 0 : null,
      section: this.section,
      from: carried.length ? { block: this.blockOf(carried[0], from.block) } : from,
      blocks: carried,
    };
    this.heights = carriedHeights;
    this.pages.push(this.page);
    this.used = carriedHeights.reduce((a, b) => a + b, 0);
  }

  /** Block index of the section the carried block came from (for XLSX breaks). */
  blockIndex = new Map<Block, number>();
  private blockOf(b: Block, fallback: number): number {
    return this.blockIndex.get(b) ?? fallback;
  }

  /** A new page unless the current one is still empty. */
  breakPage(from: PrintPage['from']): void {
    if (this.page.blocks.length) this.newPage(from);
    else this.page.from = from;
  }

  blankPage(): void {
    const last = this.pages[this.pages.length - 1];
    this.pages.push({ ...last, number: null, blank: true, blocks: [], from: { block: 0 } });
  }

  get room(): number {
    return this.limit - this.used;
  }

  get empty(): boolean {
    return this.page.blocks.length === 0;
  }

  add(b: Block, h: number): void {
    this.page.blocks.push(b);
    this.heights.push(h);
    this.used += h;
  }
}
