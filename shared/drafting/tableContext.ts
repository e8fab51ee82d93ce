// The words around a blank in a table: its row label, the group labels spanning it on the left,
// the column header above (only through rows that list values under the same header) and the
// caption rows of its part of the table.
import { type CellGrid, type ClassifiedCell, displayLabel } from './classifyCell.js';
import type { LabelContext } from './matchCatalogue.js';
import { squash } from './textPatterns.js';

/** Label cells left of a value that cover all the value's rows, left to right. */
export function labelsLeftOf(g: CellGrid, v: ClassifiedCell): ClassifiedCell[] {
  const seen = new Set<ClassifiedCell>();
  const out: ClassifiedCell[] = [];
  for (let col = v.cell.col - 1; col >= 0; col--) {
    const c = g.at(v.row, col);
    if (!c || seen.has(c)) continue;
    seen.add(c);
    if (c.kind !== 'label' || !c.text.trim()) continue;
    if (c.row <= v.row && g.lastRow(c) >= g.lastRow(v)) out.unshift(c);
  }
  // A long description next to the blank (a rubric's 操作办法) is not its name: the short label
  // further left (1.场地) is, and the description stays out of the field's name.
  const sentence = (c: ClassifiedCell) => /[，。；;]/.test(c.text) || squash(c.text).length > 20;
  const last = out[out.length - 1];
  if (last && sentence(last)) {
    const short = [...out].reverse().find((c) => !sentence(c) && c.cell.rowSpan <= last.cell.rowSpan);
    if (short) return out.filter((c) => c === short || (c.cell.rowSpan > short.cell.rowSpan && !sentence(c)));
  }
  return out;
}

/** Row r lies in another group block than the value (既往病史 above 体征): its header is not the value's. */
function otherGroup(g: CellGrid, v: ClassifiedCell, r: number): boolean {
  const mine = g.at(v.row, 0);
  const theirs = g.at(r, 0);
  if (!theirs || theirs === mine || theirs.kind !== 'label' || theirs.cell.rowSpan < 2) return false;
  // A header cell spanning the header rows is not a group.
  for (let k = theirs.row; k <= g.lastRow(theirs); k++) if (!g.headerLike(k)) return true;
  return false;
}

/** A label cell right of a value in a row read right to left (rare: 「M2」 units are handled as units). */
function labelAbove(g: CellGrid, v: ClassifiedCell, rowLabelCol: number | undefined): string | undefined {
  const col = v.cell.col;
  for (let r = v.row - 1; r >= 0; r--) {
    const c = g.at(r, col);
    if (!c) return undefined;
    if (c.kind === 'label') {
      if (!c.text.trim()) continue;
      if (!g.headerLike(c.row)) return undefined;
      if (otherGroup(g, v, r)) return undefined;
      // A header over the row labels too is a caption, not this column's header.
      if (rowLabelCol !== undefined && c.cell.col <= rowLabelCol && c.cell.col + c.cell.colSpan > rowLabelCol)
        return undefined;
      return c.text;
    }
    // Values above: keep going only while the rows between list values under the same header
    // (labels only on their left, inside the same group label, not a block of blank rows).
    const labels = g.startingIn(r).filter((x) => x.kind === 'label' && x.text.trim());
    const rowHasLeftLabel = labels.length > 0 || (g.at(r, 0)?.kind === 'label' && !!g.at(r, 0)?.text.trim());
    if (labels.some((x) => x.cell.col >= col) || !rowHasLeftLabel) return undefined;
    if (otherGroup(g, v, r)) return undefined;
  }
  return undefined;
}

/** The nearest caption over a value: a header row's label that spans its column and its row label's. */
export function captionsAbove(g: CellGrid, v: ClassifiedCell, rowLabelCol: number | undefined): string[] {
  const covers = (c: ClassifiedCell, col: number) => c.cell.col <= col && c.cell.col + c.cell.colSpan > col;
  for (let r = v.row - 1; r >= 0; r--) {
    if (!g.headerLike(r)) continue;
    const wide = g
      .startingIn(r)
      .find(
        (c) =>
          c.kind === 'label' &&
          c.text.trim() &&
          g.lastRow(c) < v.row &&
          covers(c, v.cell.col) &&
          c.cell.colSpan > v.cell.colSpan &&
          (rowLabelCol === undefined || covers(c, rowLabelCol)),
      );
    if (wide) return [wide.text];
  }
  return [];
}

/** The context of a value cell, for naming it and for the catalogue. */
export function contextOf(g: CellGrid, v: ClassifiedCell, outside: string[]): LabelContext {
  const left = labelsLeftOf(g, v);
  const rowLabel = left[left.length - 1];
  // Groups span more rows than the row label (申报学校基本信息 over 学校名称); a label of the same
  // rows further left belongs to another blank of the row (创业项目名称 ____ 注册资金 ____).
  const groups = left
    .slice(0, -1)
    .filter(
      (c) => c.row <= rowLabel.row && g.lastRow(c) >= g.lastRow(rowLabel) && c.cell.rowSpan > rowLabel.cell.rowSpan,
    )
    .map((c) => displayLabel(c.text));
  const column = labelAbove(g, v, rowLabel?.cell.col);
  const captions = [...captionsAbove(g, v, rowLabel?.cell.col).map(displayLabel), ...outside];
  const ctx: LabelContext = {
    label: rowLabel ? displayLabel(rowLabel.text) : '',
    groups,
    captions,
  };
  if (column) ctx.column = displayLabel(column);
  if (!ctx.label && ctx.column) {
    ctx.label = ctx.column;
    delete ctx.column;
  }
  if (v.unit) ctx.unit = v.unit;
  if (personalTable(g)) ctx.personal = true;
  return ctx;
}

const PERSON_WORDS =
  /^(?:姓名|性别|学号|身份证号码?|公民身份号码|申请人|负责人|项目负责人|团队负责人|出生年月|民族|年龄|籍贯|政治面貌|专业班级)$/;

/** A table about a person (姓名, 性别, 学号 …): its 联系电话 is that person's, not the school's. */
export function personalTable(g: CellGrid): boolean {
  return g.cells.some((c) => c.kind === 'label' && PERSON_WORDS.test(displayLabel(c.text)));
}

/** The words that name a field found at a place, most specific last: 「合作企业（1） 法定代表人 姓名」. */
export function fieldLabelOf(ctx: LabelContext): string {
  const strip = (s: string) =>
    s
      .replace(/[*＊]/g, '')
      .replace(/[：:]$/, '')
      .replace(/(?:的)?(?:基本信息|基本情况|信息)$/, '')
      .replace(/^实训中心(?=合作企业)/, '')
      .trim();
  const parts = [...ctx.groups.map(strip), strip(ctx.label)];
  if (ctx.column && !/^(?:金额|数量|内容|数值|填写|情况|人数|数据)$/.test(strip(ctx.column)) && ctx.label)
    parts.push(strip(ctx.column));
  // A year or 学校 alone says little: lead with the caption.
  if (!ctx.label || /^(?:(?:19|20)\d{2}年度?|学校|合计)$/.test(strip(ctx.label)))
    if (ctx.captions[0]) parts.unshift(strip(ctx.captions[0]));
  const label = parts.filter(Boolean).join('').replace(/\s+/g, '');
  return label.slice(0, 200) || '未命名';
}
