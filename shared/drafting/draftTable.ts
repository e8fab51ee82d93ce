// A table of the attachment → a pack table block with the same grid, merges and row heights, whose
// blanks are fields: empty cells, unit cells, check-box groups and date blanks become fields named
// by their labels; blank rows become repeating (or numbered, fixed) table fields; 合计 cells become
// locked computed totals; 佐证材料页码 cells become evidence cells.
import type { PackCell, PackTableRow, TableColumn } from '../packs/packSchema.js';
import { CellGrid, type ClassifiedCell, displayLabel, isSealText } from './classifyCell.js';
import type { DraftBuilder, FieldSpec } from './draftBuilder.js';
import type { DraftBlock } from './draftTypes.js';
import { findBlanks, hasBlanks, type Segment } from './findBlanks.js';
import { findRepeatBlocks, type RepeatBlock } from './findRepeatBlocks.js';
import { inferFieldType, NARRATIVE_LABEL_RE, typeOfUnit } from './inferFieldType.js';
import type { LabelContext } from './matchCatalogue.js';
import { paragraphTextOf, type SourceCell, type SourceTable } from './sourceDocument.js';
import { contextOf, fieldLabelOf, labelsLeftOf } from './tableContext.js';
import { isDateBlank, squash, wordLimitIn } from './textPatterns.js';

export interface TableDraftOptions {
  builder: DraftBuilder;
  /** 附件1 第2张表 */
  place: string;
  /** Text above the table (its caption paragraph, the heading), nearest first. */
  outside: string[];
  /** 单位：万元 stated above the table. */
  tableUnit?: string;
}

type TableBlock = Extract<DraftBlock, { type: 'table' }>;
const TOTAL_RE = /^(?:合计|小计|总计|共计)$/;
const EVIDENCE_RE = /佐证|页码/;
const NUMERIC = new Set(['number', 'money']);

export function draftTable(table: SourceTable, o: TableDraftOptions): TableBlock {
  const g = new CellGrid(table);
  const blocks = findRepeatBlocks(g);
  const blockOf = (r: number) => blocks.find((b) => r >= b.start && r <= b.end);
  const packRow: number[] = [];
  let pr = -1;
  for (let r = 0; r < g.rows; r++) {
    const b = blockOf(r);
    if (!b || r === b.start) pr++;
    packRow[r] = pr;
  }
  const spanOf = (c: ClassifiedCell) => packRow[g.lastRow(c)] - packRow[c.row] + 1;
  const d = new TableDrafter(g, o, spanOf);

  const rows: PackTableRow[] = [];
  for (let r = 0; r < g.rows; r++) {
    const b = blockOf(r);
    if (b && r !== b.start) continue;
    const src = table.rows[r];
    const row: PackTableRow = b
      ? d.repeatRow(b)
      : {
          cells: fillGaps(
            g,
            r,
            g.startingIn(r).map((c) => ({ col: c.cell.col, cell: d.cell(c) })),
          ),
        };
    if (src.heightMm && src.heightMm >= 3) row.heightMm = Math.round(src.heightMm * 10) / 10;
    rows.push(row);
  }
  // Rows right above the first repeating block that read as a header repeat on each page. Header-like
  // rows over other fields first (「一、申报简表」「项目概况」 atop a form) repeat only where the
  // attachment marks them so: a form's section title on every page is not how it prints.
  const firstBlock = blocks[0];
  const lead = firstBlock?.start ?? 0;
  let headed = 0;
  while (headed < lead && (g.headerLike(headed) || table.rows[headed].header)) headed++;
  for (let r = 0; r < headed; r++) {
    if (headed < lead && !table.rows[r].header) break;
    if (firstBlock && packRow[r] === r) rows[r].header = true;
  }
  d.finishTotals();
  d.markEvidence();
  return {
    type: 'table',
    widthUnit: 'mm',
    columns: table.columnsMm.map((w) => ({ width: Math.max(0.5, Math.round(w * 10) / 10) })),
    rows: rows.length ? rows : [{ cells: [] }],
    ...(table.cellPadMm !== undefined ? { cellPaddingMm: Math.round(table.cellPadMm * 100) / 100 } : {}),
  };
}

