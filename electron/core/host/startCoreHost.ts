import { type ApiError, AppError } from '../../../shared/api/apiError.js';
import { dispatchCall } from '../api/dispatchCall.js';
import { type AppContext, createAppContext, type PdfPrinter } from '../appContext.js';
import { systemClock } from '../clock/systemClock.js';
import { forgetAllKept } from '../datasets/keptForUndo.js';
import { fileExists } from '../files/localFiles.js';
import { createSystemFontCatalog } from '../fonts/systemFontCatalog.js';
import { prepareDataFolder } from '../startup/prepareDataFolder.js';
import { ensureDailyBackup } from '../store/dailyBackup.js';
import { openStore } from '../store/openStore.js';
import type { FromCore, HostPort, MainRequest, ToCore } from './hostMessages.js';

/** The PdfPrinter of the core process: each page goes to main, which prints it in a hidden window. */
function remotePdfPrinter(port: HostPort<ToCore, FromCore>, waiting: Map<number, (m: ToCore) => void>): PdfPrinter {
  let next = 1;
  return {
    printHtmlToPdf(html, opts) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, (m) => {
          if (m.t !== 'printed') return;
          if (m.bytes) resolve(m.bytes);
          else reject(new Error(m.error ?? 'PDF 打印失败'));
        });
        port.post({ t: 'print', id, html, landscape: !!opts?.landscape });
      });
    },
    prewarm() {
      port.post({ t: 'prewarm' });
      return Promise.resolve();
    },
  };
}

async function answerMainRequest(ctx: AppContext, r: MainRequest): Promise<unknown> {
  if (r.op === 'grantRead') return r.paths.map((p) => ctx.files.grantRead(p));
  if (r.op === 'view') return ctx.files.view(r.token);
  if (r.op === 'discard') return ctx.files.discard(r.token);
  return ctx.files.deliver(r.token, r.path);
}

function mainRequestError(e: unknown): ApiError {
  return e instanceof AppError
    ? e.toApiError()
    : { code: 'INTERNAL', message: `文件操作未完成：${(e as Error)?.message ?? String(e)}` };
}

/**
 * The core as its own process (Electron's utilityProcess): the window's process only forwards calls,
 * so a 50,000-row import or a bundle export never freezes the window. Calls run as they arrive and
 * answer in any order; their ids tie answers to questions.
 */
export function startCoreHost(port: HostPort<ToCore, FromCore>): void {
  let ctx: AppContext | null = null;
  const printing = new Map<number, (m: ToCore) => void>();
  port.onMessage((m) => {
    switch (m.t) {
      case 'start': {
        // The log, the ledger of temporary files and the sweep of what a killed run left live where
        // the writes happen: in this process.
        prepareDataFolder(m.dataDir, 'electron');
        // First run: no database yet, the window shows the welcome page (示例学校 / 新建学校).
        const opening = fileExists(m.dbPath) ? openStore(m.dbPath, { appVersion: m.appVersion }) : null;
        Promise.resolve(opening)
          .then(async (store) => {
            if (store) await ensureDailyBackup(store, systemClock());
            // What a grid kept for 撤销 in an earlier run: no undo history outlives a run (the CLI leaves it).
            if (store) forgetAllKept(store.db);
            return store;
          })
          .then(
            (store) => {
              ctx = createAppContext({
                dbPath: m.dbPath,
                dataDir: m.dataDir,
                appVersion: m.appVersion,
                store,
                pdfPrinter: remotePdfPrinter(port, printing),
                fontCatalog: createSystemFontCatalog(),
              });
              port.post({ t: 'ready' });
            },
            (e: unknown) => {
              const error: ApiError =
                e instanceof AppError
                  ? e.toApiError()
                  : { code: 'STORE_OPEN_FAILED', message: `无法打开数据库：${(e as Error)?.message ?? String(e)}` };
              port.post({ t: 'startFailed', error });
            },
          );
        return;
      }
      case 'call': {
        const c = ctx;
        if (!c) {
          port.post({
            t: 'result',
            id: m.id,
            result: { ok: false, error: { code: 'CORE_NOT_READY', message: '申报通尚未启动完成，请稍候再试' } },
          });
          return;
        }
        void dispatchCall(c, m.name, m.input).then((result) => port.post({ t: 'result', id: m.id, result }));
        return;
      }
      case 'main': {
        const c = ctx;
        void (c ? answerMainRequest(c, m.request) : Promise.reject(new Error('core not ready'))).then(
          (value) => port.post({ t: 'result', id: m.id, result: { ok: true, value } }),
          (e: unknown) => port.post({ t: 'result', id: m.id, result: { ok: false, error: mainRequestError(e) } }),
        );
        return;
      }
      case 'printed': {
        const done = printing.get(m.id);
        printing.delete(m.id);
        done?.(m);
        return;
      }
      case 'close': {
        ctx?.files.dispose();
        ctx?.store?.close();
        port.post({ t: 'closed' });
        return;
      }
    }
  });
}
