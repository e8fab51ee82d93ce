import { z } from 'zod';

import type { DraftResult } from '../drafting/draftTypes.js';
import type { IndicatorDefinition } from '../drafting/fieldCatalogue.js';
import { fileToken } from './callFields.js';
import { defineCall } from './defineCall.js';

/** Largest notice attachment read for drafting (bytes). */
export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;

export const previewValueSchema = z.object({ text: z.string(), error: z.string().optional() });

export const draftingCalls = {
  'drafting/draft': defineCall(
    '从通知的附件（.docx/.doc/.wps，汇总表 .xlsx/.xls/.et，可多个）起草通知包：表单结构、字段、建议的数据绑定和通知信息',
    z
      .object({
        files: z.array(fileToken).min(1).max(12),
        id: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]*$/)
          .max(64)
          .optional(),
      })
      .strict(),
    z.object({
      draft: z.custom<DraftResult>(),
      /** Files LibreOffice converted first (.doc → .docx …). */
      converted: z.array(z.object({ fileName: z.string(), from: z.string() })),
    }),
  ),
  'drafting/indicators': defineCall(
    '本校「指标」的名称和单位，供设计器的字段目录使用',
    z.object({}).strict(),
    z.object({ indicators: z.array(z.custom<IndicatorDefinition>()) }),
  ),
  'drafting/preview': defineCall(
    '用本校的基础数据试算一个（尚未保存的）通知包：各字段的值、参数及其选项；通知包有错误时列出错误',
    z
      .object({
        pack: z.unknown(),
        params: z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.null()])).default({}),
      })
      .strict(),
    z.object({
      ok: z.boolean(),
      problems: z.array(z.object({ message: z.string(), place: z.string(), path: z.string() })),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
      paramOptions: z.record(
        z.string(),
        z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string() })),
      ),
      values: z.record(z.string(), previewValueSchema),
      schoolName: z.string(),
    }),
  ),
};