/** The sides the attachment draws no line on, as the pack cell keeps them. */
function edgesOf(cell: SourceCell): Pick<PackCell, 'noBorders'> {
  return cell.noBorders?.length ? { noBorders: [...cell.noBorders] } : {};
}

class TableDrafter {
  private readonly keys = new Map<ClassifiedCell, string>();
  private readonly totals: { cell: ClassifiedCell; key: string; byColumn: boolean }[] = [];
  private readonly evidenceRows: { from: number; to: number }[] = [];

  constructor(
    private readonly g: CellGrid,
    private readonly o: TableDraftOptions,
    private readonly spanOf: (c: ClassifiedCell) => number,
  ) {}

  private place(c: ClassifiedCell): string {
    return `${this.o.place} 第 ${c.row + 1} 行第 ${c.cell.col + 1} 列`;
  }

  private spans(c: ClassifiedCell): Pick<PackCell, 'colSpan' | 'rowSpan' | 'noBorders'> {
    const rs = this.spanOf(c);
    return {
      ...(c.cell.colSpan > 1 ? { colSpan: c.cell.colSpan } : {}),
      ...(rs > 1 ? { rowSpan: rs } : {}),
      ...edgesOf(c.cell),
    };
  }

  private layout(c: ClassifiedCell): Pick<PackCell, 'align' | 'vAlign'> {
    const p = c.cell.paragraphs.find((x) => paragraphTextOf(x).trim()) ?? c.cell.paragraphs[0];
    const align = p?.align ?? 'left';
    return { ...(align !== 'center' ? { align } : {}), vAlign: c.cell.vAlign ?? 'top' };
  }

  /** One cell of a fixed row. */
  cell(c: ClassifiedCell): PackCell {
    if (c.kind === 'label' || c.kind === 'seq') return this.textCell(c);
    return { ...this.valueCell(c), ...this.spans(c) };
  }

  private textCell(c: ClassifiedCell): PackCell {
    const template = this.template(c);
    if (template !== null) {
      const { text, blankChars } = template;
      return { text, ...(blankChars ? { blanks: true, blankChars } : {}), ...this.spans(c), ...this.layout(c) };
    }
    const bold =
      c.cell.paragraphs.some((p) => p.runs.some((r) => r.text.trim())) &&
      c.cell.paragraphs.every((p) => p.runs.every((r) => r.bold || !r.text.trim()));
    // Vertical group labels (tbRl) print one character per line, as they read on the form — when
    // the rows they span have room for that; otherwise the text wraps in its narrow column.
    const chars = [...squash(c.text)];
    const fits = chars.length * 5.6 <= this.g.heightMm(c) + 2;
    const text = c.cell.vertical && fits ? chars.join('\n') : c.text.replace(/\s+$/, '');
    return { text, label: true, ...this.spans(c), ...this.layout(c), ...(bold ? { bold: true } : {}) };
  }

  /**
   * One width for the cell's empty blanks, in characters: as wide as the original's blanks were, but
   * no wider than lets each line (its words and its blanks) fit the cell on one line.
   */
  private blankWidth(c: ClassifiedCell, segs: Segment[][]): number {
    const sizePt = c.cell.paragraphs.flatMap((p) => p.runs).find((r) => r.sizePt)?.sizePt ?? 10.5;
    const room = Math.floor(this.g.widthMm(c.cell) / (sizePt * 0.3528)) - 1;
    let width = 20;
    for (const line of segs) {
      const gaps = line.filter((s) => s.kind === 'blank' && !s.choice && !s.date);
      if (!gaps.length) continue;
      const words = line.reduce(
        (n, s) => n + (s.kind === 'text' ? [...s.text.trim()].length : s.choice ? 4 : s.date ? 9 : 0),
        0,
      );
      const widest = Math.max(...gaps.map((s) => (s.kind === 'blank' ? s.width : 0)));
      width = Math.min(width, widest, Math.floor((room - words) / gaps.length));
    }
    return Math.max(2, width);
  }

