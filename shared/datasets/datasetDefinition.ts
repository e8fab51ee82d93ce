// A data set (学校, 专业, 教师, 仪器设备 …) is described once here; the grid, the Excel importer and
// exporter, the API validation and the generic repository all read the same description.

export type FieldType =
  | 'text'
  | 'longText'
  | 'integer'
  | 'decimal'
  | 'money' // stored as integer 分, shown and typed in 元 (or 万元 where unit says so)
  | 'percent' // 0–100
  | 'date' // YYYY-MM-DD
  | 'year'
  | 'choice'
  | 'multiChoice' // stored as text joined by '、'
  | 'boolean'
  | 'creditCode'
  | 'idCard'
  | 'phone'
  | 'email';

export interface FieldDef {
  /** camelCase key; the column is its snake_case form. */
  key: string;
  /** Chinese column header, as the forms name it. */
  label: string;
  type: FieldType;
  unit?: string;
  required?: boolean;
  min?: number;
  max?: number;
  decimals?: number;
  choices?: readonly string[];
  /** Other headers real Excel ledgers use for this column (资产编号/设备编号/编号). */
  synonyms?: readonly string[];
  /** Shown as help under the header and in the Excel template. */
  description?: string;
  /** Example value for the Excel template's sample row. */
  sample?: string | number | boolean;
  /** Grid column width in px. */
  width?: number;
  /** Sum this column in the grid's totals row and in exports. */
  total?: boolean;
}

export type DatasetName =
  | 'school'
  | 'majors'
  | 'majorGroups'
  | 'teachers'
  | 'rooms'
  | 'equipment'
  | 'enterprises'
  | 'awards'
  | 'certificates'
  | 'training'
  | 'funding'
  | 'indicators';

export interface DatasetDef {
  name: DatasetName;
  /** Chinese name in the navigator, e.g. 合作企业. */
  label: string;
  table: string;
  /** Yearly data sets keep one set of rows per statistical year (column `year`). */
  yearly: boolean;
  /** Single-record data set (the school itself). */
  single?: boolean;
  fields: readonly FieldDef[];
  /** Fields that identify a row for import matching (e.g. assetNo). */
  keyFields?: readonly string[];
  description?: string;
  /**
   * Yearly data sets only: the fields 「开始新年度」 copies from last year's rows into the new
   * year (every other field starts empty). Absent: nothing is copied (awards, funding …).
   */
  carryOverFields?: readonly string[];
}

/** Field types kept as text in the store: an empty value is stored as '' (columns are NOT NULL DEFAULT ''). */
export const TEXT_FIELD_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'text',
  'longText',
  'date',
  'choice',
  'multiChoice',
  'creditCode',
  'idCard',
  'phone',
  'email',
]);

/** A row as it travels through the API: typed values by field key, plus id (and year when yearly). */
export type DatasetRow = { id?: number; year?: number } & Record<string, string | number | boolean | null | undefined>;

export function columnOf(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
