import { z } from 'zod';

import { defineCall } from './defineCall.js';

/** A bundle is up to ~200 MB; base64 adds a third. */
const bundleBase64 = z
  .string()
  .min(4)
  .max(300 * 1024 * 1024);

const datasetDiff = z.object({
  dataset: z.string(),
  label: z.string(),
  year: z.number().int().nullable(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  examples: z.array(z.object({ record: z.string(), fields: z.array(z.string()), kind: z.enum(['added', 'changed']) })),
});

export const bundleInspectionSchema = z.object({
  bundleName: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  pack: z.object({ id: z.string(), version: z.string(), docNo: z.string().optional(), title: z.string().optional() }),
  school: z.object({ name: z.string(), creditCode: z.string() }),
  fileCount: z.number().int(),
  datasets: z.array(datasetDiff),
  application: z.object({
    action: z.enum(['add', 'update']),
    existingId: z.number().int().optional(),
    title: z.string(),
    packId: z.string(),
    valueCount: z.number().int(),
  }),
  warnings: z.array(z.string()),
});
export type BundleInspectionView = z.infer<typeof bundleInspectionSchema>;

export const exportProgressSchema = z.object({
  stage: z.string(),
  label: z.string(),
  fraction: z.number().min(0).max(1),
  detail: z.string().optional(),
});

const evidencePick = z.object({
  /** The 佐证材料页码 key of the form (e.g. evMajorName) whose cell shows this item's pages. */
  evidenceKey: z.string().min(1).max(64),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Title in the 目录索引; empty = the key's subject and the file name. */
  title: z.string().max(200).default(''),
});

export const bundleCalls = {
  'application/evidencePicks': defineCall(
    '读取申报选用的佐证材料（按合并顺序）',
    z.object({ applicationId: z.number().int().positive() }).strict(),
    z.object({ picks: z.array(evidencePick.extend({ name: z.string(), mime: z.string() })) }),
  ),
  'application/setEvidencePicks': defineCall(
    '设置申报选用的佐证材料及顺序（合并进佐证材料 PDF，页码填入各表）',
    z.object({ applicationId: z.number().int().positive(), picks: z.array(evidencePick).max(500) }).strict(),
    z.object({ count: z.number().int() }),
  ),
  'application/export': defineCall(
    '导出申报材料包（zip：各表 Word/Excel，可选 PDF，佐证材料合并 PDF，清单与数据），并标记为已导出',
    z.object({ applicationId: z.number().int().positive(), pdf: z.boolean().default(false) }).strict(),
    z.object({ fileName: z.string(), dataBase64: z.string(), warnings: z.array(z.string()), sha256: z.string() }),
  ),
  'application/exportProgress': defineCall(
    '查看正在进行的导出进度（用于进度条）',
    z.object({ applicationId: z.number().int().positive() }).strict(),
    z.object({ progress: exportProgressSchema.nullable() }),
  ),
  'bundle/inspect': defineCall(
    '检查导入包（校验清单和每个文件的 SHA-256），显示将新增或修改的数据，不写入任何内容',
    z.object({ fileName: z.string().trim().min(1).max(260), dataBase64: bundleBase64 }).strict(),
    bundleInspectionSchema,
  ),
  'bundle/import': defineCall(
    '导入申报材料包中的数据（先自动备份，全部成功或全部不导入）',
    z.object({ fileName: z.string().trim().min(1).max(260), dataBase64: bundleBase64 }).strict(),
    z.object({
      applicationId: z.number().int(),
      rowsWritten: z.number().int(),
      backupPath: z.string(),
      inspection: bundleInspectionSchema,
    }),
  ),
};
