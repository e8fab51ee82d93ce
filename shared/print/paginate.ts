// Pagination, decided once for every format. Word, WPS, LibreOffice and Chromium each break pages
// their own way (LibreOffice drops a kept-together row taller than a page, Chromium ignores
// break-before: right, a kept group moves whole and leaves half a page empty), so the print model
// decides where every page ends, and each renderer only draws those pages with hard breaks between
// them. Pages are filled with the conservative heights of measureBlocks minus a slack, so no
// renderer's page overflows; a row or paragraph taller than the room left is cut between lines
// (header rows and spanning labels repeated on the next page), so nothing is ever lost or clipped.
import {
  footnoteSizePt,
  lineHeightPt,
  measureParagraph,
  measureRows,
  PT_PER_MM,
  ROW_BORDER_PT,
  sealLayout,
} from './measureBlocks.js';
import {
  type Block,
  pageSizeMm,
  type Paragraph,
  type PrintDocument,
  type Section,
  type Table,
} from './printDocument.js';
import { buildPiece, cutRow, splitParagraph, type VirtualRow } from './splitTable.js';
import { type PlacedCell, placeTableCells } from './tableGrid.js';

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

export interface PagedDocument {
  doc: PrintDocument;
  pages: PrintPage[];
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

/** A group or row that fits on a page moves to the next page whole only if that leaves little empty. */
const MOVE_IF_ROOM_BELOW = 0.2;
/** …or if it is small. */
const SMALL_PART = 0.2;

const EMPTY: Paragraph = { kind: 'paragraph', runs: [] };

const keeps = (b: Block | undefined): boolean =>
  !!b && b.kind === 'paragraph' && (!!b.keepWithNext || b.role === 'title' || !!b.heading);

class Pager {
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

export function paginate(doc: PrintDocument): PagedDocument {
  const pager = new Pager(doc);
  const sections = doc.sections.filter((s, i) => s.blocks.length || i === 0);
  sections.forEach((s, si) => {
    const prev = sections[si - 1];
    // Double-sided: the body after a cover starts on a right-hand page; the cover's back stays blank
    // and unnumbered (GB/T 9704-2012 7.5). Inserted here, not left to break-before: right.
    if (prev?.cover && !s.cover && doc.page.doubleSided && pager.pages.length % 2 === 1) pager.blankPage();
    pager.beginSection(doc.sections.indexOf(s), s);
    new SectionFlow(doc, pager, s).run();
  });
  numberPages(pager.pages);
  return { doc, pages: pager.pages };
}

const cache = new WeakMap<PrintDocument, PagedDocument>();

/** paginate(), once per document: the DOCX, the HTML and the XLSX of one export share it. */
export function paginateCached(doc: PrintDocument): PagedDocument {
  let paged = cache.get(doc);
  if (!paged) cache.set(doc, (paged = paginate(doc)));
  return paged;
}

/** Numbers count from 1 on the first page after a cover (or the first page when there is none). */
function numberPages(pages: PrintPage[]): void {
  let n = 0;
  let afterCover = false;
  for (const p of pages) {
    if (p.number === null) {
      if (!p.blank) afterCover = true;
      continue;
    }
    if (afterCover) n = 0;
    afterCover = false;
    p.number = ++n;
  }
}

class SectionFlow {
  constructor(
    private readonly doc: PrintDocument,
    private readonly pager: Pager,
    private readonly section: Section,
  ) {}

  run(): void {
    const blocks = this.section.blocks;
    blocks.forEach((b, i) => {
      if (b.kind === 'pageBreak') this.pager.breakPage({ block: i + 1 });
      else if (b.kind === 'paragraph') {
        this.pager.blockIndex.set(b, i);
        this.placeParagraph(b, i, keeps(b) ? this.headOf(i + 1) : 0);
      } else if (b.kind === 'seal') this.placeWhole(b, sealLayout(this.doc, b).height, i);
      else this.placeTable(b, i);
    });
  }

