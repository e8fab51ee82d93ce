import { BrowserWindow } from 'electron';

import type { PrintPages } from './printPages.js';

/** A hidden, sandboxed window with JavaScript off, for print pages (served with their own CSP, printPages.ts). */
export function newPrintWindow(): BrowserWindow {
  return new BrowserWindow({
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
}

/**
 * Loads a print page (HTML the app made) in a new print window, runs `job` on it, then closes the
 * window and forgets the page.
 */
export async function withPrintWindow<T>(
  printPages: PrintPages,
  html: string,
  job: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  const page = printPages.add(html);
  const win = newPrintWindow();
  try {
    await win.loadURL(page.url);
    return await job(win);
  } finally {
    page.release();
    win.destroy();
  }
}
