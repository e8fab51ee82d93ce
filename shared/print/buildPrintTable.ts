// A pack table block (spans, year columns, repeating rows with lead cells) → a print Table.
import type { PackCell, PackTableRow, ScalarValue, TableBlock, TableRowValue } from '../packs/packSchema.js';
import { formatFieldValue, formatScalar, isOptionChecked } from './formatPrintValue.js';
import { blankRuns } from './paragraphRuns.js';
import type { PrintContext } from './printContext.js';
import {
  CHECKBOX_CHECKED,
  CHECKBOX_EMPTY,
  para,
  type Paragraph,
  type Run,
  type Table,
  type TableCell,
  type TableRow,
} from './printDocument.js';

/** Checkbox options as one paragraph: ☑公办  ☐民办. */
export function checkboxParagraph(
  ctx: PrintContext,
  fieldKey: string,
  options: string[] | undefined,
  align: Paragraph['align'] = 'center',
): Paragraph {
  const def = ctx.fieldDef(fieldKey);
  const opts = options ?? def?.options ?? (def?.type === 'checkbox' ? ['是', '否'] : []);
  const value = ctx.app.fields[fieldKey]?.value;
  const runs: Run[] = opts.flatMap((o, i) => [
    { text: isOptionChecked(def, value, o, i) ? CHECKBOX_CHECKED : CHECKBOX_EMPTY, symbol: true },
    { text: i < opts.length - 1 ? `${o}  ` : o },
  ]);
  return { kind: 'paragraph', runs, align };
}

/**
 * Units a row already states, e.g. 「发布人才需求报告（个）」 beside the value, a caption, or a label
 * spanning the row such as 「近三年中心经费投入情况（万元）」: such cells print bare numbers.
 * Indexed by pack row.
 */
function unitsStatedByRow(ctx: PrintContext, block: TableBlock): Set<string>[] {
  const unitsOf = (t: string | undefined) =>
    [...ctx.fillText(t ?? '').matchAll(/[（(]([^（）()]{1,8})[）)]/g)].map((m) => m[1]);
  const isLabel = (c: PackCell) =>
    c.field === undefined && c.column === undefined && c.evidence === undefined && !c.checkboxes && !c.seq;
  const out = block.rows.map(() => new Set<string>(unitsOf(block.caption)));
  block.rows.forEach((r, ri) => {
    for (const c of [...(r.lead ?? []), ...r.cells]) {
      if (!isLabel(c)) continue;
      for (let k = ri; k < Math.min(block.rows.length, ri + (c.rowSpan ?? 1)); k++)
        unitsOf(c.text).forEach((u) => out[k].add(u));
    }
  });
  return out;
}

/** A number's unit as the form prints it after the value: 17234人, 96.73%, 2550.00 m² (none when the table states it). */
function withUnit(text: string, def: { type?: string; unit?: string } | undefined, stated: Set<string>): string {
  if (!text || !def || !['number', 'money', 'percent'].includes(def.type ?? '')) return text;
  const unit = def.unit ?? (def.type === 'percent' ? '%' : undefined);
  if (!unit || stated.has(unit) || text.endsWith(unit)) return text;
  return /^[A-Za-z]/.test(unit) ? `${text} ${unit}` : `${text}${unit}`;
}

