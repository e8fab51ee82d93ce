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
  /** Sum this column in the grid's 合计 row and in exports: only where a sum means something. */
  total?: boolean;
  /**
   * The part of a 职业教育专业目录 entry this field holds. Fields of one row with a role are
   * companions: typing a code fills the name, 大类 and 类 (and a name fills the code); the editor
   * offers catalogue matches while typing.
   */
  catalogue?: CatalogueRole;
  /**
   * Stored as the id of a row of another data set (equipment → its 实训场所); users see and type
   * that row's label fields (e.g. the room's name), never the id.
   */
  ref?: { dataset: DatasetName; labelFields: readonly string[] };
  /** An internal key users never see (指标代码, read by notice packs): not a column of the grid. */
  hidden?: boolean;
  /** A new row that leaves this field empty gets the value of that field (指标代码 ← 指标名称). */
  defaultFrom?: string;
}

export type CatalogueRole = 'code' | 'name' | 'level' | 'categoryCode' | 'category' | 'classCode' | 'className';

/**
 * A rule across the fields of one row, checked where both sides are given (in the grid as the user
 * types, in the core on save and import). A user may accept a deliberate exception for a row.
 * - product: result = factors[0] × factors[1] within `tolerance` (money in 分: 金额 = 单价 × 数量).
 * - notBefore: the later date is not before the earlier one (报废日期 ≥ 购置日期).
 * - notGreater: the smaller number does not exceed the larger (已开出项目 ≤ 开设项目).
 * The error shows on the first field named (result, later, smaller).
 */
export type RowRule =
  | { id: string; kind: 'product'; result: string; factors: readonly [string, string]; tolerance: number }
  | { id: string; kind: 'notBefore'; later: string; earlier: string }
  | { id: string; kind: 'notGreater'; smaller: string; larger: string };

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
  /** Rules across fields of a row (金额 = 单价 × 数量 …), see RowRule. */
  rules?: readonly RowRule[];
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