  /**
   * A label cell with blanks inside (「单位：____ 从业类别：____」) or room to write under its label.
   * blankChars: set when every blank was underlined (or boxes, or a date): the cell then prints its
   * fields as underlined blanks, so the blank form still shows where to write.
   */
  private template(c: ClassifiedCell): { text: string; blankChars?: number } | null {
    const paras = c.cell.paragraphs;
    // Under a signature line the date is signed by hand: 「签名：  年 月 日」 stays as printed.
    const signed = paras.some((p) => isSealText(paragraphTextOf(p)));
    const segs = paras.map((p) =>
      findBlanks(p.runs).map((sg) =>
        signed && sg.kind === 'blank' && sg.date ? { kind: 'text' as const, text: sg.raw } : sg,
      ),
    );
    const base = contextOf(this.g, c, this.o.outside);
    if (segs.some(hasBlanks)) {
      const blanks = segs.flat().filter((s) => s.kind === 'blank');
      const underlined = blanks.every((s) => s.underlined || s.choice || s.date);
      const width = this.blankWidth(c, segs);
      const text = segs
        .map((list) =>
          list
            .map((s) => {
              if (s.kind === 'text') return s.text;
              const ctx: LabelContext = { ...base, label: s.label || base.label };
              const spec = this.specOf(ctx, s.choice ? 'choice' : s.date ? 'date' : 'empty', undefined, s.choice);
              const key = this.o.builder.add(spec, this.place(c), ctx);
              // The blank's own room stays after the value, so the line keeps its layout when empty.
              return `{{${key}}}${s.underlined || s.choice || s.date ? '' : s.raw}`;
            })
            .join(''),
        )
        .join('\n');
      return underlined ? { text, blankChars: width } : { text };
    }
    // Room to write under a label (「所在学院的推荐意见：」 then empty lines, perhaps 签字（盖章）), or
    // room above a signature line: a narrative goes in the first empty line.
    const texts = paras.map(paragraphTextOf);
    const filled = texts.map((t, i) => (t.trim() ? i : -1)).filter((i) => i >= 0);
    const tall = this.g.heightMm(c) >= 18 && this.g.widthMm(c.cell) >= this.g.totalWidthMm() * 0.4;
    if (!tall || !filled.length) return null;
    const head = texts[filled[0]].trim();
    const othersSeal = filled.slice(1).every((i) => isSealText(texts[i]) || isDateBlank(texts[i]));
    const asks = /[：:]\s*$/.test(head) && !isSealText(head) && othersSeal;
    const roomAboveSeal = (isSealText(head) || isDateBlank(head)) && othersSeal && filled[0] > 0;
    if (!asks && !roomAboveSeal) return null;
    const label = asks ? head.replace(/[：:*＊\s]+$/, '') : base.label || '意见';
    const limits = wordLimitIn([head, ...base.captions.slice(0, 1)].join(' '));
    const spec: FieldSpec = { label: asks ? displayLabel(label) : fieldLabelOf(base), type: 'narrative' };
    if (limits.max) spec.wordLimit = limits.max;
    if (limits.min) spec.help = `通知要求不少于 ${limits.min} 字。`;
    if (/意见/.test(label)) spec.help = '由签署单位填写，可留空打印后手写。';
    const key = this.o.builder.add(spec, this.place(c), { ...base, label });
    const lines = texts.map((t) => t.replace(/\s+$/, ''));
    const slot = asks ? texts.findIndex((t, i) => i > filled[0] && !t.trim()) : 0;
    if (slot >= 0) lines[slot] = `{{${key}}}`;
    else lines[filled[0]] = `${lines[filled[0]]}{{${key}}}`;
    return { text: lines.join('\n') };
  }

  /** A 佐证材料页码 column header anywhere above, over blanks only (the column runs down past blank rows). */
  private underEvidenceHeader(c: ClassifiedCell): boolean {
    for (let r = c.row - 1; r >= 0; r--) {
      const above = this.g.at(r, c.cell.col);
      if (!above || above.cell.col !== c.cell.col || above.cell.colSpan !== c.cell.colSpan) return false;
      if (above.kind === 'label') return EVIDENCE_RE.test(above.text) && above.text.length <= 30;
    }
    return false;
  }

