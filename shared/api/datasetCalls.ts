import { z } from 'zod';

import { datasetDefSchema } from '../datasets/datasetDefinition.js';
import { DATASET_NAMES } from '../datasets/datasetRegistry.js';
import { datasetNameInput, outputFileSchema, yearInput } from './callFields.js';
import { defineCall } from './defineCall.js';

const datasetName = z.enum(DATASET_NAMES as [string, ...string[]]);
const cellValue = z.union([z.string().max(20000), z.number(), z.boolean(), z.null()]);
export const datasetRowSchema = z.record(z.string().max(64), cellValue.optional());

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
    '保存对一个数据集的修改（新增、修改、删除、撤销删除，及接受为例外的行规则），全部成功或全部不保存',
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
        /**
         * Deleted rows that upserts[index] (a new row) brings back (撤销 of 删除行): stored under the
         * old id when free, with the 佐证 links and exceptions kept when the row was deleted.
         */
        restores: z
          .array(z.object({ index: z.number().int().nonnegative(), id: z.number().int().positive() }))
          .max(100000)
          .optional(),
        /** Deleted rows the grid's undo can no longer reach: what was kept for them is dropped. */
        forget: z.array(z.number().int().positive()).max(100000).optional(),
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
    z.object({ file: outputFileSchema }),
  ),
  'dataset/exportRows': defineCall(
    '导出数据集的全部记录（金额单位为分；按年度的数据集未指定年度时导出全部年度）',
    z.object({ dataset: datasetNameInput, year: yearInput.optional() }).strict(),
    z.object({ rows: z.array(datasetRowSchema) }),
  ),
  'dataset/exportXlsx': defineCall(
    '把数据集导出为 Excel（金额以元为单位）',
    z.object({ dataset: datasetNameInput, year: yearInput.optional() }).strict(),
    z.object({ file: outputFileSchema }),
  ),
};
