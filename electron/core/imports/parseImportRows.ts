import type { DatasetDef, FieldDef } from '../../../shared/datasets/datasetDefinition.js';
import { checkRowRules } from '../../../shared/datasets/rowRules.js';
import { type FieldValue, parseFieldValue } from '../../../shared/datasets/validateFieldValue.js';
import { yuanTextOf } from '../../../shared/format/money.js';
import { cellToFieldInput } from './cellToFieldInput.js';
import { columnScales } from './columnScales.js';
import type { HeaderGuess } from './detectHeader.js';
import { fastFieldValue } from './fastFieldValue.js';
import { importFieldsOf, normaliseHeader } from './importFields.js';
import { type KeyCandidate, rowKeyOf } from './importKeys.js';
import type { ImportProblem } from './importProblem.js';
import type { MoneyUnit } from './moneyColumnUnit.js';
import { columnLetter, isEmptyCell, type RawSheet } from './sheetModel.js';

export interface ParsedRow {
  /** Row number in the file. */
  r: number;
  year?: number;
  values: Record<string, FieldValue>;
  /** Rules across fields this row breaks that the user accepted as exceptions (ids). */
  accepted?: string[];
}

export interface ParsedSheet {
  rows: ParsedRow[];
  problems: ImportProblem[];
  problemCount: number;
  /** How many of the problems are broken rules across fields (金额 ≠ 单价 × 数量 …). */
  ruleProblemCount: number;
  /** Fields with a column or one value for all rows, in data set order (year excluded): what is written. */
  mappedFields: FieldDef[];
  /** What the import did that the user should know before confirming (a column read in 万元). */
  notes: string[];
}

/** A money cell as 元 (text or number), given the unit its column is in; null when it is no amount. */
function moneyInputInYuan(input: unknown, unit: MoneyUnit | undefined): unknown {
  if (typeof input === 'string') return input.trim() === '' ? input : yuanTextOf(input, unit?.places ?? 0);
  if (typeof input === 'number' && unit && unit.places) {
    const text = /e/i.test(String(input)) ? input.toFixed(8) : String(input);
    return yuanTextOf(text, unit.places);
  }
  return input;
}

const MAX_PROBLEMS = 2000;
const TOTAL_WORDS = new Set(['合计', '总计', '小计', '共计', '合计数', '总合计', '累计']);
const NOTE_RE = /^(注|说明|备注|填表人|制表人|审核人|填报人|负责人)[:：\s]/;

const TOTAL_HINT = /[合总小共累]/;

function isTotalOrNote(cells: readonly unknown[]): boolean {
  let filled = 0;
  let only: unknown = null;
  for (const c of cells) {
    if (c === null || c === undefined || c === '') continue;
    filled++;
    only = c;
    // Cheap test first: this runs on every cell of a 50,000-row ledger.
    if (typeof c === 'string' && c.length <= 12 && TOTAL_HINT.test(c) && TOTAL_WORDS.has(normaliseHeader(c)))
      return true;
  }
  return filled === 1 && typeof only === 'string' && NOTE_RE.test(only.trim());
}

/**
 * Every data row below the header, parsed and validated cell by cell. Title, blank, 合计 and note
 * rows are skipped; every problem is kept with its sheet, row, column and field.
 */
