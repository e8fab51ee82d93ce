import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';

import { protocol, type Session } from 'electron';

import { viewHeaders } from '../core/files/viewableType.js';
import { CONTENT_SECURITY_POLICY } from '../core/security/contentSecurityPolicy.js';
import { PRINT_PAGE_CSP, type PrintPages } from './printPages.js';
import { APP_SCHEME } from './security/appOrigin.js';
import { contentTypeFor, resolveAppFile } from './security/resolveAppFile.js';

/** Must run before app 'ready': app:// behaves like https (standard, secure origin, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
    },
  ]);
}

function securityHeaders(csp: string, type: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** Where a file shown in the window (a 佐证 PDF) lies: asked of the core by its token; null when it names none. */
export type ViewFile = (token: string) => Promise<{ path: string; type: string } | null>;

/**
 * Serves dist/renderer (and the print pages in flight) on app://shenbaotong/, with the CSP on every
 * response, and files/view/<token>: a file the core chose for the window to show, typed by its bytes.
 */
export function handleAppProtocol(ses: Session, rendererDir: string, printPages: PrintPages, viewFile: ViewFile): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('不支持的请求', {
        status: 405,
        headers: securityHeaders(CONTENT_SECURITY_POLICY, 'text/plain; charset=utf-8'),
      });
    }
    const printHtml = printPages.lookup(url.pathname);
    if (printHtml !== undefined)
      return new Response(printHtml, { headers: securityHeaders(PRINT_PAGE_CSP, 'text/html; charset=utf-8') });
    const notFound = () =>
      new Response('找不到该文件', {
        status: 404,
        headers: securityHeaders(CONTENT_SECURITY_POLICY, 'text/plain; charset=utf-8'),
      });
    const viewed = /^\/files\/view\/([0-9a-f]{32})$/.exec(url.pathname);
    if (viewed) {
      const shown = await viewFile(viewed[1]);
      if (!shown) return notFound();
      // Streamed from where the core keeps it (a 50 MB 佐证 is never held whole in this process).
      let size: number;
      try {
        size = (await fs.stat(shown.path)).size;
      } catch {
        return notFound();
      }
      const body = Readable.toWeb(createReadStream(shown.path)) as ReadableStream<Uint8Array>;
      return new Response(body, { headers: viewHeaders(shown.type, size) });
    }
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return notFound();
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: securityHeaders(CONTENT_SECURITY_POLICY, contentTypeFor(file)) });
    } catch {
      return notFound();
    }
  });
}
