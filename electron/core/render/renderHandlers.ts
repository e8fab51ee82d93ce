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
      mime: f.mime,
      // The preview's page travels as text; a file to save waits in the outbox.
      ...(input.format === 'html' ? {} : { file: ctx.files.putOutput(f.fileName, f.bytes) }),
      ...(f.html !== undefined ? { html: f.html } : {}),
      ...(remarks.length ? { remarks } : {}),
    };
  },
};
