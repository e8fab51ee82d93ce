import crypto from 'node:crypto';

import { APP_ORIGIN } from './security/appOrigin.js';

export const PRINT_PATH_PREFIX = '/__print/';

/**
 * Print pages are HTML documents the core made (forms to be turned into PDF). They are handed to a
 * hidden window through app://shenbaotong/__print/<random id> rather than a data: URL, which
 * Chromium caps in length; each page is readable only while its print job runs.
 */
export class PrintPages {
  private readonly pages = new Map<string, string>();

  add(html: string): { url: string; release(): void } {
    const id = crypto.randomBytes(16).toString('hex');
    this.pages.set(id, html);
    return { url: `${APP_ORIGIN}${PRINT_PATH_PREFIX}${id}.html`, release: () => this.pages.delete(id) };
  }

  /** The HTML for a request path like /__print/<id>.html, or undefined. */
  lookup(pathname: string): string | undefined {
    const m = /^\/__print\/([0-9a-f]{32})\.html$/.exec(pathname);
    return m ? this.pages.get(m[1]) : undefined;
  }
}

/** Print pages carry their own inline styles; scripts are off in the print window anyway. */
export const PRINT_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";
