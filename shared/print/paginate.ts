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
  ROW_BORDER_PT,
  sealLayout,
} from './measureBlocks.js';
import { EMPTY, keeps, Pager, type PrintPage } from './pager.js';
import type { Block, Paragraph, PrintDocument, Section, Table } from './printDocument.js';
import { splitParagraph } from './splitTable.js';
import { headerCount, TableFlow } from './tableFlow.js';

export { bodyBoxPt, pageSlackPt, type PrintPage } from './pager.js';

export interface PagedDocument {
  doc: PrintDocument;
  pages: PrintPage[];
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
