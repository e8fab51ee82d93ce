import { AppError } from '../../shared/api/apiError.js';
import { systemClock } from './clock/systemClock.js';
import { forgetAllKept } from './datasets/keptForUndo.js';
import { createFileGrants, type FileGrants } from './files/fileGrants.js';
import type { Store } from './store/openStore.js';

/** A printer that turns a self-contained HTML page into PDF bytes (Electron's printToPDF or headless Chromium). */
export interface PdfPrinter {
  printHtmlToPdf(html: string, opts?: { landscape?: boolean }): Promise<Uint8Array>;
  /** Gets ready for a first PDF (launches the browser, opens a page) so the user's click does not wait for it. */
  prewarm?(): Promise<void>;
  close?(): Promise<void>;
}

/** The font families installed on this PC (fc-list on Linux, the font registry on Windows); null when unknown. */
export interface FontCatalog {
  installedFamilies(): Promise<ReadonlySet<string> | null>;
}

/** Shows a file in the system's file manager (「打开所在文件夹」). */
export interface FolderOpener {
  showItemInFolder(file: string): Promise<void>;
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
  /** Absent: fonts are not checked and no font remark is made. */
  fontCatalog?: FontCatalog;
  /** Where files/keep puts exports (browser mode); absent: 导出 in the data folder. */
  exportDir?: string;
  /** Absent: 「打开所在文件夹」 answers that the folder cannot be opened here. */
  folderOpener?: FolderOpener;
  /** Files chosen by the user and files made for them, by token (see fileGrants). */
  files: FileGrants;
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
  fontCatalog?: FontCatalog;
  exportDir?: string;
  folderOpener?: FolderOpener;
}): AppContext {
  const ctx: AppContext = {
    dbPath: init.dbPath,
    dataDir: init.dataDir,
    appVersion: init.appVersion,
    store: init.store ?? null,
    now: init.now ?? systemClock,
    pdfPrinter: init.pdfPrinter,
    fontCatalog: init.fontCatalog,
    exportDir: init.exportDir,
    folderOpener: init.folderOpener,
    files: createFileGrants(init.dataDir),
    setStore(store) {
      if (ctx.store && ctx.store !== store) ctx.store.close();
      ctx.store = store;
      // Another school (or a restored copy) in the window: no grid's 撤销 reaches back past it.
      if (store) forgetAllKept(store.db);
    },
  };
  return ctx;
}