  /** The field a value cell asks for, bound where the catalogue is certain. */
  private valueCell(c: ClassifiedCell): PackCell {
    const ctx = contextOf(this.g, c, this.o.outside);
    if (EVIDENCE_RE.test(ctx.column ?? '') || /佐证材料/.test(ctx.label) || this.underEvidenceHeader(c)) {
      const named = EVIDENCE_RE.test(ctx.label) ? '' : ctx.label;
      const of = named ? fieldLabelOf({ ...ctx, column: undefined, captions: [] }) : (ctx.captions[0] ?? '本行');
      const key = this.o.builder.add(
        { label: `佐证材料页码（${of}）`, type: 'text', maxLength: 60, placeholder: '如 12-15' },
        this.place(c),
        undefined,
        'evidence',
      );
      this.evidenceRows.push({ from: c.row, to: this.g.lastRow(c) });
      return { evidence: key };
    }
    // An empty cell nobody names (beside a long note, or with no label at all) is not a blank.
    if (
      c.kind === 'empty' &&
      (!ctx.label || squash(ctx.label).length > 40) &&
      !ctx.column &&
      this.g.widthMm(c.cell) < this.g.totalWidthMm() * 0.5
    )
      return { text: '' };
    const spec = this.specOf(ctx, c.kind, c, c.options ? { options: c.options, multiple: !!c.multiple } : undefined);
    if (c.hint) spec.placeholder = c.hint.slice(0, 200);
    const isTotal = TOTAL_RE.test(squash(ctx.label)) || TOTAL_RE.test(squash(ctx.column ?? ''));
    const key = isTotal
      ? this.o.builder.add(spec, this.place(c), undefined, 'total')
      : this.o.builder.add(spec, this.place(c), ctx);
    this.keys.set(c, key);
    if (isTotal) this.totals.push({ cell: c, key, byColumn: TOTAL_RE.test(squash(ctx.column ?? '')) });
    if (c.kind === 'choice') return { checkboxes: { field: key } };
    // A unit the form prints after the blank stays printed when the value is empty (「    平方米」).
    if (c.kind === 'unit' && !isTotal) {
      const unitText = c.text.trim().replace(/\s+/g, '');
      return { text: `{{${key}}}${/^[A-Za-z]/.test(unitText) ? ' ' : ''}${unitText}`, ...this.layout(c) };
    }
    return { field: key };
  }

  private specOf(
    ctx: LabelContext,
    kind: ClassifiedCell['kind'],
    c: ClassifiedCell | undefined,
    choice?: { options: string[]; multiple: boolean },
  ): FieldSpec {
    const label = fieldLabelOf(ctx);
    if (choice)
      return { label, type: 'choice', options: choice.options, ...(choice.multiple ? { multiple: true } : {}) };
    if (kind === 'date') return { label, type: 'date' };
    const t =
      kind === 'unit' && c?.unit
        ? typeOfUnit(c.unit)
        : inferFieldType(`${ctx.label}${ctx.column ?? ''}`, undefined, this.o.tableUnit ?? tableUnitOf(ctx));
    const spec: FieldSpec = { label, type: t.type };
    if (t.unit && t.type !== 'percent') spec.unit = t.unit;
    if (t.decimals !== undefined) spec.decimals = t.decimals;
    if (t.options) spec.options = t.options;
    if (t.type === 'number' || t.type === 'money' || t.type === 'percent') spec.min = 0;
    if (t.type === 'percent') spec.max = 100;
    if (c && kind === 'empty' && t.type === 'text' && this.large(c, ctx)) {
      spec.type = 'narrative';
      const limits = wordLimitIn([ctx.label, ctx.column ?? '', ...ctx.captions.slice(0, 1)].join(' '));
      if (limits.max) spec.wordLimit = limits.max;
      if (limits.min) spec.help = `通知要求不少于 ${limits.min} 字。`;
    }
    return spec;
  }

  /** A big empty cell, or a fairly big one under a label that asks for prose: a narrative. */
  private large(c: ClassifiedCell, ctx: LabelContext): boolean {
    const h = this.g.heightMm(c);
    const wide = this.g.widthMm(c.cell) >= this.g.totalWidthMm() * 0.35;
    return wide && (h >= 22 || (h >= 13 && NARRATIVE_LABEL_RE.test(`${ctx.label}${ctx.column ?? ''}`)));
  }

