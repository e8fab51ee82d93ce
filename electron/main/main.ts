// The Electron shell: lifecycle, the one window, the menu, dialogs and IPC wiring. The application
// itself lives in electron/core, shared with browser mode and the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { app, type BrowserWindow, dialog, Menu, session, shell } from 'electron';

import { APP_VERSION } from '../core/appVersion.js';
import { type CoreClient, CoreStartError } from '../core/host/createCoreClient.js';
import { defaultDataDir, resolveDbPath } from '../core/paths/dataPaths.js';
import { buildAppMenu } from './appMenu.js';
import { handleAppProtocol, registerAppScheme } from './appProtocol.js';
import { startCoreProcess } from './coreProcess.js';
import { createMainWindow } from './createMainWindow.js';
import { createElectronPdfPrinter } from './electronPdfPrinter.js';
import { hardenSession } from './hardenSession.js';
import { hardenAllWebContents } from './hardenWebContents.js';
import { registerIpc } from './ipc.js';
import { PrintPages } from './printPages.js';

const dev = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
let core: CoreClient | null = null;

function dbFlag(): string | undefined {
  // Chromium's own switches may also be on the command line; unknown options are ignored.
  const { values } = parseArgs({
    args: process.argv.slice(1),
    options: { db: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return typeof values.db === 'string' ? values.db : undefined;
}

/** A database that cannot be opened (corrupt after a power cut, from a newer version, not ours): say so in Chinese and quit. */
function showStoreError(e: unknown, dbPath: string, dataDir: string): void {
  const message = e instanceof CoreStartError ? e.message : `无法打开数据库：${(e as Error)?.message ?? String(e)}`;
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: '申报通无法打开数据库',
    message,
    detail: `数据库文件：${dbPath}\n自动备份位于：${path.join(path.dirname(dbPath), 'backups')}\n\n数据库未做任何修改。可以从备份恢复，或用 --db 指定其他数据库文件。`,
    buttons: ['退出', '打开数据文件夹'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (choice === 1) void shell.openPath(path.dirname(dbPath) || dataDir);
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const dbPath = resolveDbPath(dbFlag(), process.env, dataDir);
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });

  const printPages = new PrintPages();
  core = startCoreProcess(app.getAppPath(), createElectronPdfPrinter(printPages));
  try {
    // The core opens the database (first run: none yet, the window shows the welcome page).
    await core.start({ dbPath, dataDir, appVersion: APP_VERSION });
  } catch (e) {
    showStoreError(e, dbPath, dataDir);
    app.exit(1);
    return;
  }

  const ses = session.defaultSession;
  hardenSession(ses, { allowDevtools: dev });
  const coreClient = core;
  handleAppProtocol(ses, path.join(app.getAppPath(), 'dist', 'renderer'), printPages, async (token) => {
    const r = await coreClient.view(token);
    return r.ok ? r.value : null;
  });
  registerIpc(core, printPages);

  Menu.setApplicationMenu(buildAppMenu(() => mainWindow, { version: APP_VERSION, dataDir, dbPath, dev }));
  mainWindow = createMainWindow(app.getAppPath());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Everything below must happen before 'ready'.
registerAppScheme();
app.enableSandbox();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  // Two windows on one SQLite file would fight over it; the running instance comes to the front instead.
  app.quit();
} else {
  // Electron and browser mode share one data folder (%APPDATA%\Shenbaotong, ~/.config/Shenbaotong);
  // Chromium's caches go to a subfolder so the school's files stay easy to find.
  const dataDir = defaultDataDir();
  app.setPath('userData', dataDir);
  app.setPath('sessionData', path.join(dataDir, 'electron-session'));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (event) => {
    // The core closes the database (its last writes flushed) before the app ends.
    if (!core || closing) return;
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((e) => {
      dialog.showErrorBox('申报通无法启动', String((e as Error)?.stack ?? e));
      app.exit(1);
    });
}
