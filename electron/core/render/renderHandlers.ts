import { missingFontRemarks } from '../../../shared/fonts/missingFontRemarks.js';
import { fontsUsed } from '../../../shared/print/printDocument.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { exportFormFile } from './exportFormFile.js';

export const renderHandlers: NamespaceHandlers<'render'> = {
  'render/form': async (input, ctx) => {
    const f = await exportFormFile(ctx, input.applicationId, input.formId, input.format);
    const remarks =
      input.format === 'html'
        ? []
        : missingFontRemarks(fontsUsed(f.document), (await ctx.fontCatalog?.installedFamilies()) ?? null);
    return {
      fileName: f.fileName,
      mime: f.mime,
      dataBase64: Buffer.from(f.bytes).toString('base64'),
      ...(f.html !== undefined ? { html: f.html } : {}),
      ...(remarks.length ? { remarks } : {}),
    };
  },
};
