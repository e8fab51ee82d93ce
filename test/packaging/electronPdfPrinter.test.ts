// The Electron PDF printer reuses one hidden print window (no new renderer process per PDF), gives
// concurrent jobs windows of their own, and never reuses a window whose job failed. Run against a
// stand-in 'electron' module (the binary cannot be installed here).
import { describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => ({
  created: 0,
  destroyed: 0,
  failNext: false,
  loads: [] as string[],
  prefs: [] as Record<string, unknown>[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    destroyed = false;
    constructor(public opts: { webPreferences: Record<string, unknown> }) {
      h.created++;
      h.prefs.push(opts.webPreferences);
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      if (!this.destroyed) h.destroyed++;
      this.destroyed = true;
    }
    async loadURL(url: string) {
      h.loads.push(url);
      await new Promise((r) => setTimeout(r, 5));
    }
    webContents = {
      printToPDF: () => {
        if (h.failNext) {
          h.failNext = false;
          return Promise.reject(new Error('print failed'));
        }
        return Promise.resolve(Buffer.from('%PDF-1.7'));
      },
    };
  }
  return { BrowserWindow };
});

const { createElectronPdfPrinter } = await import('../../electron/main/electronPdfPrinter.js');
const { PrintPages } = await import('../../electron/main/printPages.js');

describe('Electron PDF printer', () => {
  it('prints one PDF after another in the same hidden window', async () => {
    Object.assign(h, { created: 0, destroyed: 0 });
    const printer = createElectronPdfPrinter(new PrintPages());
    await printer.prewarm!();
    expect(h.created).toBe(1);
    for (let i = 0; i < 3; i++)
      expect(Buffer.from(await printer.printHtmlToPdf('<p>表</p>')).toString()).toBe('%PDF-1.7');
    expect(h.created).toBe(1);
    expect(h.destroyed).toBe(0);
    await printer.close!();
    expect(h.destroyed).toBe(1);
  });

  it('gives concurrent jobs their own windows and keeps one', async () => {
    Object.assign(h, { created: 0, destroyed: 0 });
    const printer = createElectronPdfPrinter(new PrintPages());
    await Promise.all([1, 2, 3].map(() => printer.printHtmlToPdf('<p>表</p>')));
    expect(h.created).toBe(3);
    expect(h.destroyed).toBe(2);
    await printer.printHtmlToPdf('<p>表</p>');
    expect(h.created).toBe(3);
    await printer.close!();
  });

  it('does not reuse a window whose print failed, and keeps the page sandboxed without scripts', async () => {
    Object.assign(h, { created: 0, destroyed: 0, failNext: true });
    const printer = createElectronPdfPrinter(new PrintPages());
    await expect(printer.printHtmlToPdf('<p>表</p>')).rejects.toThrow('print failed');
    expect(h.destroyed).toBe(1);
    await printer.printHtmlToPdf('<p>表</p>');
    expect(h.created).toBe(2);
    for (const p of h.prefs) expect(p).toMatchObject({ sandbox: true, javascript: false, nodeIntegration: false });
    await printer.close!();
  });
});
