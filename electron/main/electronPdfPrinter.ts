import type { BrowserWindow } from 'electron';

import type { PdfPrinter } from '../core/appContext.js';
import type { PrintPages } from './printPages.js';
import { newPrintWindow } from './printWindow.js';

/** A hidden print window unused this long is closed (its renderer process gives its memory back). */
const IDLE_CLOSE_MS = 10 * 60_000;

/**
 * The PdfPrinter port on Electron: pages load in a hidden, sandboxed window with JavaScript off and
 * print with Chromium's printToPDF (the page's own @page size wins). One window is kept and reused,
 * so a PDF does not wait for a new renderer process; jobs running at the same time (a bundle's
 * forms) get windows of their own, closed after use.
 */
export function createElectronPdfPrinter(printPages: PrintPages): PdfPrinter {
  let spare: BrowserWindow | null = null;
  let idle: ReturnType<typeof setTimeout> | null = null;

  const take = (): BrowserWindow => {
    const win = spare && !spare.isDestroyed() ? spare : newPrintWindow();
    spare = null;
    return win;
  };
  const giveBack = (win: BrowserWindow) => {
    if (win.isDestroyed()) return;
    if (spare && !spare.isDestroyed()) {
      win.destroy();
      return;
    }
    spare = win;
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      spare?.destroy();
      spare = null;
    }, IDLE_CLOSE_MS);
  };

  return {
    prewarm() {
      if (!spare || spare.isDestroyed()) giveBack(newPrintWindow());
      return Promise.resolve();
    },
    async printHtmlToPdf(html, opts) {
      const page = printPages.add(html);
      const win = take();
      let reusable = false;
      try {
        await win.loadURL(page.url);
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          landscape: !!opts?.landscape,
          printBackground: true,
          // The page's own @page size and margins (from the pack) decide the layout.
          preferCSSPageSize: true,
        });
        reusable = true;
        return new Uint8Array(pdf);
      } finally {
        page.release();
        // A window whose load or print failed is not trusted with the next job.
        if (reusable) giveBack(win);
        else win.destroy();
      }
    },
    close() {
      if (idle) clearTimeout(idle);
      spare?.destroy();
      spare = null;
      return Promise.resolve();
    },
  };
}
