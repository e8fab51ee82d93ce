// The PdfPrinter port outside Electron (CLI, browser mode, tests): a headless Debian/Chromium driven
// by playwright-core. One browser is launched lazily and reused for a batch; close() ends it.
// The Electron shell implements the same port with webContents.printToPDF.
import fs from 'node:fs';

import { type Browser, chromium } from 'playwright-core';

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

export function createChromiumPdfPrinter(opts: { executablePath?: string } = {}): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = () => {
    const executablePath = opts.executablePath ?? findChromium();
    if (!executablePath)
      throw new AppError(
        'NO_CHROMIUM',
        '未找到 Chromium 浏览器，无法生成 PDF（可设置环境变量 SHENBAOTONG_CHROMIUM 指向 chromium）',
      );
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  };
  return {
    async printHtmlToPdf(html, printOpts) {
      browser ??= launch();
      const b = await browser;
      const context = await b.newContext({ offline: true, javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        // Self-contained pages only: nothing may be fetched (DESIGN: no network at run time).
        await page.route('**/*', (route) =>
          route.request().url().startsWith('data:') ? route.continue() : route.abort(),
        );
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          landscape: printOpts?.landscape ?? false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await context.close();
      }
    },
    async close() {
      const b = browser;
      browser = null;
      if (b) await (await b).close().catch(() => undefined);
    },
  };
}
