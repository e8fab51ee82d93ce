// What a table cell of a form is: fixed text (a label), or a place to write — empty, a unit after
// room to write (「   人」), a check-box group, a date blank — or text with blanks inside it.
import type { SourceCell, SourceTable } from './sourceDocument.js';
import { cellTextOf } from './sourceDocument.js';
import { isBlankText, isDateBlank, parseChoiceGroup, SEAL_RE, squash, unitOnly } from './textPatterns.js';

export type CellKind = 'empty' | 'unit' | 'choice' | 'date' | 'seq' | 'label';

export interface ClassifiedCell {
  cell: SourceCell;
  row: number;
  kind: CellKind;
  text: string;
  unit?: string;
  options?: string[];
  multiple?: boolean;
  seq?: number;
  /** A hint printed in the blank (如，……): the field's placeholder. */
  hint?: string;
}

/** A cell's kind. Numbers are seq candidates; the table drafter decides whether they number rows. */
export function classifyCell(cell: SourceCell, row: number): ClassifiedCell {
  const text = cellTextOf(cell);
  const base = { cell, row, text };
  if (isBlankText(text)) return { ...base, kind: 'empty' };
  const unit = unitOnly(text);
  if (unit) return { ...base, kind: 'unit', unit };
  const t = text.trim();
  if (/^\d{1,3}[.、．]?$/.test(t)) return { ...base, kind: 'seq', seq: Number(t.replace(/\D/g, '')) };
  const choice = parseChoiceGroup(t);
  if (choice && !choice.prefix) return { ...base, kind: 'choice', options: choice.options, multiple: choice.multiple };
  if (isDateBlank(t)) return { ...base, kind: 'date' };
  return { ...base, kind: 'label' };
}

export const isValueKind = (k: CellKind) => k !== 'label';

/** Cells of a table placed on its grid: who covers (row, col). */
export class CellGrid {
  readonly cells: ClassifiedCell[] = [];
  private readonly cover: (ClassifiedCell | undefined)[][] = [];
  readonly rows: number;
  readonly cols: number;

  constructor(readonly table: SourceTable) {
    this.rows = table.rows.length;
    this.cols = table.columnsMm.length;
    table.rows.forEach((r, ri) => {
      for (const c of r.cells) {
        const cc = classifyCell(c, ri);
        this.cells.push(cc);
        for (let dr = 0; dr < c.rowSpan; dr++)
          for (let dc = 0; dc < c.colSpan; dc++) (this.cover[ri + dr] ??= [])[c.col + dc] = cc;
      }
    });
    // In a row of labels and blanks, 「公办/民办」 beside a label is a choice to make, and 「如，政府
    //有关部门授予的荣誉、称号等」 is a hint in the blank, not a label.
    for (const c of this.cells) {
      if (c.kind !== 'label' || c.cell.col === 0) continue;
      const left = this.at(c.row, c.cell.col - 1);
      const rowHasBlank = this.startingIn(c.row).some((x) => x !== c && x.kind !== 'label');
      if (!left || left.kind !== 'label') continue;
      const t = c.text.trim();
      const slash = /^[\u4e00-\u9fa5A-Za-z（）()]{1,8}(?:\s*[/／]\s*[\u4e00-\u9fa5A-Za-z（）()]{1,8})+$/.test(t);
      if (slash && rowHasBlank) {
        c.kind = 'choice';
        c.options = t.split(/\s*[/／]\s*/);
      } else if (/^(?:如[，,：:]|例如|如：|（如|\(如|填写示例)/.test(t)) {
        c.kind = 'empty';
        c.hint = t;
      }
    }
  }

  at(row: number, col: number): ClassifiedCell | undefined {
    return this.cover[row]?.[col];
  }

  /** Cells that start in a row, in column order. */
  startingIn(row: number): ClassifiedCell[] {
    return this.cells.filter((c) => c.row === row).sort((a, b) => a.cell.col - b.cell.col);
  }

  lastRow(c: ClassifiedCell): number {
    return c.row + c.cell.rowSpan - 1;
  }

  /** A row most of whose cells are labels and the rest empty: a header (or caption) row. */
  /**
   * A header (or caption) row: short labels only — an empty cell is allowed only in the corner —
   * no blanks, no prose, no signature lines.
   */
  headerLike(row: number): boolean {
    const cells = this.startingIn(row);
    if (!cells.length) return false;
    return cells.every(
      (c) =>
        (c.kind === 'label' && squash(c.text).length <= 40 && !SEAL_RE.test(c.text) && !/[。；]/.test(c.text)) ||
        (c.kind === 'empty' && c.cell.col === 0),
    );
  }

  widthMm(c: SourceCell): number {
    return this.table.columnsMm.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0);
  }

  totalWidthMm(): number {
    return this.table.columnsMm.reduce((a, b) => a + b, 0);
  }

  /** Height of the rows a cell covers, mm (rows without a height count 7 mm). */
  heightMm(c: ClassifiedCell): number {
    let h = 0;
    for (let r = c.row; r <= this.lastRow(c); r++) h += this.table.rows[r]?.heightMm ?? 7;
    return h;
  }
}

/** Text that is a seal or signature line, kept as printed. */
export function isSealText(text: string): boolean {
  return SEAL_RE.test(text);
}

/** 「姓    名」 → 「姓名」, for labels in field names. */
export function displayLabel(text: string): string {
  const t = text.replace(/\n+/g, '').trim();
  return /^[\u4e00-\u9fa5\s\u3000]+$/.test(t) ? squash(t) : t.replace(/\s{2,}/g, ' ');
}
