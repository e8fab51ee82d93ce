import { z } from 'zod';

import { DATASET_NAMES } from '../datasets/datasetRegistry.js';
import { fileToken, outputFileSchema } from './callFields.js';
import { defineCall } from './defineCall.js';

const datasetName = z.enum(DATASET_NAMES as [string, ...string[]]);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
export const evidenceItemSchema = z.object({
  linkId: z.number().int(),
  dataset: z.string(),
  rowId: z.number().int(),
  hash: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  pages: z.number().int().nullable(),
  note: z.string(),
  createdAt: z.string(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** Largest 佐证材料 file accepted (bytes). */
export const EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;

export const evidenceCalls = {
  'evidence/add': defineCall(
    '为一条记录添加佐证材料（PDF、JPG、PNG，不超过 50 MB）',
    z
      .object({
        dataset: datasetName,
        rowId: z.number().int().positive(),
        file: fileToken,
        note: z.string().max(500).default(''),
      })
      .strict(),
    evidenceItemSchema,
  ),
  'evidence/list': defineCall(
    '列出佐证材料（可按数据集和记录筛选）',
    z.object({ dataset: datasetName.optional(), rowId: z.number().int().positive().optional() }).strict(),
    z.object({ items: z.array(evidenceItemSchema) }),
  ),
  'evidence/get': defineCall(
    '读取一个佐证材料文件（用于预览：窗口按标识显示它，文件内容不经过页面脚本）',
    z.object({ hash }).strict(),
    z.object({
      name: z.string(),
      mime: z.string(),
      size: z.number().int(),
      pages: z.number().int().nullable(),
      file: outputFileSchema,
    }),
  ),
  'evidence/remove': defineCall(
    '从记录上移除一个佐证材料',
    z.object({ linkId: z.number().int().positive() }).strict(),
    z.object({ removed: z.boolean() }),
  ),
};
