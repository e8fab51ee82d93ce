import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { AppError } from '../../../shared/api/apiError.js';
import { createAppContext } from '../appContext.js';
import { APP_VERSION } from '../appVersion.js';
import { systemClock } from '../clock/systemClock.js';
import { forgetAllKept } from '../datasets/keptForUndo.js';
import { defaultExportDir } from '../files/exportFolder.js';
import { createSystemFolderOpener } from '../files/folderOpener.js';
import { createSystemFontCatalog } from '../fonts/systemFontCatalog.js';
import { errorFields, logEvent } from '../log/appLog.js';
import { defaultDataDir, resolveDbPath } from '../paths/dataPaths.js';
import { createChromiumPdfPrinter } from '../render/printPdfWithChromium.js';
import { prepareDataFolder } from '../startup/prepareDataFolder.js';
import { ensureDailyBackup } from '../store/dailyBackup.js';
import { openStore } from '../store/openStore.js';
import { startBrowserServer } from './startBrowserServer.js';

/**
 * Entry of browser mode (`npm start` without the Electron binary, or `npm run browser`):
 * opens the school database if it exists (first run shows the welcome page) and serves the app.
 */
async function main() {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: true,
  });
  const dataDir = defaultDataDir();
  const dbPath = resolveDbPath(values.db, process.env, dataDir);
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  prepareDataFolder(dataDir, 'browser');
  // A stray rejected promise is logged; it must not end the server the user's page talks to.
  process.on('unhandledRejection', (e) => logEvent('error', 'browser.unhandled-rejection', errorFields(e)));
  const store = fs.existsSync(dbPath) ? await openStore(dbPath, { appVersion: APP_VERSION }) : null;
  if (store) await ensureDailyBackup(store, systemClock());
  // What a grid kept for 撤销 in an earlier run (closed or crashed): no undo history outlives a run.
  // Only the window's front doors drop it — a CLI command on the same database leaves it for the window.
  if (store) forgetAllKept(store.db);
  const ctx = createAppContext({
    dbPath,
    dataDir,
    appVersion: APP_VERSION,
    store,
    // One Chromium kept ready for PDFs (closed after 10 idle minutes), the PC's own font list, and
    // the export folder the page is told about (a browser download lands where the app cannot say).
    pdfPrinter: createChromiumPdfPrinter({ keepWarm: true }),
    fontCatalog: createSystemFontCatalog(),
    exportDir: defaultExportDir(),
    folderOpener: createSystemFolderOpener(),
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  // SHENBAOTONG_RENDERER_DIR: a renderer built elsewhere (the benchmarks build their own copy).
  const rendererDir = path.resolve(
    process.env.SHENBAOTONG_RENDERER_DIR ?? path.resolve(here, '../../../dist/renderer'),
  );
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new AppError('RENDERER_MISSING', '界面文件尚未构建，请先运行 npm run build');
  }
  const server = await startBrowserServer(ctx, { rendererDir, port: values.port ? Number(values.port) : undefined });
  process.stdout.write(
    `申报通（浏览器模式）已启动，请在浏览器中打开 / Open in your browser:\n  ${server.url}\n数据库 / Database: ${dbPath}\n按 Ctrl+C 退出 / Ctrl+C to quit\n`,
  );
  const stop = async () => {
    await server.close();
    await ctx.pdfPrinter?.close?.();
    ctx.store?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  process.stderr.write(`申报通无法启动：${e instanceof AppError ? e.message : (e as Error).stack}\n`);
  process.exit(1);
});
