import type { NamespaceHandlers } from '../api/handlerTypes.js';

export const printerHandlers: NamespaceHandlers<'printer'> = {
  // Answers at once: the browser gets ready in the background while the user reads the form.
  'printer/prewarm': (_input, ctx) => {
    const printer = ctx.pdfPrinter;
    if (!printer?.prewarm) return { ready: false };
    printer.prewarm().catch(() => undefined);
    return { ready: true };
  },
};