  /** The least of block i that must share a page with a keep-with-next paragraph before it. */
  private headOf(i: number): number {
    const b = this.section.blocks[i];
    if (!b || b.kind === 'pageBreak') return 0;
    if (b.kind === 'seal') return sealLayout(this.doc, b).height;
    if (b.kind === 'paragraph') {
      const m = measureParagraph(this.doc, b, this.pager.widthPt);
      if (keeps(b)) return m.height + this.headOf(i + 1);
      return m.before + Math.min(2, m.starts.length) * m.lineHeight;
    }
    const heights = measureRows(this.doc, b);
    const nHead = headerCount(b);
    const head = heights.slice(0, nHead).reduce((a, h) => a + h, 0);
    const first = heights[nHead] ?? 0;
    return head + Math.min(first, 2 * lineHeightPt(this.doc, EMPTY) + ROW_BORDER_PT);
  }

  private placeWhole(b: Block, h: number, i: number): void {
    if (h > this.pager.room && !this.pager.empty) this.pager.newPage({ block: i });
    this.pager.add(b, h);
  }

  private placeParagraph(p: Paragraph, i: number, keepNeeds: number, sizeOverridePt?: number): void {
    const pager = this.pager;
    const m = measureParagraph(this.doc, p, pager.widthPt, sizeOverridePt);
    if (m.height + keepNeeds <= pager.room) return pager.add(p, m.height);
    if (keepNeeds && !pager.empty && m.height + keepNeeds <= pager.limit) {
      pager.newPage({ block: i });
      return pager.add(p, m.height);
    }
    if (m.height <= pager.room) return pager.add(p, m.height);
    const lines = m.starts.length;
    const fit = Math.floor((pager.room - m.before) / m.lineHeight);
    const splittable = !p.heading && p.role !== 'title';
    if (splittable && lines >= 4 && fit >= 2 && lines - fit >= 2) {
      const [a, b] = splitParagraph(p, m.starts[fit]);
      pager.add(a, m.before + fit * m.lineHeight);
      pager.newPage({ block: i });
      return this.placeParagraph(b, i, keepNeeds, sizeOverridePt);
    }
    if (!pager.empty) {
      pager.newPage({ block: i });
      return this.placeParagraph(p, i, keepNeeds, sizeOverridePt);
    }
    // Taller than a whole page: cut it where the page ends (at least one line per page).
    const at = Math.max(1, fit);
    if (at < lines) {
      const [a, b] = splitParagraph(p, m.starts[at]);
      pager.add(a, m.before + at * m.lineHeight);
      pager.newPage({ block: i });
      return this.placeParagraph(b, i, 0, sizeOverridePt);
    }
    pager.add(p, m.height);
  }

  private placeTable(t: Table, i: number): void {
    const size = footnoteSizePt(this.doc, t);
    const notes = (t.footnotes ?? []).map((f): Paragraph => ({
      ...f,
      role: f.role ?? 'note',
      runs: f.runs.map((r) => ({ ...r, sizePt: r.sizePt ?? size })),
    }));
    // The notes print right under the table: its last row leaves room for them.
    const notesPt = notes.reduce((h, n) => h + measureParagraph(this.doc, n, this.pager.widthPt).height, 0);
    new TableFlow(this.doc, this.pager, t, i, Math.min(notesPt, this.pager.limit / 3)).run();
    for (const note of notes) this.placeParagraph(note, i, 0);
  }
}

function headerCount(t: Table): number {
  const n = t.rows.findIndex((r) => !r.header);
  return n < 0 ? 0 : n;
}

/** Body rows joined by a cell spanning them: [start, end) ranges in order. */
function rowGroups(t: Table, placed: PlacedCell[], from: number): [number, number][] {
  const reach = t.rows.map((_, r) => r + 1);
  for (const p of placed) reach[p.row] = Math.max(reach[p.row], p.row + p.rowSpan);
  const groups: [number, number][] = [];
  let r = from;
  while (r < t.rows.length) {
    let end = reach[r];
    for (let k = r; k < end; k++) end = Math.max(end, reach[k]);
    groups.push([r, end]);
    r = end;
  }
  return groups;
}

class TableFlow {
  private readonly placed: PlacedCell[];
  private readonly nHead: number;
  private readonly header: VirtualRow[];
  private pending: VirtualRow[];

