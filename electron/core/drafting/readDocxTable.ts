// One w:tbl → SourceTable. Geometry as Word lays it out: the column grid from w:tblGrid; each cell
// placed by grid column (w:gridBefore, w:gridSpan, missing cells), never by its index in the row;
// w:vMerge restart/continue joined into row spans; row heights and their rule; vertical text.
import type { SourceCell, SourceParagraph, SourceRow, SourceTable } from '../../../shared/drafting/sourceDocument.js';
import { child, childElements, children, num, val, type XmlElement } from './parseXml.js';
import { type ParagraphContext, readParagraph } from './readDocxParagraph.js';
import {
  type PlacedSourceCell,
  readBorders,
  readCellMargins,
  resolveCellBorders,
  WORD_CELL_MARGIN_TWIPS,
} from './readTableLook.js';

const twipsToMm = (tw: number) => Math.round((tw / 1440) * 25.4 * 100) / 100;

function borderless(tblPr: XmlElement | undefined): boolean {
  const b = child(tblPr, 'w:tblBorders');
  if (!b) return false;
  const sides = childElements(b);
  return sides.length > 0 && sides.every((s) => ['nil', 'none'].includes(s.attrs['w:val'] ?? ''));
}

/** Paragraphs of a cell; a table nested in it is flattened to paragraphs (its rows, cells tab-separated). */
function cellParagraphs(tc: XmlElement, ctx: ParagraphContext): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const visit = (el: XmlElement) => {
    for (const c of childElements(el)) {
      if (c.name === 'w:p')
        for (const b of readParagraph(c, ctx)) {
          if (b.kind === 'paragraph') out.push(b);
        }
      else if (c.name === 'w:tbl') {
        ctx.note('表格中嵌套的表格（已转为文字）');
        for (const tr of children(c, 'w:tr')) {
          const texts = children(tr, 'w:tc').map((inner) =>
            cellParagraphs(inner, ctx)
              .map((p) => p.runs.map((r) => r.text).join(''))
              .join(' '),
          );
          out.push({ kind: 'paragraph', runs: [{ text: texts.join('\t') }] });
        }
      } else if (c.name === 'w:sdt') visit(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml') visit(c);
    }
  };
  visit(tc);
  return out;
}

/** Children of one kind (w:tr of a table, w:tc of a row), looking through w:sdt / w:customXml wrappers. */
function wrapped(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') out.push(...wrapped(child(c, 'w:sdtContent') ?? c, name));
    else if (c.name === 'w:customXml') out.push(...wrapped(c, name));
  }
  return out;
}

export function readTable(tbl: XmlElement, ctx: ParagraphContext): SourceTable {
  const tblPr = child(tbl, 'w:tblPr');
  const grid = children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => num(g.attrs['w:w']) ?? 0);
  const rows: SourceRow[] = [];
  /** The open vertical merge per grid column: the cell it continues. */
  const open = new Map<number, SourceCell>();
  const placed = new Map<SourceCell, PlacedSourceCell>();
  const trs = wrapped(tbl, 'w:tr');
  for (const tr of trs) {
    const trPr = child(tr, 'w:trPr');
    let col = num(val(trPr, 'w:gridBefore')) ?? 0;
    const row: SourceRow = { cells: [] };
    const touched = new Set<number>();
    for (const tc of wrapped(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, num(val(tcPr, 'w:gridSpan')) ?? 1);
      // A cell beyond the grid widens it (Word does the same when tblGrid is short).
      while (grid.length < col + span) grid.push(num(child(tcPr, 'w:tcW')?.attrs['w:w']) ?? 600);
      const vm = child(tcPr, 'w:vMerge');
      const continues = vm !== undefined && (vm.attrs['w:val'] ?? 'continue') === 'continue';
      const above = open.get(col);
      for (let k = col; k < col + span; k++) touched.add(k);
      const tcBorders = readBorders(child(tcPr, 'w:tcBorders'));
      if (continues && above && above.colSpan === span) {
        above.rowSpan += 1;
        placed.get(above)!.last = tcBorders;
        col += span;
        continue;
      }
      const cell: SourceCell = { col, colSpan: span, rowSpan: 1, paragraphs: cellParagraphs(tc, ctx) };
      const dir = val(tcPr, 'w:textDirection');
      if (dir && /^(tbRl|btLr|tbRlV|tbLrV|tb)$/.test(dir)) cell.vertical = true;
      const va = val(tcPr, 'w:vAlign');
      if (va === 'top' || va === 'center' || va === 'bottom') cell.vAlign = va;
      else if (va === 'both') cell.vAlign = 'center';
      row.cells.push(cell);
      placed.set(cell, { cell, row: rows.length, own: tcBorders });
      for (let k = col; k < col + span; k++) open.delete(k);
      if (vm) open.set(col, cell);
      col += span;
    }
    // A merge ends where a row does not continue it.
    for (const k of [...open.keys()]) if (!touched.has(k)) open.delete(k);
    const h = child(trPr, 'w:trHeight');
    const hv = num(h?.attrs['w:val']);
    if (hv) {
      row.heightMm = twipsToMm(hv);
      if (h?.attrs['w:hRule'] === 'exact') row.exactHeight = true;
    }
    if (child(trPr, 'w:tblHeader')) row.header = true;
    rows.push(row);
  }
  // Rows that lost every cell to merges from above would vanish: keep them as empty rows.
  const look = ctx.styles.table(val(tblPr, 'w:tblStyle'));
  const borders = { ...look.borders, ...readBorders(child(tblPr, 'w:tblBorders')) };
  resolveCellBorders([...placed.values()], borders, rows.length, grid.length);
  const margins = { ...look.margins, ...readCellMargins(child(tblPr, 'w:tblCellMar')) };
  const padTwips = ((margins.left ?? WORD_CELL_MARGIN_TWIPS) + (margins.right ?? WORD_CELL_MARGIN_TWIPS)) / 2;
  const table: SourceTable = { kind: 'table', columnsMm: grid.map(twipsToMm), rows, cellPadMm: twipsToMm(padTwips) };
  if (borderless(tblPr)) table.borderless = true;
  return table;
}
