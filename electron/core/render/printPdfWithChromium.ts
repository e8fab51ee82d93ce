// The PdfPrinter port outside Electron (CLI, browser mode, tests): a headless Debian/Chromium driven
// by playwright-core. One browser is launched lazily and reused for a batch; close() ends it. Kept
// warm (browser mode, CLI) it also holds a page ready for the next PDF.
// The Electron shell implements the same port with webContents.printToPDF.
import fs from 'node:fs';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { AppError } from '../../../shared/api/apiError.js';
import type { PdfPrinter } from '../appContext.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Where Chromium lives: SHENBAOTONG_CHROMIUM, else the usual Linux paths. */
export function findChromium(): string | null {
  const candidates = [
    process.env.SHENBAOTONG_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  return null;
}

/**
 * `keepWarm` (browser mode, the CLI's batch): the browser stays up and one page waits ready, so a
 * PDF costs its layout and print only; after `idleCloseMs` without a job the browser is closed to
 * give its memory back (the next PDF launches it again). Without it each printer launches on first
 * use and runs until close().
 */
export function createChromiumPdfPrinter(
  opts: { executablePath?: string; keepWarm?: boolean; idleCloseMs?: number } = {},
): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  let ready: Promise<PrintPage> | null = null;
  let running = 0;
  let idle: ReturnType<typeof setTimeout> | null = null;
  const launch = async (): Promise<Browser> => {
    const executablePath = opts.executablePath ?? findChromium();
    if (!executablePath)
      throw new AppError(
        'NO_CHROMIUM',
        '未找到 Chromium 浏览器，无法生成 PDF（可设置环境变量 SHENBAOTONG_CHROMIUM 指向 chromium）',
      );
    // Loaded on the first PDF only: a command or a window that prints nothing never pays for it.
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  };
  const openPage = async (): Promise<PrintPage> => {
    browser ??= launch();
    let b: Browser;
    try {
      b = await browser;
    } catch (e) {
      browser = null; // no Chromium, or it failed to start: the next PDF tries again
      throw e;
    }
    const context = await b.newContext({ offline: true, javaScriptEnabled: false });
    const page = await context.newPage();
    // Self-contained pages only: nothing may be fetched (DESIGN: no network at run time).
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return { context, page };
  };
  const prepareNext = () => {
    if (!opts.keepWarm || ready) return;
    const next = openPage();
    ready = next;
    next.catch(() => {
      if (ready === next) ready = null;
    });
  };
  const close = async () => {
    const [b, r] = [browser, ready];
    browser = null;
    ready = null;
    if (idle) clearTimeout(idle);
    idle = null;
    await r?.then((x) => x.context.close()).catch(() => undefined);
    if (b) await (await b).close().catch(() => undefined);
  };
  const armIdle = () => {
    if (!opts.keepWarm || running) return;
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void close(), opts.idleCloseMs ?? 10 * 60_000);
    idle.unref?.();
  };
  return {
    async prewarm() {
      prepareNext();
      await ready?.catch(() => undefined);
      armIdle();
    },
    async printHtmlToPdf(html, printOpts) {
      running++;
      if (idle) clearTimeout(idle);
      const waiting = ready;
      ready = null;
      const { context, page } = await (waiting ?? openPage()).catch(() => openPage());
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          landscape: printOpts?.landscape ?? false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await context.close();
        running--;
        if (browser) prepareNext();
        armIdle();
      }
    },
    close,
  };
}

interface PrintPage {
  context: BrowserContext;
  page: Page;
}
