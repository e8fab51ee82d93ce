import { AppError } from '../../shared/api/apiError.js';
import type { Store } from './store/openStore.js';

/** A printer that turns a self-contained HTML page into PDF bytes (Electron's printToPDF or headless Chromium). */
export interface PdfPrinter {
  printHtmlToPdf(html: string, opts?: { landscape?: boolean }): Promise<Uint8Array>;
  close?(): Promise<void>;
}

/**
 * What every handler gets: the open school database (if any), where it lives, the clock and the
 * ports to the outside (PDF printing). One per running app, CLI call or test.
 */
export interface AppContext {
  dbPath: string;
  dataDir: string;
  appVersion: string;
  store: Store | null;
  now(): Date;
  pdfPrinter?: PdfPrinter;
  /** Opens or creates the database at dbPath, replacing the current store. */
  setStore(store: Store | null): void;
}

export function requireStore(ctx: AppContext): Store {
  if (!ctx.store) throw new AppError('NO_DATABASE', '尚未打开学校数据库，请先选择「打开示例学校」或「新建学校」');
  return ctx.store;
}

export function createAppContext(init: {
  dbPath: string;
  dataDir: string;
  appVersion: string;
  store?: Store | null;
  now?: () => Date;
  pdfPrinter?: PdfPrinter;
}): AppContext {
  const ctx: AppContext = {
    dbPath: init.dbPath,
    dataDir: init.dataDir,
    appVersion: init.appVersion,
    store: init.store ?? null,
    now: init.now ?? (() => new Date()),
    pdfPrinter: init.pdfPrinter,
    setStore(store) {
      if (ctx.store && ctx.store !== store) ctx.store.close();
      ctx.store = store;
    },
  };
  return ctx;
}