function cellContent(
  ctx: PrintContext,
  c: PackCell,
  rowValue: TableRowValue | null,
  seq: number,
  year: number | undefined,
  repeatField: string | undefined,
  stated: Set<string>,
): { paragraphs: Paragraph[]; isValue: boolean; long: boolean } {
  const align = c.align;
  const lines = (text: string, defAlign: Paragraph['align']) =>
    text.split('\n').map((l) => para(l, { align: align ?? defAlign, run: c.bold ? { bold: true } : undefined }));
  if (c.checkboxes)
    return {
      paragraphs: [checkboxParagraph(ctx, c.checkboxes.field, c.checkboxes.options, align ?? 'center')],
      isValue: true,
      long: false,
    };
  if (c.field !== undefined) {
    const def = ctx.fieldDef(c.field);
    const text = withUnit(formatFieldValue(def, ctx.app.fields[c.field]?.value, year), def, stated);
    const long = def?.type === 'narrative' || text.length > 40;
    return { paragraphs: lines(text, long ? 'justify' : 'center'), isValue: true, long };
  }
  if (c.column !== undefined) {
    const v: ScalarValue | undefined = rowValue?.[c.column];
    const colDef = repeatField ? ctx.fieldDef(repeatField)?.columns?.find((k) => k.key === c.column) : undefined;
    const text = withUnit(formatScalar(v ?? null, colDef), colDef, stated);
    // A sentence (an 观测点, a description) reads justified; short values stay centred.
    return { paragraphs: lines(text, text.length > 20 ? 'justify' : 'center'), isValue: true, long: false };
  }
  if (c.evidence !== undefined) {
    const pages =
      ctx.evidencePages?.[c.evidence] ?? formatFieldValue(ctx.fieldDef(c.evidence), ctx.app.fields[c.evidence]?.value);
    return { paragraphs: lines(pages, 'center'), isValue: true, long: false };
  }
  if (c.seq) return { paragraphs: lines(rowValue ? String(seq) : '', 'center'), isValue: true, long: false };
  // Blanks inside a label (「单位：____ 从业类别：____」) print as in a paragraph: the gap stays when empty.
  if (c.blanks && c.text !== undefined)
    return {
      paragraphs: c.text.split('\n').map((line) => ({
        kind: 'paragraph' as const,
        align: align ?? 'left',
        runs: blankRuns(ctx, line, c.blankChars ?? 8, c.bold ? { bold: true } : {}),
      })),
      isValue: false,
      long: false,
    };
  const text = ctx.fillText((c.text ?? '').replace(/\{year\}/g, year !== undefined ? String(year) : '{year}'));
  return { paragraphs: lines(text, 'center'), isValue: false, long: false };
}

