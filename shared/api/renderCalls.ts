import { z } from 'zod';

import { outputFileSchema } from './callFields.js';
import { defineCall } from './defineCall.js';

export const printFormatSchema = z.enum(['docx', 'xlsx', 'pdf', 'html']);

export const renderedFileSchema = z.object({
  mime: z.string(),
  /** The file to save (docx, xlsx, pdf); html, a preview refreshed as the user types, writes none. */
  file: outputFileSchema.optional(),
  /** format html: the page itself, for the preview iframe. */
  html: z.string().optional(),
  /** Fonts of the form missing on this PC, with their stand-ins (「本机缺少 仿宋_GB2312，…」). */
  remarks: z.array(z.string()).optional(),
});
export type RenderedFile = z.infer<typeof renderedFileSchema>;

export const renderCalls = {
  'render/form': defineCall(
    '生成一份申报中的一张表（DOCX、XLSX、PDF，或用于预览的 HTML）',
    z
      .object({
        applicationId: z.number().int().positive(),
        formId: z.string().min(1).max(64),
        format: printFormatSchema,
      })
      .strict(),
    renderedFileSchema,
  ),
};