  constructor(
    private readonly doc: PrintDocument,
    private readonly pager: Pager,
    private readonly t: Table,
    private readonly block: number,
    /** Room the table's last row leaves below it (for its footnotes). */
    private readonly reserveAtEnd: number,
  ) {
    this.placed = placeTableCells(t);
    this.nHead = headerCount(t);
    this.header = Array.from({ length: this.nHead }, (_, k) => ({ src: k, kind: 'whole' as const }));
    this.pending = [...this.header];
  }

  private height(vrows: VirtualRow[]): number {
    if (!vrows.length) return 0;
    return measureRows(this.doc, buildPiece(this.t, this.placed, vrows)).reduce((a, b) => a + b, 0);
  }

  private fits(extra: VirtualRow[]): boolean {
    return this.height([...this.pending, ...extra]) + this.reserve(extra) <= this.pager.room;
  }

  private reserve(rows: VirtualRow[]): number {
    return rows.some((v) => v.src === this.t.rows.length - 1) ? this.reserveAtEnd : 0;
  }

  /** Nothing on the page yet but the repeated header rows. */
  private get atTop(): boolean {
    return this.pending.length === this.nHead && this.pager.empty;
  }

  private spaceLeft(): number {
    return this.pager.room - this.height(this.pending);
  }

  private flush(): void {
    if (this.pending.length > this.nHead) {
      const piece = buildPiece(this.t, this.placed, this.pending);
      const heights = measureRows(this.doc, piece);
      // If a renderer's page ever runs over after all, a short row moves whole rather than splitting;
      // a tall one may split (LibreOffice drops a kept-together row that is taller than the page).
      piece.rows.forEach((r, k) => {
        if (heights[k] <= this.pager.limit / 2) r.cantSplit = true;
        else delete r.cantSplit;
        delete r.keepWithNext;
      });
      this.pager.add(
        piece,
        heights.reduce((a, b) => a + b, 0),
      );
    }
    this.pending = [...this.header];
  }

  private nextPage(row: number): void {
    this.flush();
    this.pager.newPage({ block: this.block, row });
  }

  run(): void {
    for (const [a, b] of rowGroups(this.t, this.placed, this.nHead)) {
      const group = Array.from({ length: b - a }, (_, k) => ({ src: a + k, kind: 'whole' as const }));
      if (this.fits(group)) {
        this.pending.push(...group);
        continue;
      }
      const alone = this.height([...this.header, ...group]);
      const limit = this.pager.limit;
      if (
        !this.atTop &&
        alone <= limit &&
        (alone <= limit * SMALL_PART || this.spaceLeft() < limit * MOVE_IF_ROOM_BELOW)
      ) {
        this.nextPage(a);
        this.pending.push(...group);
        continue;
      }
      for (const v of group) this.placeRow(v);
    }
    this.flush();
  }

  /** One row (or the tail of a cut one): here if it fits, on the next page if that wastes little, else cut. */
  private placeRow(v: VirtualRow): void {
    const limit = this.pager.limit;
    for (let guard = 0; guard < 1000; guard++) {
      if (this.fits([v])) return void this.pending.push(v);
      const alone = this.height([...this.header, v]);
      if (
        !this.atTop &&
        alone <= limit &&
        (alone <= limit * SMALL_PART || this.spaceLeft() < limit * MOVE_IF_ROOM_BELOW)
      ) {
        this.nextPage(v.src);
        continue;
      }
      const avail = this.spaceLeft() - ROW_BORDER_PT - this.reserve([v]);
      const minHeightMm = v.kind === 'whole' ? this.t.rows[v.src].minHeightMm : v.minHeightMm;
      const cut =
        avail >= 2 * lineHeightPt(this.doc, EMPTY)
          ? cutRow(this.doc, this.t, this.placed, v.src, v.byCol, avail, minHeightMm)
          : null;
      if (!cut) {
        if (this.atTop) return void this.pending.push(v); // cannot be cut further: let it run over
        this.nextPage(v.src);
        continue;
      }
      this.pending.push(cut.head);
      if (!cut.tail) return;
      this.nextPage(v.src);
      v = cut.tail;
    }
    this.pending.push(v);
  }
}
