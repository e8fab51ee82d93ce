import { z } from 'zod';

import { fileToken, outputFileSchema } from './callFields.js';
import { defineCall } from './defineCall.js';

const token = z.string().regex(/^[0-9a-f]{32}$/);

const count = z.object({ label: z.string(), rows: z.number().int() });

/** What a package holds, for the export result and the restore preview. */
export const schoolPackageSummarySchema = z.object({
  school: z.object({ name: z.string(), creditCode: z.string() }),
  createdAt: z.string(),
  appVersion: z.string(),
  counts: z.array(count),
  applications: z.number().int(),
  /** Every file the package lists (database and 佐证), each checked against its SHA-256. */
  fileCount: z.number().int(),
  evidenceFiles: z.number().int(),
  evidenceBytes: z.number().int(),
  /** The personal-data notice, as the package itself states it. */
  notice: z.string(),
  warnings: z.array(z.string()),
});
export type SchoolPackageSummary = z.infer<typeof schoolPackageSummarySchema>;

export const schoolPackageCalls = {
  'schoolPackage/export': defineCall(
    '生成学校数据包（全部基础数据、申报和佐证材料，含个人信息；只用于迁移和异地保存，不得上传或发送）',
    z.object({}).strict(),
    schoolPackageSummarySchema.extend({
      /** The package, waiting to be saved where the user chooses (never read into the window). */
      file: outputFileSchema,
      sizeBytes: z.number().int(),
      sha256: z.string(),
    }),
  ),
  'schoolPackage/receive': defineCall(
    '接收用户选择的学校数据包（恢复前；按所选文件读取，不复制）',
    z.object({ file: fileToken }).strict(),
    z.object({ token, size: z.number().int() }),
  ),
  'schoolPackage/inspect': defineCall(
    '校验收到的学校数据包（每个文件的 SHA-256、数据库完整性和版本），显示其中的内容，不改动当前数据',
    z.object({ token }).strict(),
    schoolPackageSummarySchema.extend({
      fileName: z.string(),
      /** The school now open (or in the data folder) that a restore would replace. */
      current: z.object({ schoolName: z.string(), holdsData: z.boolean() }),
    }),
  ),
  'schoolPackage/restore': defineCall(
    '用学校数据包恢复学校数据（替换现有学校前必须确认，并先自动备份；全部成功或全部不改动）',
    z.object({ token, replace: z.boolean().default(false) }).strict(),
    z.object({
      schoolName: z.string(),
      backupPath: z.string().nullable(),
      evidenceAdded: z.number().int(),
      warnings: z.array(z.string()),
    }),
  ),
  'schoolPackage/discard': defineCall(
    '丢弃已收到的学校数据包临时文件',
    z.object({ token }).strict(),
    z.object({ discarded: z.boolean() }),
  ),
};