  /** A run of blank rows as one repeating (or numbered) row over a table field. */
  repeatRow(b: RepeatBlock): PackTableRow {
    const g = this.g;
    const columns: TableColumn[] = [];
    const cells: PackCell[] = [];
    let n = 0;
    for (const d of b.cells) {
      const span = { ...(d.cell.colSpan > 1 ? { colSpan: d.cell.colSpan } : {}), ...edgesOf(d.cell) };
      if (d.cell.col === b.seqCol) {
        cells.push({ seq: true, ...span });
        continue;
      }
      const header = headerOf(g, d, b);
      const evidence = EVIDENCE_RE.test(header);
      const key = evidence && !columns.some((x) => x.key === 'evidence') ? 'evidence' : `c${++n}`;
      const t = d.unit ? typeOfUnit(d.unit) : d.kind === 'date' ? { type: 'date' as const } : inferFieldType(header);
      const col: TableColumn = {
        key,
        label: displayLabel(header),
        type: d.kind === 'choice' ? 'choice' : (t.type as TableColumn['type']),
      };
      if (d.options) col.options = d.options;
      else if (t.options) col.options = t.options;
      if ('unit' in t && t.unit && t.type !== 'percent') col.unit = t.unit;
      if ('decimals' in t && t.decimals !== undefined) col.decimals = t.decimals;
      columns.push(col);
      cells.push({ column: key, ...span });
    }
    // A header cell over the 序号 column says whether rows are numbered without printing numbers.
    const seqHeader =
      b.seqCol === undefined ? b.cells.find((d) => /^序号$/.test(squash(headerOf(g, d, b)))) : undefined;
    if (seqHeader) {
      const i = b.cells.indexOf(seqHeader);
      const key = (cells[i] as { column?: string }).column;
      cells[i] = {
        seq: true,
        ...(seqHeader.cell.colSpan > 1 ? { colSpan: seqHeader.cell.colSpan } : {}),
        ...edgesOf(seqHeader.cell),
      };
      const ci = columns.findIndex((x) => x.key === key);
      if (ci >= 0) columns.splice(ci, 1);
    }
    const rowsCount = b.end - b.start + 1;
    const leadText = b.lead.map((l) => displayLabel(l.text)).join('');
    const first = b.cells[0];
    const left = labelsLeftOf(g, first).map((c) => displayLabel(c.text));
    const inner = contextOf(g, first, this.o.outside);
    const ctx: LabelContext = {
      label: leadText || left[left.length - 1] || inner.captions[0] || columns.map((c) => c.label).join('、'),
      groups: left.slice(0, -1),
      captions: inner.captions,
    };
    const spec: FieldSpec & { columns: TableColumn[] } = {
      label: fieldLabelOf({ ...ctx, groups: [] }),
      type: 'table',
      columns: columns.length ? columns : [{ key: 'c1', label: '内容', type: 'text' }],
      minRows: b.numbered ? rowsCount : 0,
      ...(b.numbered ? { maxRows: rowsCount } : {}),
      ...(columns.some((c) => c.key === 'evidence') ? { evidenceRequired: true } : {}),
    };
    const key = this.o.builder.addTable(spec, `${this.o.place} 第 ${b.start + 1}–${b.end + 1} 行`, ctx);
    const placed = b.cells.map((c, i) => ({ col: c.cell.col, cell: cells[i] }));
    const row: PackTableRow = { repeat: key, minRows: rowsCount, cells: fillGaps(g, b.start, placed, b.lead) };
    if (b.lead.length)
      row.lead = b.lead.map((l) => {
        const { rowSpan: _span, ...cell } = this.textCell(l);
        return cell;
      });
    return row;
  }

