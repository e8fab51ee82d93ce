// A table's lines and cell padding as Word resolves them: a cell's own w:tcBorders side, else the
// table's w:tblBorders (outer sides at the table's edge, insideH/insideV between cells), else its
// table style's. A side set to nil/none draws nothing; a table that names no borders at all (no
// tblBorders, a style without them) draws none, as Word's 普通表格 does.
import type { SourceCell } from '../../../shared/drafting/sourceDocument.js';
import { child, childElements, num, type XmlElement } from './parseXml.js';

export type Edge = 'top' | 'bottom' | 'left' | 'right' | 'insideH' | 'insideV';
/** Sides a border element names: true = a line, false = nil/none. Unnamed sides are absent. */
export type BorderSet = Partial<Record<Edge, boolean>>;

const EDGE_OF: Record<string, Edge> = {
  'w:top': 'top',
  'w:bottom': 'bottom',
  'w:left': 'left',
  'w:start': 'left',
  'w:right': 'right',
  'w:end': 'right',
  'w:insideH': 'insideH',
  'w:insideV': 'insideV',
};

export function readBorders(el: XmlElement | undefined): BorderSet {
  const out: BorderSet = {};
  if (!el) return out;
  for (const side of childElements(el)) {
    const edge = EDGE_OF[side.name];
    if (edge) out[edge] = !['nil', 'none'].includes(side.attrs['w:val'] ?? 'nil');
  }
  return out;
}

/** w:tblCellMar / w:tcMar left and right, in twips (dxa only: pct and auto are not lengths). */
export function readCellMargins(el: XmlElement | undefined): { left?: number; right?: number } {
  const out: { left?: number; right?: number } = {};
  if (!el) return out;
  for (const [names, key] of [
    [['w:left', 'w:start'], 'left'],
    [['w:right', 'w:end'], 'right'],
  ] as const) {
    const m = names.map((n) => child(el, n)).find(Boolean);
    const type = m?.attrs['w:type'] ?? 'dxa';
    const w = num(m?.attrs['w:w']);
    if (m && type === 'dxa' && w !== undefined && w >= 0) out[key] = w;
  }
  return out;
}

/** What a table style (chain resolved) gives a table: its borders and cell margins. */
export interface TableLook {
  borders: BorderSet;
  margins: { left?: number; right?: number };
}

/** Word's default left/right cell margin when neither the table nor its style sets one: 0.19 cm. */
export const WORD_CELL_MARGIN_TWIPS = 108;

export interface PlacedSourceCell {
  cell: SourceCell;
  row: number;
  /** The cell's own w:tcBorders; for a vertical merge, the last row's too (its bottom is the merge's). */
  own: BorderSet;
  last?: BorderSet;
}

type Side = 'top' | 'bottom' | 'left' | 'right';
const OPPOSITE: Record<Side, Side> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

/**
 * Sets each cell's noBorders. An edge between two cells is drawn when either draws it (Word's and
 * LibreOffice's reading of two cells that disagree), so both cells then agree on it.
 */
export function resolveCellBorders(cells: PlacedSourceCell[], table: BorderSet, rowCount: number, cols: number): void {
  const drawn = (p: PlacedSourceCell, side: Side): boolean => {
    const lastRow = p.row + p.cell.rowSpan - 1;
    const own = side === 'bottom' ? (p.last ?? p.own) : p.own;
    if (own[side] !== undefined) return own[side];
    const outer =
      side === 'top'
        ? p.row === 0
        : side === 'bottom'
          ? lastRow >= rowCount - 1
          : side === 'left'
            ? p.cell.col === 0
            : p.cell.col + p.cell.colSpan >= cols;
    return (outer ? table[side] : table[side === 'top' || side === 'bottom' ? 'insideH' : 'insideV']) ?? false;
  };
  const grid: (PlacedSourceCell | undefined)[][] = Array.from({ length: rowCount }, () => []);
  for (const p of cells)
    for (let r = p.row; r < Math.min(rowCount, p.row + p.cell.rowSpan); r++)
      for (let c = p.cell.col; c < p.cell.col + p.cell.colSpan; c++) grid[r][c] = p;
  const own = new Map(
    cells.map((p) => [
      p,
      Object.fromEntries((['top', 'bottom', 'left', 'right'] as Side[]).map((s) => [s, drawn(p, s)])) as Record<
        Side,
        boolean
      >,
    ]),
  );
  const neighbours = (p: PlacedSourceCell, side: Side): PlacedSourceCell[] => {
    const out = new Set<PlacedSourceCell>();
    const rows = Array.from({ length: p.cell.rowSpan }, (_, k) => p.row + k);
    const cols = Array.from({ length: p.cell.colSpan }, (_, k) => p.cell.col + k);
    const at = (r: number, c: number) => grid[r]?.[c];
    if (side === 'top') cols.forEach((c) => out.add(at(p.row - 1, c)!));
    if (side === 'bottom') cols.forEach((c) => out.add(at(p.row + p.cell.rowSpan, c)!));
    if (side === 'left') rows.forEach((r) => out.add(at(r, p.cell.col - 1)!));
    if (side === 'right') rows.forEach((r) => out.add(at(r, p.cell.col + p.cell.colSpan)!));
    out.delete(undefined as unknown as PlacedSourceCell);
    return [...out];
  };
  for (const p of cells) {
    const none = (['top', 'bottom', 'left', 'right'] as Side[]).filter(
      (s) => !own.get(p)![s] && !neighbours(p, s).some((n) => own.get(n)![OPPOSITE[s]]),
    );
    if (none.length) p.cell.noBorders = none;
    else delete p.cell.noBorders;
  }
}
