import { z } from 'zod';

import { defineCall } from './defineCall.js';

/** One narrative written for an earlier application, offered for reuse (素材库). */
export const materialItemSchema = z.object({
  applicationId: z.number().int(),
  applicationTitle: z.string(),
  packId: z.string(),
  docNo: z.string(),
  fieldKey: z.string(),
  fieldLabel: z.string(),
  text: z.string(),
  /** Word 字数 of the text. */
  wordCount: z.number().int(),
  /** Given a wordLimit: whether the text fits it. */
  withinLimit: z.boolean().nullable(),
  updatedAt: z.string(),
});
export type MaterialItem = z.infer<typeof materialItemSchema>;

export const materialCalls = {
  'material/search': defineCall(
    '素材库：查找以前申报中写过的叙述文字（按关键词匹配正文或栏目名），并按新的字数上限统计字数',
    z
      .object({
        query: z.string().trim().max(200).default(''),
        wordLimit: z.number().int().positive().optional(),
        /** Leave out this application's own texts (the one being edited). */
        excludeApplicationId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.array(materialItemSchema),
  ),
};
