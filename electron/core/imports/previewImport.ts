import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { DatasetDef } from '../../../shared/datasets/datasetDefinition.js';
import { checkMajorAgainstCatalogue } from '../catalogue/checkMajors.js';
import { ensureCatalogue } from '../catalogue/majorCatalogueRepo.js';
import { detectHeader, type HeaderGuess } from './detectHeader.js';
import { importFieldsOf } from './importFields.js';
import { importKeyCandidates } from './importKeys.js';
import { type ImportProgressSink, yieldForProgress } from './importProgress.js';
import { type ParsedSheet, parseImportRows } from './parseImportRows.js';
import { readWorkbookFile } from './readWorkbookFile.js';
import { columnIndex, columnLetter, fillMerges, type RawSheet, type RawWorkbook } from './sheetModel.js';

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  year?: number;
  sheet?: string;
  /** field key → column letter (or null: not imported); overrides the automatic mapping. */
  mapping?: Record<string, string | null>;
  /** field key → one value for every row, for a 办学层次 or 任职类型 column the file lacks. */
  constants?: Record<string, string>;
  /** Rows breaking a rule across fields (金额 ≠ 单价 × 数量) are imported as accepted exceptions. */
  acceptRuleExceptions?: boolean;
}

export interface PreparedImport {
  fileName: string;
  sha256: string;
  workbook: RawWorkbook;
  sheet: RawSheet;
  header: HeaderGuess;
  mapping: Record<string, number | null>;
  parsed: ParsedSheet;
  year?: number;
  /** Other sheets whose header fits too, when none was asked for: a headless import must not guess. */
  alsoMatching: string[];
  /** The one-value-for-all-rows fields in effect (those without a column). */
  constants: Record<string, string>;
}

/** Sheets of a file with how many non-empty rows each has. */
export async function inspectWorkbook(fileName: string, bytes: Uint8Array) {
  const wb = await readWorkbookFile(fileName, bytes);
  return {
    kind: wb.kind,
    encoding: wb.encoding,
    sheets: wb.sheets.map((s) => ({ name: s.name, rowCount: s.rows.length })),
  };
}

/** The sheet to import: the one asked for, or else the first whose header fits (and which others would too). */
function chooseSheet(
  def: DatasetDef,
  wb: RawWorkbook,
  wanted: string | undefined,
  fileName: string,
): { sheet: RawSheet; header: HeaderGuess; alsoMatching?: string[] } {
  const fields = importFieldsOf(def);
  const names = wb.sheets.map((s) => `「${s.name}」`).join('、');
  const expected = def.fields
    .filter((f) => f.required)
    .concat(def.fields.filter((f) => !f.required))
    .slice(0, 6)
    .map((f) => f.label)
    .join('、');
  if (wanted !== undefined) {
    const sheet = wb.sheets.find((s) => s.name === wanted) ?? wb.sheets.find((s) => s.name.trim() === wanted.trim());
    if (!sheet)
      throw new AppError('IMPORT_NO_SUCH_SHEET', `文件「${fileName}」中没有名为「${wanted}」的工作表（有：${names}）`, {
        file: fileName,
        sheet: wanted,
      });
    fillMerges(sheet);
    const header = detectHeader(sheet, fields);
    if (!header) {
      throw new AppError(
        'IMPORT_NO_HEADER',
        `工作表「${sheet.name}」的前 30 行中找不到「${def.label}」的表头。表头应有 ${expected} 等列名。`,
        { file: fileName, sheet: sheet.name },
      );
    }
    return { sheet, header };
  }
  let first: { sheet: RawSheet; header: HeaderGuess; alsoMatching: string[] } | null = null;
  for (const sheet of wb.sheets) {
    fillMerges(sheet);
    const header = detectHeader(sheet, fields);
    if (!header) continue;
    if (!first) first = { sheet, header, alsoMatching: [] };
    else first.alsoMatching.push(sheet.name);
  }
  if (first) return first;
  throw new AppError(
    'IMPORT_NO_HEADER',
    `文件「${fileName}」的工作表（${names}）中都找不到「${def.label}」的表头。表头应有 ${expected} 等列名；请确认选择了正确的数据集和文件。`,
    { file: fileName },
  );
}

/**
 * 专业 whose code or name the loaded catalogue does not know: not an error (a new 专业 may be
 * newer than the catalogue), but the notices require catalogue names, so the user hears of it now.
 */
function catalogueNote(db: Database.Database, now: Date, parsed: ParsedSheet): string | null {
  ensureCatalogue(db, now);
  const found: string[] = [];
  for (const r of parsed.rows) {
    const { code, name, level } = r.values;
    if (typeof code !== 'string' || typeof name !== 'string' || typeof level !== 'string') continue;
    const m = checkMajorAgainstCatalogue(db, { code, name, level });
    if (m) found.push(`第 ${r.r} 行 ${m.detail}`);
  }
  if (!found.length) return null;
  const shown = found.slice(0, 5).join('；') + (found.length > 5 ? `；……共 ${found.length} 行` : '');
  return `有 ${found.length} 行专业的代码或名称与《职业教育专业目录》不一致（仍可导入，导入后在表格中以黄色标出，申报材料须使用目录中的名称）：${shown}`;
}

// A running number column means nothing to any data set: not worth a note.
const ROW_NUMBER_HEADER = /^(序号|序|编码序号|no\.?)$/i;

