// A data set (学校, 专业, 教师, 仪器设备 …) is described once here; the grid, the Excel importer and
// exporter, the API validation and the generic repository all read the same description.

import { z } from 'zod';

export const FIELD_TYPES = [
  'text',
  'longText',
  'integer',
  'decimal',
  'money', // stored as integer 分, shown and typed in 元 (or 万元 where unit says so)
  'percent', // 0–100
  'date', // YYYY-MM-DD
  'year',
  'choice',
  'multiChoice', // stored as text joined by '、'
  'boolean',
  'creditCode',
  'idCard',
  'phone',
  'email',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const DATASET_NAME_LIST = [
  'school',
  'majors',
  'majorGroups',
  'teachers',
  'rooms',
  'equipment',
  'enterprises',
  'awards',
  'certificates',
  'training',
  'funding',
  'indicators',
] as const;
export type DatasetName = (typeof DATASET_NAME_LIST)[number];

export const CATALOGUE_ROLES = ['code', 'name', 'level', 'categoryCode', 'category', 'classCode', 'className'] as const;
export type CatalogueRole = (typeof CATALOGUE_ROLES)[number];

const names = z.array(z.string()).readonly();

// The schemas below are the one description of a data set's shape: the TypeScript types are inferred
// from them, and the API's 'dataset/definitions' answer is checked against them.
export const fieldDefSchema = z.object({
  /** camelCase key; the column is its snake_case form. */
  key: z.string(),
  /** Chinese column header, as the forms name it. */
  label: z.string(),
  type: z.enum(FIELD_TYPES),
  unit: z.string().optional(),
  required: z.boolean().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  decimals: z.number().optional(),
  choices: names.optional(),
  /** Other headers real Excel ledgers use for this column (资产编号/设备编号/编号). */
  synonyms: names.optional(),
  /** Shown as help under the header and in the Excel template. */
  description: z.string().optional(),
  /** Example value for the Excel template's sample row. */
  sample: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** Grid column width in px. */
  width: z.number().optional(),
  /** Sum this column in the grid's 合计 row and in exports: only where a sum means something. */
  total: z.boolean().optional(),
  /**
   * The part of a 职业教育专业目录 entry this field holds. Fields of one row with a role are
   * companions: typing a code fills the name, 大类 and 类 (and a name fills the code); the editor
   * offers catalogue matches while typing.
   */
  catalogue: z.enum(CATALOGUE_ROLES).optional(),
  /**
   * Stored as the id of a row of another data set (equipment → its 实训场所); users see and type
   * that row's label fields (e.g. the room's name), never the id.
   */
  ref: z.object({ dataset: z.enum(DATASET_NAME_LIST), labelFields: names }).optional(),
  /** An internal key users never see (指标代码, read by notice packs): not a column of the grid. */
  hidden: z.boolean().optional(),
  /** A new row that leaves this field empty gets the value of that field (指标代码 ← 指标名称). */
  defaultFrom: z.string().optional(),
});
export type FieldDef = z.infer<typeof fieldDefSchema>;

/**
 * A rule across the fields of one row, checked where both sides are given (in the grid as the user
 * types, in the core on save and import). A user may accept a deliberate exception for a row.
 * - product: result = factors[0] × factors[1] within `tolerance` (money in 分: 金额 = 单价 × 数量).
 * - notBefore: the later date is not before the earlier one (报废日期 ≥ 购置日期).
 * - notGreater: the smaller number does not exceed the larger (已开出项目 ≤ 开设项目).
 * The error shows on the first field named (result, later, smaller).
 */
export const rowRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('product'),
    result: z.string(),
    factors: z.tuple([z.string(), z.string()]).readonly(),
    tolerance: z.number(),
  }),
  z.object({ id: z.string(), kind: z.literal('notBefore'), later: z.string(), earlier: z.string() }),
  z.object({ id: z.string(), kind: z.literal('notGreater'), smaller: z.string(), larger: z.string() }),
]);
export type RowRule = z.infer<typeof rowRuleSchema>;

export const datasetDefSchema = z.object({
  name: z.enum(DATASET_NAME_LIST),
  /** Chinese name in the navigator, e.g. 合作企业. */
  label: z.string(),
  table: z.string(),
  /** Yearly data sets keep one set of rows per statistical year (column `year`). */
  yearly: z.boolean(),
  /** Single-record data set (the school itself). */
  single: z.boolean().optional(),
  fields: z.array(fieldDefSchema).readonly(),
  /** Fields that identify a row for import matching (e.g. assetNo). */
  keyFields: names.optional(),
  description: z.string().optional(),
  /**
   * Yearly data sets only: the fields 「开始新年度」 copies from last year's rows into the new
   * year (every other field starts empty). Absent: nothing is copied (awards, funding …).
   */
  carryOverFields: names.optional(),
  /** Rules across fields of a row (金额 = 单价 × 数量 …), see RowRule. */
  rules: z.array(rowRuleSchema).readonly().optional(),
});
export type DatasetDef = z.infer<typeof datasetDefSchema>;

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
