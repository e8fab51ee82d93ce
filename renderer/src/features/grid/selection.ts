// Selection math in view coordinates (row = position in the sorted/filtered view, col = column index).

export interface CellPos {
  row: number;
  col: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeOf(anchor: CellPos, focus: CellPos): CellRange {
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  };
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'top' | 'bottom' | 'pageUp' | 'pageDown';

/** Moves a cell within rowCount × colCount, clamped to the edges (as Excel stops at the last cell). */
export function moveCell(pos: CellPos, move: Move, rowCount: number, colCount: number, page = 20): CellPos {
  const maxRow = Math.max(0, rowCount - 1);
  const maxCol = Math.max(0, colCount - 1);
  const clampRow = (r: number) => Math.min(maxRow, Math.max(0, r));
  const clampCol = (c: number) => Math.min(maxCol, Math.max(0, c));
  switch (move) {
    case 'up':
      return { row: clampRow(pos.row - 1), col: pos.col };
    case 'down':
      return { row: clampRow(pos.row + 1), col: pos.col };
    case 'left':
      return { row: pos.row, col: clampCol(pos.col - 1) };
    case 'right':
      return { row: pos.row, col: clampCol(pos.col + 1) };
    case 'home':
      return { row: pos.row, col: 0 };
    case 'end':
      return { row: pos.row, col: maxCol };
    case 'top':
      return { row: 0, col: pos.col };
    case 'bottom':
      return { row: maxRow, col: pos.col };
    case 'pageUp':
      return { row: clampRow(pos.row - page), col: pos.col };
    case 'pageDown':
      return { row: clampRow(pos.row + page), col: pos.col };
  }
}

/**
 * Tab / Shift+Tab: next cell to the right, wrapping to the next row's first cell at the row's end
 * (and back to the previous row's last cell), as Excel does without a selected range.
 */
export function tabCell(pos: CellPos, backwards: boolean, rowCount: number, colCount: number): CellPos {
  if (!backwards) {
    if (pos.col < colCount - 1) return { row: pos.row, col: pos.col + 1 };
    return pos.row < rowCount - 1 ? { row: pos.row + 1, col: 0 } : pos;
  }
  if (pos.col > 0) return { row: pos.row, col: pos.col - 1 };
  return pos.row > 0 ? { row: pos.row - 1, col: colCount - 1 } : pos;
}

export function clampPos(pos: CellPos, rowCount: number, colCount: number): CellPos {
  return {
    row: Math.min(Math.max(0, rowCount - 1), Math.max(0, pos.row)),
    col: Math.min(Math.max(0, colCount - 1), Math.max(0, pos.col)),
  };
}
