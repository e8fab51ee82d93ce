import fs from 'node:fs/promises';

import { protocol, type Session } from 'electron';

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

/** Serves dist/renderer (and the print pages in flight) on app://shenbaotong/, with the CSP on every response. */
export function handleAppProtocol(ses: Session, rendererDir: string, printPages: PrintPages): void {
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
    const file = resolveAppFile(rendererDir, request.url);
    const notFound = () =>
      new Response('找不到该文件', {
        status: 404,
        headers: securityHeaders(CONTENT_SECURITY_POLICY, 'text/plain; charset=utf-8'),
      });
    if (!file) return notFound();
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: securityHeaders(CONTENT_SECURITY_POLICY, contentTypeFor(file)) });
    } catch {
      return notFound();
    }
  });
}
