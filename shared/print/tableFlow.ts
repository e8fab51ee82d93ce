// A table poured into pages: rows that fit stay, a group joined by a spanning label moves whole only
// when that wastes little of the page, and a row taller than the room left is cut between lines.
import { lineHeightPt, measureRows, ROW_BORDER_PT } from './measureBlocks.js';
import { EMPTY, type Pager } from './pager.js';
import type { PrintDocument, Table } from './printDocument.js';
import { buildPiece, cutRow, type VirtualRow } from './splitTable.js';
import { type PlacedCell, placeTableCells } from './tableGrid.js';

/** A group or row that fits on a page moves to the next page whole only if that leaves little empty. */
const MOVE_IF_ROOM_BELOW = 0.2;
/** …or if it is small. */
const SMALL_PART = 0.2;

export function headerCount(t: Table): number {
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

export class TableFlow {
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
