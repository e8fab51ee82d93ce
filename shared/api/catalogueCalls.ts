import { z } from 'zod';

import { fileToken } from './callFields.js';
import { defineCall } from './defineCall.js';

const level = z.enum(['中职', '高职专科', '高职本科']);
export const catalogueEntrySchema = z.object({
  level,
  code: z.string(),
  name: z.string(),
  categoryCode: z.string(),
  category: z.string(),
  classCode: z.string(),
  className: z.string(),
});
const mismatchSchema = z.object({
  rowId: z.number().int(),
  year: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
  problem: z.enum(['code', 'name']),
  catalogueName: z.string().optional(),
  catalogueCodes: z.array(z.string()).optional(),
  message: z.string(),
});
const infoSchema = z.object({
  source: z.string(),
  loadedAt: z.string(),
  counts: z.record(z.string(), z.number().int()),
});

/** Largest 专业目录 workbook accepted (bytes); the full national list is under 1 MB. */
export const CATALOGUE_MAX_BYTES = 50 * 1024 * 1024;

export const catalogueCalls = {
  'catalogue/info': defineCall('查看已加载的职业教育专业目录（来源、各层次专业数）', z.object({}).strict(), infoSchema),
  'catalogue/list': defineCall(
    '列出整个职业教育专业目录（填写专业代码、名称时据此补全和提示）',
    z.object({}).strict(),
    z.object({ entries: z.array(catalogueEntrySchema) }),
  ),
  'catalogue/lookup': defineCall(
    '按专业代码或名称查找职业教育专业目录',
    z
      .object({
        code: z.string().trim().max(10).optional(),
        name: z.string().trim().max(50).optional(),
        level: level.optional(),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict()
      .refine((v) => !!v.code || !!v.name, { error: '请给出专业代码或专业名称' }),
    z.object({ entries: z.array(catalogueEntrySchema) }),
  ),
  'catalogue/import': defineCall(
    '从 Excel 文件加载专业目录（列：层次、专业代码、专业名称、专业大类、专业类）：增补（新增或更正，保留其余）或整体替换，全部成功或全部不导入',
    z
      .object({
        file: fileToken,
        /** merge: a 增补 list adds to (or corrects) the catalogue; replace: the file is the whole new catalogue. */
        mode: z.enum(['merge', 'replace']).default('merge'),
      })
      .strict(),
    infoSchema.extend({ added: z.number().int(), updated: z.number().int() }),
  ),
  'catalogue/restoreShipped': defineCall(
    '恢复随程序提供的《职业教育专业目录（2021年）》（先自动备份）',
    z.object({}).strict(),
    infoSchema,
  ),
  'catalogue/checkMajors': defineCall(
    '核对「专业」数据中代码或名称不在专业目录中的专业',
    z.object({ year: z.number().int().min(1990).max(2100).optional() }).strict(),
    z.object({ mismatches: z.array(mismatchSchema) }),
  ),
};
