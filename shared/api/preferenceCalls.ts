import { z } from 'zod';

import { defineCall } from './defineCall.js';

/**
 * Choices the app remembers for the person at this PC (not for the school): they live beside the
 * database in the data folder, so browser mode keeps them too (its page origin changes every run).
 */
const choices = {
  /** 导出申报材料包: 「同时生成PDF」 */
  exportWithPdf: z.boolean(),
  /** 打印预览 zoom: 'fit' (to the panel's width) or a factor (1 = 100 %). */
  previewZoom: z.union([z.literal('fit'), z.number().min(0.25).max(3)]),
};
export const preferencesSchema = z.object({
  exportWithPdf: choices.exportWithPdf.default(false),
  previewZoom: choices.previewZoom.default('fit'),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferenceCalls = {
  'preferences/get': defineCall(
    '读取本机记住的选项（如「同时生成PDF」、预览缩放）',
    z.object({}).strict(),
    preferencesSchema,
  ),
  // No defaults in the change: it names only what changes.
  'preferences/set': defineCall('记住一个或几个选项', z.object(choices).partial().strict(), preferencesSchema),
};
