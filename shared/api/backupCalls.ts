import { z } from 'zod';

import { outputFileSchema } from './callFields.js';
import { defineCall } from './defineCall.js';
import { storeStatus } from './storeCalls.js';

/** A backup is named by its file name in the backups folder, never by a path. */
const backupId = z
  .string()
  .max(200)
  .regex(/^[^\\/:*?"<>|]+\.sqlite$/, '应为备份文件名');

export const backupEntry = z.object({
  id: backupId,
  reason: z.string(),
  /** 「导入 Excel/CSV 数据前」 */
  label: z.string(),
  kind: z.enum(['migration', 'manual', 'change', 'daily']),
  /** How long it is kept, in words. */
  keep: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  /** Read from the backup itself; null when it cannot be read (then its check says why). */
  schemaVersion: z.number().int().nullable(),
  schoolName: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

export const checkItem = z.object({
  id: z.string(),
  label: z.string(),
  ok: z.boolean(),
  /** One plain sentence. */
  detail: z.string(),
  /** What exactly is wrong, one line each (at most a few dozen). */
  problems: z.array(z.string()),
});
export const checkReport = z.object({
  ok: z.boolean(),
  summary: z.string(),
  checkedAt: z.string(),
  items: z.array(checkItem),
});
export type CheckReport = z.infer<typeof checkReport>;

export const backupCalls = {
  'backup/list': defineCall('列出数据库备份', z.object({}).strict(), z.object({ backups: z.array(backupEntry) })),
  'backup/create': defineCall('立即备份数据库', z.object({}).strict(), backupEntry),
  'backup/check': defineCall('检查一份备份能否恢复', z.object({ id: backupId }).strict(), checkReport),
  'backup/restore': defineCall(
    '从备份恢复数据库（先备份当前数据）',
    z.object({ id: backupId }).strict(),
    z.object({ restored: backupEntry, previousState: backupEntry, status: storeStatus }),
  ),
  'backup/delete': defineCall(
    '删除一份备份',
    z.object({ id: backupId }).strict(),
    z.object({ deleted: z.literal(true) }),
  ),
  'backup/checkDatabase': defineCall('检查数据库', z.object({}).strict(), checkReport),
  'backup/exportDiagnostics': defineCall(
    '导出诊断信息（不含个人信息）',
    z
      .object({
        /** Why the database could not be opened (the CLI reports without it), as an error code. */
        openError: z
          .string()
          .regex(/^[A-Z][A-Z_]{0,39}$/)
          .optional(),
      })
      .strict(),
    z.object({ file: outputFileSchema }),
  ),
};
