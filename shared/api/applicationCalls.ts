import { z } from 'zod';

import type { ExportChecklist } from '../packs/exportChecklist.js';
import type { Pack, ResolvedApplication, ResolvedField } from '../packs/packSchema.js';
import type { ParamOption } from '../packs/resolveParameters.js';
import { applicationIdInput, packIdInput, paramsInput } from './callFields.js';
import { defineCall } from './defineCall.js';

const status = z.enum(['draft', 'exported', 'submitted']);
const scalar = z.union([z.string().max(200_000), z.number(), z.boolean(), z.null()]);
/** A field value as the editor sends it: scalar, list of options, table rows, or values by year. */
export const fieldValueInput = z.union([
  scalar,
  z.array(z.string().max(2000)).max(500),
  z.array(z.record(z.string().max(64), scalar)).max(5000),
  z.record(z.string().max(8), scalar),
]);

export const applicationSummarySchema = z.object({
  id: z.number().int(),
  packId: z.string(),
  docNo: z.string(),
  packTitle: z.string(),
  title: z.string(),
  status,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

/** After a change: the changed field and the whole application's counts. */
const fieldUpdate = z.object({
  field: z.custom<ResolvedField>(),
  completeness: z.custom<ResolvedApplication['completeness']>(),
  exportBlocked: z.boolean(),
});

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

export const applicationCalls = {
  'application/list': defineCall(
    '列出申报（可按通知筛选）',
    z.object({ packId: z.string().optional() }).strict(),
    z.array(applicationSummarySchema),
  ),
  'application/create': defineCall(
    '为一个通知新建申报',
    z
      .object({
        packId: z.string().min(1),
        params: paramsInput.default({}),
        title: z.string().trim().max(200).optional(),
      })
      .strict(),
    /** warnings: e.g. the notice's quota (每所学校限报1个) when this one goes over it. */
    z.object({ id: z.number().int(), warnings: z.array(z.string()) }),
  ),
  'application/get': defineCall(
    '读取一份申报：通知包、参数选项，以及每个字段的默认值（及来源）、用户修改、当前值和问题',
    z.object({ applicationId: applicationIdInput }).strict(),
    z.object({
      application: applicationSummarySchema,
      pack: z.custom<Pack>(),
      paramOptions: z.custom<Record<string, ParamOption[]>>(),
      paramProblems: z.array(z.object({ key: z.string(), message: z.string() })),
      resolved: z.custom<ResolvedApplication>(),
    }),
  ),
  'application/update': defineCall(
    '修改申报的名称或参数',
    z
      .object({
        applicationId: applicationIdInput,
        title: z.string().trim().min(1).max(200).optional(),
        params: paramsInput.optional(),
      })
      .strict(),
    z.object({ ok: z.literal(true) }),
  ),
  'application/setValue': defineCall(
    '保存一个字段的值（每次输入即保存；不合格的值也保存，并报告问题）',
    z
      .object({ applicationId: applicationIdInput, fieldKey: z.string().min(1).max(64), value: fieldValueInput })
      .strict(),
    fieldUpdate,
  ),
  'application/resetValue': defineCall(
    '撤销对一个字段的修改，恢复为基础数据中的值',
    z.object({ applicationId: applicationIdInput, fieldKey: z.string().min(1).max(64) }).strict(),
    fieldUpdate,
  ),
  'application/acceptProblem': defineCall(
    '确认接受一个字段的问题（不再阻止导出），或撤销确认',
    z
      .object({
        applicationId: applicationIdInput,
        fieldKey: z.string().min(1).max(64),
        code: z.string().min(1).max(32),
        accepted: z.boolean().default(true),
      })
      .strict(),
    fieldUpdate,
  ),
  'application/setStatus': defineCall(
    '设置申报状态（草稿、已导出、已提交）',
    z.object({ applicationId: applicationIdInput, status }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
  'application/delete': defineCall(
    '删除一份申报（先自动备份；删除的申报留在删除记录中，可恢复）',
    z.object({ applicationId: applicationIdInput }).strict(),
    z.object({ deleted: z.literal(true), trashId: z.number().int(), backupPath: z.string() }),
  ),
  'application/duplicate': defineCall(
    '复制一份申报（如为下一年度再报）：填写的内容、佐证材料选择和确认一并复制，导出记录不复制',
    z
      .object({
        applicationId: applicationIdInput,
        title: z.string().trim().min(1).max(200).optional(),
        params: paramsInput.optional(),
      })
      .strict(),
    z.object({ id: z.number().int(), warnings: z.array(z.string()) }),
  ),
  'application/trash': defineCall(
    '列出已删除的申报（可恢复）',
    z.object({ packId: packIdInput.optional() }).strict(),
    z.array(trashedApplicationSchema),
  ),
  'application/restore': defineCall(
    '恢复一份已删除的申报',
    z.object({ trashId: z.number().int().positive() }).strict(),
    z.object({ applicationId: z.number().int(), title: z.string(), skippedEvidence: z.number().int() }),
  ),
  'application/pick': defineCall(
    '找出无界面导出所指的申报：指定的一份（须属于该通知），或参数与所给参数全部相符的唯一一份；没有或有多份时说明怎么做',
    z
      .object({
        packId: packIdInput,
        params: z.record(z.string().max(64), z.string().max(500)).default({}),
        applicationId: applicationIdInput.optional(),
      })
      .strict(),
    z.object({ applicationId: z.number().int() }),
  ),
  'application/exportChecklist': defineCall(
    '导出前检查：通知要求而申报中还缺的内容（未附的佐证材料及将空着的页码格、未填的必填内容、未确认的条件）',
    z.object({ applicationId: applicationIdInput }).strict(),
    z.custom<ExportChecklist>(),
  ),
};
