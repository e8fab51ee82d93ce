import type { PdfPrinter } from '../core/appContext.js';
import type { PrintPages } from './printPages.js';
import { withPrintWindow } from './printWindow.js';

/**
 * The PdfPrinter port on Electron: each job loads the page in its own hidden, sandboxed window with
 * JavaScript off and prints it with Chromium's printToPDF (the page's own @page sizes win).
 */
export function createElectronPdfPrinter(printPages: PrintPages): PdfPrinter {
  return {
    printHtmlToPdf: (html, opts) =>
      withPrintWindow(printPages, html, async (win) => {
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          landscape: !!opts?.landscape,
          printBackground: true,
          // The page's own @page size and margins (from the pack) decide the layout, page by page.
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      }),
  };
}