export function buildPrintTable(ctx: PrintContext, block: TableBlock, blockKey: string, textWidthMm: number): Table {
  const years = block.years ? (ctx.app.tableYears[blockKey] ?? []).slice(-block.years.count) : [];
  const yearCount = block.years?.count ?? 1;
  // Column widths, year columns expanded, ratio widths scaled to the text width.
  const raw: number[] = [];
  for (const col of block.columns) for (let k = 0; k < (col.perYear ? yearCount : 1); k++) raw.push(col.width);
  const sum = raw.reduce((a, b) => a + b, 0);
  const columnWidthsMm = block.widthUnit === 'mm' ? raw : raw.map((w) => Math.round((w / sum) * textWidthMm * 10) / 10);

  // How many printed rows each pack row becomes (a repeat row: its data rows, at least minRows, at least one).
  const repeatRows = block.rows.map((r) => (r.repeat ? repeatValues(ctx, r) : null));
  const counts = repeatRows.map((rows) => (rows ? rows.length : 1));
  const spanOf = (ri: number, span: number) => counts.slice(ri, ri + span).reduce((a, b) => a + b, 0);

  const statedByRow = unitsStatedByRow(ctx, block);
  const makeCells = (
    r: PackTableRow,
    cells: PackCell[],
    ri: number,
    rowValue: TableRowValue | null,
    seq: number,
    expandSpan: boolean,
  ): TableCell[] =>
    cells.flatMap((c) => {
      const yearsOfCell: (number | undefined)[] = c.perYear
        ? Array.from({ length: yearCount }, (_, k) => years[k] ?? undefined)
        : [undefined];
      return yearsOfCell.map((y) => {
        const content = cellContent(ctx, c, rowValue, seq, y, r.repeat, statedByRow[ri]);
        const rowSpan = expandSpan ? spanOf(ri, c.rowSpan ?? 1) : (c.rowSpan ?? 1);
        const out: TableCell = {
          paragraphs: content.paragraphs,
          vAlign: c.vAlign ?? (content.long ? 'top' : 'center'),
          role: content.isValue ? 'value' : 'label',
        };
        const field = c.field ?? c.checkboxes?.field ?? c.evidence ?? (c.column !== undefined ? r.repeat : undefined);
        if (field) out.field = field;
        if (rowSpan > 1) out.rowSpan = rowSpan;
        if ((c.colSpan ?? 1) > 1) out.colSpan = c.colSpan;
        if (c.noBorders?.length) out.noBorders = c.noBorders;
        return out;
      });
    });

  const rows: TableRow[] = [];
  // Very tall rows (a tall narrative box, a cell listing dozens of member units) may split across
  // pages; kept whole they would leave most of a page empty. Everything else stays on one page.
  const mayStayWhole = (r: PackTableRow, cells: TableCell[]) =>
    (!r.heightMm || r.heightMm <= 80) &&
    !cells.some(
      (c) => c.paragraphs.reduce((n, p) => n + p.runs.reduce((m, x) => m + x.text.length, 0), 0) > LONG_CELL_CHARS,
    );
  block.rows.forEach((r, ri) => {
    const base: Omit<TableRow, 'cells'> = {
      ...(r.header ? { header: true } : {}),
      ...(r.heightMm ? { minHeightMm: r.heightMm } : {}),
    };
    const values = repeatRows[ri];
    if (!values) {
      const cells = makeCells(r, [...(r.lead ?? []), ...r.cells], ri, null, 0, true);
      rows.push({ ...base, ...(mayStayWhole(r, cells) ? { cantSplit: true } : {}), cells });
      return;
    }
    values.forEach((v, k) => {
      const lead =
        k === 0 && r.lead
          ? makeCells(r, r.lead, ri, null, 0, false).map((c) =>
              values.length > 1 ? { ...c, rowSpan: values.length } : c,
            )
          : [];
      const cells = [...lead, ...makeCells(r, r.cells, ri, v, k + 1, false)];
      rows.push({ ...base, ...(mayStayWhole(r, cells) ? { cantSplit: true } : {}), cells });
    });
  });
  keepSpannedRowsTogether(rows);
  return {
    kind: 'table',
    columnWidthsMm,
    rows,
    ...(block.cellPaddingMm !== undefined ? { cellPadMm: block.cellPaddingMm } : {}),
    ...(block.footnotes?.length
      ? { footnotes: block.footnotes.map((f) => para(ctx.fillText(f), { align: 'left', role: 'note' })) }
      : {}),
  };
}

/** A cell with more text than this (about eight lines of a narrow column) may break across pages. */
const LONG_CELL_CHARS = 160;

/** Rows a label spans (an enterprise block, one opinion and its seal row) stay on one page when the group is short. */
const KEEP_GROUP_MAX_ROWS = 14;
function keepSpannedRowsTogether(rows: TableRow[]): void {
  rows.forEach((r, i) => {
    const span = Math.max(1, ...r.cells.map((c) => c.rowSpan ?? 1));
    if (span < 2 || span > KEEP_GROUP_MAX_ROWS) return;
    for (let k = i; k < Math.min(rows.length - 1, i + span - 1); k++) rows[k].keepWithNext = true;
  });
}

/** The rows a repeating row prints: the table field's rows, padded with blank rows (null) to minRows, at least one. */
function repeatValues(ctx: PrintContext, r: PackTableRow): (TableRowValue | null)[] {
  const value = ctx.app.fields[r.repeat!]?.value;
  const data = Array.isArray(value)
    ? (value as unknown[]).filter((x): x is TableRowValue => typeof x === 'object' && x !== null)
    : [];
  const out: (TableRowValue | null)[] = [...data];
  const min = Math.max(1, r.minRows ?? ctx.fieldDef(r.repeat!)?.minRows ?? 0);
  while (out.length < min) out.push(null);
  return out;
}