  /** 合计 cells: the sum of the values they total, recomputed while typing and locked. */
  finishTotals(): void {
    for (const t of this.totals) {
      const v = t.cell;
      const parts = [...this.keys]
        .filter(([c, k]) => {
          if (k === t.key || this.totals.some((x) => x.key === k && !t.byColumn)) return false;
          if (t.byColumn) return c.row >= v.row && this.g.lastRow(c) <= this.g.lastRow(v) && c.cell.col < v.cell.col;
          return (
            c.cell.col === v.cell.col && c.cell.colSpan === v.cell.colSpan && c.row < v.row && this.sameBlock(c, v)
          );
        })
        .map(([, k]) => this.o.builder.field(k))
        .filter((f): f is NonNullable<typeof f> => !!f && NUMERIC.has(f.type));
      const field = this.o.builder.field(t.key);
      if (!field || parts.length < 2) continue;
      const decimals = parts[0].decimals ?? (parts[0].type === 'money' ? 2 : undefined);
      const sum = parts.map((p) => `(fields.${p.key} ?? 0)`).join(' + ');
      field.type = parts[0].type;
      if (parts[0].unit) field.unit = parts[0].unit;
      if (decimals !== undefined) field.decimals = decimals;
      field.compute = decimals !== undefined ? `round(${sum}, ${decimals})` : sum;
      field.locked = true;
      field.source = `本表${parts.length}项之和（自动计算）`;
      delete field.bind;
    }
  }

  /** Values above a 合计 row count only up to the previous header or 合计 row. */
  private sameBlock(c: ClassifiedCell, v: ClassifiedCell): boolean {
    for (let r = c.row + 1; r < v.row; r++) {
      const x = this.g.at(r, v.cell.col);
      if (!x || x.kind === 'label') return false;
      if (this.totals.some((t) => t.cell === x)) return false;
    }
    return true;
  }

  /** Values in a row with a 佐证材料页码 cell need 佐证材料. */
  markEvidence(): void {
    for (const [c, k] of this.keys) {
      if (this.evidenceRows.some((e) => c.row >= e.from && c.row <= e.to)) {
        const f = this.o.builder.field(k);
        if (f && !f.compute) f.evidenceRequired = true;
      }
    }
  }
}

/**
 * A row that does not fill the grid (w:gridBefore/gridAfter, missing cells) is completed: a sliver
 * widens its neighbour, a real gap becomes an empty cell. Every row then spans the table, as the
 * pack format and every renderer need.
 */
function fillGaps(
  g: CellGrid,
  row: number,
  placed: { col: number; cell: PackCell }[],
  others: ClassifiedCell[] = [],
): PackCell[] {
  const covered = (col: number) => {
    const c = g.at(row, col);
    return !!c && (c.row < row || placed.some((p) => p.col === c.cell.col) || others.includes(c));
  };
  const out = [...placed].sort((a, b) => a.col - b.col);
  for (let col = 0; col < g.cols;) {
    if (covered(col)) {
      col++;
      continue;
    }
    let end = col;
    while (end < g.cols && !covered(end)) end++;
    const width = g.table.columnsMm.slice(col, end).reduce((a, b) => a + b, 0);
    const before = out.filter((p) => p.col < col).pop();
    const span = end - col;
    if (width < 3 && before && g.at(row, before.col)?.row === row && g.lastRow(g.at(row, before.col)!) === row) {
      before.cell = { ...before.cell, colSpan: (before.cell.colSpan ?? 1) + span };
    } else out.push({ col, cell: { text: '', ...(span > 1 ? { colSpan: span } : {}) } });
    out.sort((a, b) => a.col - b.col);
    col = end;
  }
  return out.map((p) => p.cell);
}

/** The unit a group or caption states for a whole block (「近三年中心经费投入情况（万元）」). */
function tableUnitOf(ctx: LabelContext): string | undefined {
  for (const t of [...ctx.groups, ...ctx.captions]) {
    const m = /[（(](万元|元|千元)[）)]/.exec(t);
    if (m) return m[1];
  }
  return undefined;
}

/** A repeating column's header: the label above it, or a 佐证材料页码 label further up. */
function headerOf(g: CellGrid, d: ClassifiedCell, b: RepeatBlock): string {
  const leadCol = b.lead[0]?.cell.col;
  for (let r = b.start - 1; r >= 0; r--) {
    const c = g.at(r, d.cell.col);
    if (!c) break;
    if (c.kind === 'label' && c.text.trim()) {
      const coversLead = leadCol !== undefined && c.cell.col <= leadCol;
      if (g.headerLike(c.row) && !coversLead && c.cell.colSpan <= d.cell.colSpan + 2) return c.text;
      return EVIDENCE_RE.test(c.text) ? c.text : '';
    }
    if (c.kind !== 'empty' && c.kind !== 'unit') break;
  }
  return '';
}
