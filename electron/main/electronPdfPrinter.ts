import { BrowserWindow } from 'electron';

import type { PdfPrinter } from '../core/appContext.js';
import type { PrintPages } from './printPages.js';

/**
 * The PdfPrinter port on Electron: each job loads the page in its own hidden, sandboxed window with
 * JavaScript off and prints it with Chromium's printToPDF (the page's own @page size wins).
 */
export function createElectronPdfPrinter(printPages: PrintPages): PdfPrinter {
  return {
    async printHtmlToPdf(html, opts) {
      const page = printPages.add(html);
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          javascript: false,
          spellcheck: false,
          images: true,
        },
      });
      try {
        await win.loadURL(page.url);
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          landscape: !!opts?.landscape,
          printBackground: true,
          // The page's own @page size and margins (from the pack) decide the layout.
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        page.release();
        win.destroy();
      }
    },
  };
}