export function parseImportRows(
  def: DatasetDef,
  sheet: RawSheet,
  header: HeaderGuess,
  mapping: Record<string, number | null>,
  fileYear: number | undefined,
  keys: readonly KeyCandidate[] = [],
  /** Field key → one value for every row, for a column the file lacks (办学层次 of a 高职-only list). */
  constants: Readonly<Record<string, string>> = {},
  /** Rows that break a rule across fields are imported with the exception accepted, not refused. */
  acceptRuleExceptions = false,
): ParsedSheet {
  const fields = importFieldsOf(def);
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  let ruleProblemCount = 0;
  const add = (p: ImportProblem) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const headerText = (col: number) => header.columns.find((c) => c.index === col)?.header ?? '';
  const mapped = fields.filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined);
  const mappedFields = mapped.filter((f) => f.key !== 'year' || def.fields.some((d) => d.key === 'year'));
  const yearField =
    def.yearly && !def.fields.some((f) => f.key === 'year') ? fields.find((f) => f.key === 'year') : undefined;
  const yearCol = yearField ? (mapping.year ?? null) : null;

  const constantValues = new Map<string, FieldValue>();
  for (const [key, text] of Object.entries(constants)) {
    const f = def.fields.find((x) => x.key === key);
    if (!f || mapping[key] != null) continue;
    const r = parseFieldValue(f, text);
    if (r.ok) constantValues.set(key, r.value);
    else
      add({
        message: `为「${f.label}」统一填写的值无效：${r.message}`,
        sheet: sheet.name,
        field: f.key,
        fieldLabel: f.label,
      });
  }
  for (const f of def.fields) {
    // A field a new row may take from another (指标代码 ← 指标名称) is not missing when that one is there.
    const fromOther = f.defaultFrom !== undefined && mapping[f.defaultFrom] != null;
    if (f.required && mapping[f.key] == null && !constantValues.has(f.key) && !fromOther) {
      const oneValue =
        f.type === 'choice' || f.type === 'boolean'
          ? '，或选「全部填为…」给每一行填同一个值（命令行：--set ' + f.label + '=值）'
          : '';
      add({
        message: `文件中没有「${f.label}」列（必填）。请在列对应中为它选择一列${oneValue}。`,
        sheet: sheet.name,
        row: header.headerRow,
        field: f.key,
        fieldLabel: f.label,
      });
    }
  }
  if (def.yearly && yearCol === null && fileYear === undefined) {
    add({
      message: `「${def.label}」按年度保存：请选择导入到哪个统计年度，或在表中加入「年度」列`,
      sheet: sheet.name,
      fieldLabel: '统计年度',
    });
  }

  // A template's sample row left in place: every sample column present and unchanged, right under the header.
  const samples = def.fields.filter((f) => f.sample !== undefined);
  const checkSample = samples.length >= 3 && samples.every((f) => mapping[f.key] != null);
  const sampleValues = checkSample
    ? samples.map((f) => {
        const r = parseFieldValue(f, f.sample);
        return r.ok ? r.value : undefined;
      })
    : [];
  // Columns whose numbers are in another unit than the field's: 万元 money, percent-formatted rates.
  const { moneyUnits, fractionFields, notes } = columnScales(sheet, header, mapping, mappedFields, headerText);
  const rows: ParsedRow[] = [];
  const seenKeys = new Map<string, number>();
  // Rows whose 年度 cell names another year than the one chosen: the cell wins, the user is told.
  const otherYears = new Map<number, number>();
  for (let i = header.rowIndex + 1; i < sheet.rows.length; i++) {
    const raw = sheet.rows[i];
    if (mapped.every((f) => isEmptyCell(raw.cells[mapping[f.key]!]))) continue;
    if (isTotalOrNote(raw.cells)) continue;
    const values: Record<string, FieldValue> = {};
    let bad = false;
    for (const f of mappedFields) {
      const col = mapping[f.key]!;
      const cell = raw.cells[col] ?? null;
      let input = cellToFieldInput(f, cell, sheet.date1904);
      if (typeof input === 'number' && fractionFields.has(f.key)) input = Number((input * 100).toFixed(10));
      if (f.type === 'money' && input !== null) {
        const unit = moneyUnits.get(f.key);
        const yuan = moneyInputInYuan(input, unit);
        if (yuan === null) {
          bad = true;
          add({
            message: `「${f.label}」应为金额（${unit?.unit ?? '元'}），收到「${typeof input === 'string' || typeof input === 'number' ? String(input).trim() : ''}」`,
            sheet: sheet.name,
            row: raw.r,
            column: columnLetter(col),
            header: headerText(col),
            field: f.key,
            fieldLabel: f.label,
          });
          continue;
        }
        input = yuan;
      }
      const fast = fastFieldValue(f, input, cell instanceof Date || (f.type === 'date' && typeof cell === 'number'));
      if (fast !== undefined) {
        values[f.key] = fast;
        continue;
      }
      const r = parseFieldValue(f, input);
      if (r.ok) values[f.key] = r.value;
      else {
        bad = true;
        add({
          message: r.message,
          sheet: sheet.name,
          row: raw.r,
          column: columnLetter(col),
          header: headerText(col),
          field: f.key,
          fieldLabel: f.label,
        });
      }
    }
    for (const [k, v] of constantValues) values[k] = v;
    let year = fileYear;
    if (yearField && yearCol !== null && !isEmptyCell(raw.cells[yearCol])) {
      const r = parseFieldValue(yearField, cellToFieldInput(yearField, raw.cells[yearCol], sheet.date1904));
      if (r.ok) {
        year = r.value as number;
        if (fileYear !== undefined && year !== fileYear) otherYears.set(year, (otherYears.get(year) ?? 0) + 1);
      } else {
        bad = true;
        add({
          message: r.message,
          sheet: sheet.name,
          row: raw.r,
          column: columnLetter(yearCol),
          header: headerText(yearCol),
          field: 'year',
          fieldLabel: yearField.label,
        });
      }
    } else if (def.yearly && yearCol !== null && fileYear === undefined) {
      bad = true;
      add({
        message: '这一行没有填写年度，也没有选择统计年度',
        sheet: sheet.name,
        row: raw.r,
        column: columnLetter(yearCol),
        header: headerText(yearCol),
        fieldLabel: '统计年度',
      });
    }
    // Only where the template puts it — the first row under the header: a real record further down
    // may well match the sample (a school that did win that award).
    if (checkSample && rows.length === 0 && samples.every((f, k) => sampleValues[k] === values[f.key])) {
      add({ message: '这一行是模板中的示例行，请删除或改为真实数据后再导入', sheet: sheet.name, row: raw.r });
      bad = true;
    }
    let accepted: string[] | undefined;
    if (!bad && def.rules?.length) {
      const broken = checkRowRules(def, values);
      if (broken.length && acceptRuleExceptions) accepted = broken.map((b) => b.rule);
      else
        for (const b of broken) {
          const col = mapping[b.field];
          ruleProblemCount++;
          bad = true;
          add({
            message: b.message,
            sheet: sheet.name,
            row: raw.r,
            column: col != null ? columnLetter(col) : undefined,
            header: col != null ? headerText(col) : undefined,
            field: b.field,
            fieldLabel: def.fields.find((x) => x.key === b.field)?.label,
            rule: b.rule,
          });
        }
    }
    if (!bad) {
      const key = rowKeyOf(keys, values, def.yearly ? year : undefined);
      if (key) {
        const first = seenKeys.get(key.text);
        if (first !== undefined) {
          const f = def.fields.find((x) => x.key === key.cand.fields[key.cand.fields.length - 1])!;
          const col = mapping[f.key]!;
          const what = key.cand.wholeRow
            ? '这一行'
            : key.cand.fields
                .map((k) => `「${def.fields.find((x) => x.key === k)?.label ?? k}」${String(values[k])}`)
                .join('、');
          add({
            message: key.cand.wholeRow
              ? `${what}与第 ${first} 行完全相同（重复录入？）`
              : `${what} 与第 ${first} 行重复`,
            sheet: sheet.name,
            row: raw.r,
            column: columnLetter(col),
            header: headerText(col),
            field: f.key,
            fieldLabel: f.label,
          });
        } else seenKeys.set(key.text, raw.r);
      }
    }
    rows.push({ r: raw.r, year: def.yearly ? year : undefined, values, ...(accepted ? { accepted } : {}) });
  }
  if (otherYears.size && yearCol !== null) {
    const list = [...otherYears]
      .sort((a, b) => a[0] - b[0])
      .map(([y, n]) => `${y} 年度 ${n} 行`)
      .join('、');
    notes.push(
      `表中「${headerText(yearCol)}」列写明了年度，这些行按该列导入：${list}（所选的 ${fileYear} 年度只用于该列为空的行）`,
    );
  }
  if (!rows.length && problemCount === 0) {
    add({
      message: `工作表在表头（第 ${header.headerRow} 行）下面没有数据行`,
      sheet: sheet.name,
      row: header.headerRow,
    });
  }
  if (def.single && rows.length > 1) {
    add({
      message: `「${def.label}」只有一条记录，但文件中有 ${rows.length} 行数据，请只保留一行`,
      sheet: sheet.name,
      row: rows[1].r,
    });
  }
  const written = def.fields.filter((f) => mappedFields.includes(f) || constantValues.has(f.key));
  return { rows, problems, problemCount, ruleProblemCount, mappedFields: written, notes };
}
