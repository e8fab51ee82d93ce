// The texts the grid's search box and column filters look in, kept ready for a 50,000-row ledger.
// Each row's cells are lower-cased once (cached per row object: rows are replaced on edit, never
// mutated). For the search box all rows are also joined into one string, so a search is a run of
// indexOf calls over that string — a few milliseconds — instead of one includes() per row.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';
import { displayText } from './cellText';
import type { GridRow } from './gridRow';

export interface RowTexts {
  cells: string[];
  /** All cells joined by CELL_SEP: a needle (which never contains it) cannot match across cells. */
  all: string;
}

const CELL_SEP = '\u0001';
const ROW_SEP = '\u0002';

/** Characters a search needle must not contain for the joined search to be exact. */
export function isPlainNeedle(needle: string): boolean {
  return !needle.includes(CELL_SEP) && !needle.includes(ROW_SEP);
}

interface Joined {
  text: string;
  /** Start offset of each row in `text`, plus one past the end. */
  starts: Int32Array;
}

/** All rows' texts joined (the search box), or one column's (a column filter), built on first use. */
const ALL = -1;

export class SearchIndex {
  private texts = new WeakMap<GridRow, RowTexts>();
  /** The rows the joined texts were built from, by position. */
  private owners: GridRow[] = [];
  private joined = new Map<number, Joined>();

  constructor(readonly fields: readonly FieldDef[]) {}

  rowTexts(row: GridRow): RowTexts {
    let t = this.texts.get(row);
    if (!t) {
      const cells = this.fields.map((f) => (row.drafts?.[f.key] ?? displayText(f, row.values[f.key])).toLowerCase());
      t = { cells, all: cells.join(CELL_SEP) };
      this.texts.set(row, t);
    }
    return t;
  }

  /**
   * Prepares row texts from `from` on, `count` at a time (idle slices); once all are ready, a call
   * with `from` at the end joins them (a slice of its own).
   */
  warm(rows: readonly GridRow[], from: number, count: number): number {
    if (from >= rows.length) {
      this.joinedOf(rows, ALL);
      return from;
    }
    const end = Math.min(rows.length, from + count);
    for (let i = from; i < end; i++) this.rowTexts(rows[i]);
    return end;
  }

  /** Drops the joined texts when any row was replaced, added or removed since they were built. */
  private sync(rows: readonly GridRow[]): void {
    let stale = this.owners.length !== rows.length;
    for (let i = 0; !stale && i < rows.length; i++) stale = this.owners[i] !== rows[i];
    if (!stale) return;
    this.joined.clear();
    this.owners = rows.slice();
  }

  private joinedOf(rows: readonly GridRow[], column: number): Joined {
    this.sync(rows);
    let j = this.joined.get(column);
    if (j) return j;
    const parts = new Array<string>(rows.length);
    const starts = new Int32Array(rows.length + 1);
    let at = 0;
    for (let i = 0; i < rows.length; i++) {
      const t = this.rowTexts(rows[i]);
      const s = column === ALL ? t.all : t.cells[column];
      parts[i] = s;
      starts[i] = at;
      at += s.length + 1;
    }
    starts[rows.length] = at;
    j = { text: parts.join(ROW_SEP), starts };
    this.joined.set(column, j);
    return j;
  }

  /** Row indices (ascending) whose text — in one column, or anywhere — contains the lower-cased needle. */
  search(rows: readonly GridRow[], needle: string, column = ALL): number[] {
    const out: number[] = [];
    if (!isPlainNeedle(needle)) {
      for (let i = 0; i < rows.length; i++) {
        const t = this.rowTexts(rows[i]);
        if ((column === ALL ? t.all : t.cells[column]).includes(needle)) out.push(i);
      }
      return out;
    }
    const { text, starts } = this.joinedOf(rows, column);
    let pos = text.indexOf(needle);
    while (pos >= 0) {
      // The row whose segment holds pos: the last start ≤ pos.
      let lo = 0;
      let hi = rows.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      out.push(lo);
      pos = text.indexOf(needle, starts[lo + 1]);
    }
    return out;
  }
}
