import { z } from 'zod';

import type { EligibilityReport } from '../packs/checkEligibility.js';
import type { ExportChecklist } from '../packs/exportChecklist.js';
import { defineCall } from './defineCall.js';
import { renderedFileSchema } from './renderCalls.js';

const packId = z.string().min(1).max(64);
const applicationId = z.number().int().positive();
const paramsInput = z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.null()])).default({});

export const trashedApplicationSchema = z.object({
  id: z.number().int(),
  applicationId: z.number().int(),
  packId: z.string(),
  title: z.string(),
  deletedAt: z.string(),
  backupPath: z.string(),
  restoredAt: z.string().nullable(),
  restoredId: z.number().int().nullable(),
});
export type TrashedApplicationView = z.infer<typeof trashedApplicationSchema>;

/** Calls of the notice pages: confirmations, the printable 自查表, and managing applications. */
export const noticeCalls = {
  'eligibility/confirm': defineCall(
    '学校对一项数据无法判断的条件作出确认（是/否，可附说明），或撤销确认；返回新的检查结果',
    z
      .object({
        packId,
        applicationId: applicationId.optional(),
        ruleId: z.string().min(1).max(32),
        /** null withdraws the answer. */
        answer: z.boolean().nullable(),
        note: z.string().trim().max(500).default(''),
        params: paramsInput,
      })
      .strict(),
    z.custom<EligibilityReport>(),
  ),
  'eligibility/report': defineCall(
    '生成申报条件或目标的自查表（Word、Excel、PDF，或用于预览的 HTML）',
    z
      .object({
        packId,
        applicationId: applicationId.optional(),
        params: paramsInput,
        format: z.enum(['docx', 'xlsx', 'pdf', 'html']),
      })
      .strict(),
    renderedFileSchema,
  ),
  'application/duplicate': defineCall(
    '复制一份申报（如为下一年度再报）：填写的内容、佐证材料选择和确认一并复制，导出记录不复制',
    z
      .object({
        applicationId,
        title: z.string().trim().min(1).max(200).optional(),
        params: paramsInput.optional(),
      })
      .strict(),
    z.object({ id: z.number().int(), warnings: z.array(z.string()) }),
  ),
  'application/trash': defineCall(
    '列出已删除的申报（可恢复）',
    z.object({ packId: packId.optional() }).strict(),
    z.array(trashedApplicationSchema),
  ),
  'application/restore': defineCall(
    '恢复一份已删除的申报',
    z.object({ trashId: z.number().int().positive() }).strict(),
    z.object({ applicationId: z.number().int(), title: z.string(), skippedEvidence: z.number().int() }),
  ),
  'application/exportChecklist': defineCall(
    '导出前检查：通知要求而申报中还缺的内容（未附的佐证材料及将空着的页码格、未填的必填内容、未确认的条件）',
    z.object({ applicationId }).strict(),
    z.custom<ExportChecklist>(),
  ),
};
