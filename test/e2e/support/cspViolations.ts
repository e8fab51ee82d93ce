// Every e2e test fails on any Content-Security-Policy violation (issue 15): the app's CSP is strict
// (style-src 'self', no inline scripts), and a violation means something the user sees is broken or
// silently dropped — e.g. a print preview whose inline styles Chromium refused.
//
// launchApp() records what Chromium reports, from the page and every frame in it (the preview iframe
// included): the console's «…violates the following Content Security Policy directive…» and the DOM's
// securitypolicyviolation events. The e2e project's setup file checks after each test.
import type { BrowserContext, Page } from 'playwright-core';

const recorded: string[] = [];

/** What was reported since the last call, cleared. */
export function takeCspViolations(): string[] {
  return recorded.splice(0, recorded.length);
}

const REPORT_BINDING = '__sbtCspViolation';

/** Starts recording violations of every page of the context (call before the first navigation). */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.exposeBinding(REPORT_BINDING, ({ frame }, text: string) => {
    recorded.push(`${text}（页面 ${frame.url()}）`);
  });
  // Runs in every frame, before the page's own scripts; a sandboxed frame without scripts reports
  // through the console instead.
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => {
    const report = window['${REPORT_BINDING}'];
    if (typeof report === 'function') report(e.violatedDirective + ' ← ' + (e.blockedURI || 'inline') + (e.sample ? ' «' + e.sample + '»' : ''));
  });`);
}

/** Console messages of a page that are CSP reports (also from frames whose scripts cannot run). */
export function watchConsoleForCsp(page: Page): void {
  page.on('console', (m) => {
    const t = m.text();
    if (/Content Security Policy/i.test(t)) recorded.push(t);
  });
}