/** Columns with a header that no field takes: the user should know their contents are left out. */
function unusedColumns(header: HeaderGuess, mapping: Record<string, number | null>) {
  const used = new Set(Object.values(mapping).filter((v): v is number => v !== null && v !== undefined));
  return header.columns.filter(
    (c) => !used.has(c.index) && c.header.trim() !== '' && !ROW_NUMBER_HEADER.test(c.header.replace(/\s/g, '')),
  );
}

/**
 * Reads, maps and validates the whole file; writes nothing. The school's database (when open) tells
 * how rows are keyed and which 专业 the catalogue knows; `now` is the context clock's.
 */
export async function prepareImport(
  def: DatasetDef,
  req: ImportRequest,
  school?: { db: Database.Database; now: Date },
  onProgress?: ImportProgressSink,
): Promise<PreparedImport> {
  const db = school?.db;
  const sha256 = createHash('sha256').update(req.bytes).digest('hex');
  const workbook = await readWorkbookFile(req.fileName, req.bytes, (p) =>
    onProgress?.({ stage: 'read', label: `正在读取工作表「${p.sheet}」`, done: p.rowsRead, total: p.lastRow }),
  );
  const { sheet, header, alsoMatching = [] } = chooseSheet(def, workbook, req.sheet, req.fileName);
  if (onProgress) {
    onProgress({ stage: 'check', label: `正在逐行检查「${sheet.name}」`, done: 0, total: sheet.rows.length });
    await yieldForProgress();
  }
  const mapping = { ...header.mapping };
  const fields = importFieldsOf(def);
  for (const [key, letter] of Object.entries(req.mapping ?? {})) {
    const f = fields.find((x) => x.key === key);
    if (!f) throw new AppError('IMPORT_BAD_MAPPING', `「${def.label}」没有字段「${key}」`, { field: key });
    if (letter === null || letter === '') {
      mapping[key] = null;
      continue;
    }
    const idx = columnIndex(letter.toUpperCase());
    if (idx === null)
      throw new AppError('IMPORT_BAD_MAPPING', `「${f.label}」对应的列「${letter}」不是有效的列号`, { field: f.label });
    mapping[key] = idx;
  }
  const constants: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.constants ?? {})) {
    const f = def.fields.find((x) => x.key === key);
    if (!f) throw new AppError('IMPORT_BAD_MAPPING', `「${def.label}」没有字段「${key}」`, { field: key });
    if (f.type !== 'choice' && f.type !== 'boolean')
      throw new AppError('IMPORT_BAD_MAPPING', `「${f.label}」不能统一填写一个值，请在文件中为它加一列`, {
        field: f.label,
      });
    if (mapping[key] === null || mapping[key] === undefined) constants[key] = value;
  }
  const imported = def.fields
    .filter((f) => (mapping[f.key] !== null && mapping[f.key] !== undefined) || f.key in constants)
    .map((f) => f.key);
  const parsed = parseImportRows(
    def,
    sheet,
    header,
    mapping,
    req.year,
    importKeyCandidates(def, db, imported),
    constants,
    req.acceptRuleExceptions,
  );
  if (alsoMatching.length) {
    parsed.notes.push(
      `文件中的工作表${alsoMatching.map((n) => `「${n}」`).join('、')}也像「${def.label}」表；本次只读取「${sheet.name}」。要导入其他工作表，请选择它（每次导入一个工作表）`,
    );
  }
  if (def.name === 'majors' && school) {
    const note = catalogueNote(school.db, school.now, parsed);
    if (note) parsed.notes.push(note);
  }
  const unused = unusedColumns(header, mapping);
  if (unused.length)
    parsed.notes.push(
      `以下列没有对应的字段，不会导入：${unused.map((c) => `${c.letter} 列「${c.header}」`).join('、')}。如有需要，请在列对应中为字段选择这一列`,
    );
  return {
    fileName: req.fileName,
    sha256,
    workbook,
    sheet,
    header,
    mapping,
    parsed,
    year: req.year,
    alsoMatching,
    constants,
  };
}

/** What the preview screen shows: the mapping by column letter, the first rows, every problem. */
export function previewOf(def: DatasetDef, p: PreparedImport, limit = 50) {
  const mapping: Record<string, string | null> = {};
  for (const f of importFieldsOf(def)) {
    const idx = p.mapping[f.key];
    mapping[f.key] = idx === null || idx === undefined ? null : columnLetter(idx);
  }
  return {
    sheet: p.sheet.name,
    sheets: p.workbook.sheets.map((s) => ({ name: s.name, rowCount: s.rows.length })),
    encoding: p.workbook.encoding,
    headerRow: p.header.headerRow,
    columns: p.header.columns.map((c) => ({ letter: c.letter, header: c.header })),
    fields: importFieldsOf(def).map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      required: !!f.required,
      unit: f.unit,
      // The values a field may take for every row at once, when the file has no column for it.
      choices: f.type === 'choice' ? [...(f.choices ?? [])] : f.type === 'boolean' ? ['是', '否'] : undefined,
    })),
    mapping,
    rows: p.parsed.rows.slice(0, limit).map((r) => ({ row: r.r, year: r.year, values: r.values })),
    rowCount: p.parsed.rows.length,
    problems: p.parsed.problems,
    problemCount: p.parsed.problemCount,
    ruleProblemCount: p.parsed.ruleProblemCount,
    acceptedRuleRows: p.parsed.rows.filter((r) => r.accepted).length,
    notes: p.parsed.notes,
    constants: p.constants,
  };
}
