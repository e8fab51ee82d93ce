// End-to-end launcher shared by the e2e tests and benchmarks: builds the renderer once per process,
// opens a school database in a temp folder (demo copy, empty, or seeded by the caller) through the
// core, serves it in browser mode on 127.0.0.1 and opens Debian's Chromium on it with playwright-core.
//
//   const app = await launchApp({ demo: true });
//   await app.page.getByRole('button', { name: '合作企业及成员单位' }).click();
//   …
//   await app.close();
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { type AppContext, createAppContext } from '../../../electron/core/appContext';
import { APP_VERSION } from '../../../electron/core/appVersion';
import { type BrowserServer, startBrowserServer } from '../../../electron/core/browserMode/startBrowserServer';
import type { Store } from '../../../electron/core/store/openStore';
import { recordCspViolations, watchConsoleForCsp } from './cspViolations';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface LaunchOptions {
  /** Open a copy of the demo school (default). false: an empty school named `schoolName`. */
  demo?: boolean;
  schoolName?: string;
  /** Runs on the open store before the server starts (e.g. insert 50,000 ledger rows). */
  seed?: (store: Store, ctx: AppContext) => void | Promise<void>;
  /** Open no database: the welcome page shows. */
  noDatabase?: boolean;
  viewport?: { width: number; height: number };
  /** Clipboard read/write for copy tests. */
  clipboard?: boolean;
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  server: BrowserServer;
  ctx: AppContext;
  url: string;
  dbPath: string;
  tempDir: string;
  /** Uncaught errors of the page so far (a test can assert there were none). */
  pageErrors: string[];
  /** Calls the core directly, bypassing the UI (to check what was saved). */
  call<T = unknown>(name: string, input: unknown): Promise<T>;
  /** A file as if the user had chosen it (its bytes, under `name`): the token a call names it by. */
  chosen(name: string, bytes: Uint8Array | string): string;
  close(): Promise<void>;
}

let rendererBuild: Promise<string> | null = null;

/**
 * Builds the renderer once per process into a private folder, so that a parallel `npm run build`
 * (which empties dist/renderer) cannot pull the files from under a running test. Set
 * SHENBAOTONG_E2E_RENDERER to an already built folder to skip the build.
 */
export function buildRendererOnce(): Promise<string> {
  const given = process.env.SHENBAOTONG_E2E_RENDERER;
  if (given) return Promise.resolve(path.resolve(given));
  if (!rendererBuild) {
    rendererBuild = (async () => {
      const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-e2e-renderer-'));
      const { build } = await import('vite');
      await build({
        configFile: path.join(ROOT, 'vite.config.ts'),
        logLevel: 'error',
        build: { outDir, emptyOutDir: true },
      });
      process.once('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
      return outDir;
    })();
    rendererBuild.catch(() => (rendererBuild = null));
  }
  return rendererBuild;
}

export async function launchApp(opts: LaunchOptions = {}): Promise<LaunchedApp> {
  const rendererDir = await buildRendererOnce();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-e2e-'));
  const dbPath = path.join(tempDir, 'school.sqlite');
  const ctx = createAppContext({ dbPath, dataDir: tempDir, appVersion: APP_VERSION });
  let server: BrowserServer | null = null;
  let browser: Browser | null = null;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    ctx.store?.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    if (!opts.noDatabase) {
      const r =
        opts.demo === false
          ? await dispatchCall(ctx, 'store/createEmpty', { schoolName: opts.schoolName ?? '测试学校' })
          : await dispatchCall(ctx, 'store/createDemo', {});
      if (!r.ok) throw new Error(`无法创建测试数据库：${r.error.message}`);
      if (opts.seed) await opts.seed(ctx.store!, ctx);
    }
    server = await startBrowserServer(ctx, { rendererDir });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 1366, height: 800 },
      locale: 'zh-CN',
    });
    if (opts.clipboard)
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: `http://127.0.0.1:${server.port}`,
      });
    await recordCspViolations(context);
    const page = await context.newPage();
    watchConsoleForCsp(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    const srv = server;
    const br = browser;
    return {
      page,
      context,
      browser: br,
      server: srv,
      ctx,
      url: srv.url,
      dbPath,
      tempDir,
      pageErrors: errors,
      async call<T>(name: string, input: unknown) {
        const res = await dispatchCall(ctx, name, input);
        if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
        return res.value as T;
      },
      chosen(name: string, bytes: Uint8Array | string) {
        const dir = fs.mkdtempSync(path.join(tempDir, 'chosen-'));
        fs.writeFileSync(path.join(dir, name), bytes);
        return ctx.files.grantRead(path.join(dir, name)).token;
      },
      close: cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
