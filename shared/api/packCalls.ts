import { z } from 'zod';

import type { Pack } from '../packs/packSchema.js';
import type { ResolvedParameters } from '../packs/resolveParameters.js';
import { fileToken, outputFileSchema } from './callFields.js';
import { defineCall } from './defineCall.js';

const packId = z.string().min(1).max(64);
const statusCounts = z.object({ draft: z.number().int(), exported: z.number().int(), submitted: z.number().int() });

export const packSummarySchema = z.object({
  id: z.string(),
  docNo: z.string(),
  title: z.string(),
  issuers: z.array(z.string()),
  issueDate: z.string().optional(),
  deadline: z.string().optional(),
  /** Days from today (ctx.now()) to the deadline; negative once passed; null without a deadline. */
  daysLeft: z.number().int().nullable(),
  kind: z.enum(['application', 'programme', 'selfCheck']),
  level: z.string(),
  origin: z.enum(['seed', 'imported']),
  hasEligibility: z.boolean(),
  formCount: z.number().int(),
  applications: statusCounts,
});
export type PackSummary = z.infer<typeof packSummarySchema>;

export const packProblemSchema = z.object({ message: z.string(), place: z.string(), path: z.string() });

const paramsInput = z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.null()])).default({});

/** Largest notice pack file accepted (bytes); a pack with every form is well under 1 MB. */
export const PACK_FILE_MAX_BYTES = 20 * 1024 * 1024;

export const packCalls = {
  'pack/list': defineCall(
    '列出通知（自带与导入的），含截止日期、剩余天数和各状态的申报数',
    z.object({}).strict(),
    z.array(packSummarySchema),
  ),
  'pack/get': defineCall(
    '读取一个通知包的全部内容',
    z.object({ packId }).strict(),
    z.object({ pack: z.custom<Pack>(), origin: z.enum(['seed', 'imported']), fileName: z.string() }),
  ),
  'pack/validate': defineCall(
    '检查一个通知包文件（不导入）',
    z.object({ file: fileToken }).strict(),
    z.object({
      ok: z.boolean(),
      problems: z.array(packProblemSchema),
      /** The valid pack, in brief (the CLI's 「OK 文号 标题（N 个字段，M 张表单）」). */
      pack: z
        .object({ docNo: z.string(), title: z.string(), fieldCount: z.number().int(), formCount: z.number().int() })
        .optional(),
    }),
  ),
  'pack/import': defineCall(
    '导入一个通知包文件；有错误时拒绝并列出每处错误的位置',
    z.object({ file: fileToken }).strict(),
    z.object({ id: z.string(), docNo: z.string(), title: z.string() }),
  ),
  'pack/save': defineCall(
    '把通知包设计器中的通知包保存到通知库；有错误时拒绝并列出每处错误的位置',
    z.object({ pack: z.unknown() }).strict(),
    z.object({ id: z.string(), docNo: z.string(), title: z.string() }),
  ),
  'pack/toFile': defineCall(
    '把通知包设计器中的通知包写成通知包文件（供分享给其他学校）；有错误时拒绝并列出每处错误的位置',
    z.object({ pack: z.unknown() }).strict(),
    outputFileSchema,
  ),
  'pack/remove': defineCall(
    '删除一个导入的通知（自带的不能删除）',
    z.object({ packId }).strict(),
    z.object({ removed: z.literal(true) }),
  ),
  'pack/parameterOptions': defineCall(
    '新建申报前：按基础数据列出通知各参数的可选项（如申报专业、服务专业群、合作企业），及所给参数的取值和问题',
    z.object({ packId: z.string().min(1).max(64), params: paramsInput }).strict(),
    z.custom<ResolvedParameters>(),
  ),
};
