import { z } from 'zod';

import { DATASET_NAMES } from '../datasets/datasetRegistry.js';
import { datasetNameInput, fileOutput, yearInput } from './callFields.js';
import { defineCall } from './defineCall.js';

const datasetName = z.enum(DATASET_NAMES as [string, ...string[]]);
const cellValue = z.union([z.string().max(20000), z.number(), z.boolean(), z.null()]);
export const datasetRowSchema = z.record(z.string().max(64), cellValue.optional());

const fieldDefSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.string(),
  unit: z.string().optional(),
  required: z.boolean().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  decimals: z.number().optional(),
  choices: z.array(z.string()).readonly().optional(),
  synonyms: z.array(z.string()).readonly().optional(),
  description: z.string().optional(),
  sample: z.union([z.string(), z.number(), z.boolean()]).optional(),
  width: z.number().optional(),
  total: z.boolean().optional(),
  catalogue: z.enum(['code', 'name', 'level', 'categoryCode', 'category', 'classCode', 'className']).optional(),
  ref: z.object({ dataset: z.string(), labelFields: z.array(z.string()).readonly() }).optional(),
  hidden: z.boolean().optional(),
  defaultFrom: z.string().optional(),
});
const ruleSchema = z.union([
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
const datasetDefSchema = z.object({
  name: z.string(),
  label: z.string(),
  table: z.string(),
  yearly: z.boolean(),
  single: z.boolean().optional(),
  fields: z.array(fieldDefSchema).readonly(),
  keyFields: z.array(z.string()).readonly().optional(),
  description: z.string().optional(),
  carryOverFields: z.array(z.string()).readonly().optional(),
  rules: z.array(ruleSchema).readonly().optional(),
});

const year = z.number().int().min(1990).max(2100);

export const datasetCalls = {
  'dataset/definitions': defineCall('列出全部数据集及其字段', z.object({}).strict(), z.array(datasetDefSchema)),
  'dataset/list': defineCall(
    '读取一个数据集（按年度的数据集需指定年度）',
    z.object({ dataset: datasetName, year: year.optional() }).strict(),
    z.object({
      rows: z.array(datasetRowSchema),
      /** Problems that do not block saving, e.g. a 专业 whose code or name is not in the catalogue. */
      warnings: z.array(z.object({ rowId: z.number().int(), field: z.string(), message: z.string() })).optional(),
      /** Rules across fields the user accepted as exceptions, by row. */
      exceptions: z.array(z.object({ rowId: z.number().int(), rule: z.string() })).optional(),
    }),
  ),
  'dataset/save': defineCall(
    '保存对一个数据集的修改（新增、修改、删除，及接受为例外的行规则），全部成功或全部不保存',
    z
      .object({
        dataset: datasetName,
        year: year.optional(),
        upserts: z.array(datasetRowSchema).max(100000),
        deletes: z.array(z.number().int().positive()).max(100000).default([]),
        /** Rules accepted as exceptions for upserts[index] (replacing that row's earlier ones). */
        exceptions: z
          .array(z.object({ index: z.number().int().nonnegative(), rules: z.array(z.string().max(64)).max(20) }))
          .max(100000)
          .optional(),
      })
      .strict(),
    z.object({ ids: z.array(z.number().int()) }),
  ),
  'dataset/startYear': defineCall(
    '开始新年度：从上一年度复制延续的数据（专业名单、指标目录），年度数据留空，不改动上一年度',
    z.object({ fromYear: year, toYear: year }).strict(),
    z.object({ copied: z.record(z.string(), z.number().int()) }),
  ),
  'dataset/exportTemplate': defineCall(
    '导出数据集的 Excel 导入模板',
    z.object({ dataset: datasetNameInput }).strict(),
    fileOutput,
  ),
  'dataset/exportXlsx': defineCall(
    '把数据集导出为 Excel（金额以元为单位）',
    z.object({ dataset: datasetNameInput, year: yearInput.optional() }).strict(),
    fileOutput,
  ),
};
