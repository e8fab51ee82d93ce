// Copy and paste between the grid and Excel/WPS: the selected block as tab-separated text, and a
// pasted block turned into cell edits from the active cell (rows past the end are appended).
import { type CellEdit, pasteEdits } from './gridEdits';
import type { CellPos, CellRange } from './selection';
import { formatTsv, parseTsv } from './tsv';

/** The selected block's texts as Excel puts them on the clipboard. */
export function copyText(range: CellRange, viewLength: number, textAt: (pos: CellPos) => string): string {
  const out: string[][] = [];
  for (let r = range.top; r <= range.bottom && r < viewLength; r++) {
    const line: string[] = [];
    for (let c = range.left; c <= range.right; c++) line.push(textAt({ row: r, col: c }));
    out.push(line);
  }
  return formatTsv(out);
}

export interface PastePlan {
  edits: CellEdit[];
  /** The block the paste covered, to select afterwards (null: a single value filled the selection). */
  covered: CellRange | null;
}

/** What pasting this clipboard text at the selection does; null when there is nothing to paste. */
export function planPaste(
  text: string,
  range: CellRange,
  view: readonly number[],
  rowCount: number,
  fieldKeys: readonly string[],
): PastePlan | null {
  if (!text) return null;
  const block = parseTsv(text);
  if (!block.length) return null;
  const edits = pasteEdits(block, range, view, rowCount, fieldKeys);
  const single = block.length === 1 && block[0].length === 1;
  if (single) return { edits, covered: null };
  const bottom = range.top + block.length - 1;
  const right = Math.min(fieldKeys.length - 1, range.left + Math.max(...block.map((r) => r.length)) - 1);
  return { edits, covered: { top: range.top, left: range.left, bottom, right } };
}
