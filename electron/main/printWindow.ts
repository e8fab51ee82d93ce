import { BrowserWindow } from 'electron';

import type { PrintPages } from './printPages.js';

/**
 * Loads a print page (HTML the app made) in its own hidden, sandboxed window with JavaScript off,
 * runs `job` on it, then closes the window and forgets the page. The page is served with its own
 * CSP (printPages.ts): no scripts, nothing fetched.
 */
export async function withPrintWindow<T>(
  printPages: PrintPages,
  html: string,
  job: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
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
    return await job(win);
  } finally {
    page.release();
    win.destroy();
  }
}
