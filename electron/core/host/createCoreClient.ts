import type { ApiError, ApiResult } from '../../../shared/api/apiError.js';
import type { ChosenFile } from '../../../shared/api/callFields.js';
import type { PdfPrinter } from '../appContext.js';
import type { DeliveredFile } from '../files/fileGrants.js';
import type { FromCore, HostPort, ToCore } from './hostMessages.js';

export interface CoreClient {
  /** Opens the database in the core process; rejects with the core's Chinese error when it cannot. */
  start(init: { dbPath: string; dataDir: string; appVersion: string }): Promise<void>;
  call(name: unknown, input: unknown): Promise<ApiResult<unknown>>;
  /** Paths the user chose in a native dialog become tokens the page can name (main only). */
  grantRead(paths: string[]): Promise<ApiResult<ChosenFile[]>>;
  /** Moves an export from the outbox to the path the user chose in the save dialog (main only). */
  deliver(token: string, path: string): Promise<ApiResult<DeliveredFile>>;
  /** Removes an export the user chose not to save (the save dialog was cancelled). */
  discard(token: string): Promise<ApiResult<boolean>>;
  /** Where a file the window shows lies, and its type (main serves it on app://…/files/view/). */
  view(token: string): Promise<ApiResult<{ path: string; name: string; type: string }>>;
  /** Closes the database (at quit); resolves when the core says it is closed. */
  close(): Promise<void>;
  /** The core process ended: every waiting call is answered with an error, none hangs. */
  exited(code: number | null): void;
}

export class CoreStartError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/**
 * The window process's side of the core process: numbers each call, hands answers back by number,
 * and prints the pages the core asks for (only the window's process can open a print window).
 */
export function createCoreClient(port: HostPort<FromCore, ToCore>, printer: PdfPrinter): CoreClient {
  let next = 1;
  const pending = new Map<number, (r: ApiResult<unknown>) => void>();
  let started: { resolve: () => void; reject: (e: Error) => void } | null = null;
  let closed: (() => void) | null = null;
  let gone = false;

  port.onMessage((m) => {
    switch (m.t) {
      case 'ready':
        started?.resolve();
        return;
      case 'startFailed':
        started?.reject(new CoreStartError(m.error));
        return;
      case 'result': {
        const answer = pending.get(m.id);
        pending.delete(m.id);
        answer?.(m.result);
        return;
      }
      case 'print':
        printer.printHtmlToPdf(m.html, { landscape: m.landscape }).then(
          (bytes) => port.post({ t: 'printed', id: m.id, bytes }),
          (e: unknown) => port.post({ t: 'printed', id: m.id, error: (e as Error)?.message ?? String(e) }),
        );
        return;
      case 'prewarm':
        printer.prewarm?.().catch(() => undefined);
        return;
      case 'closed':
        closed?.();
        return;
    }
  });

  const send = (message: (id: number) => ToCore): Promise<ApiResult<unknown>> => {
    if (gone)
      return Promise.resolve({
        ok: false,
        error: { code: 'CORE_EXITED', message: '申报通的后台进程已退出，请重新启动申报通（已保存的数据不受影响）' },
      });
    const id = next++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      port.post(message(id));
    });
  };

  return {
    start(init) {
      return new Promise((resolve, reject) => {
        started = { resolve, reject };
        port.post({ t: 'start', ...init });
      });
    },
    call(name, input) {
      return send((id) => ({ t: 'call', id, name: typeof name === 'string' ? name : String(name), input }));
    },
    grantRead(paths) {
      return send((id) => ({ t: 'main', id, request: { op: 'grantRead', paths } })) as Promise<ApiResult<ChosenFile[]>>;
    },
    view(token) {
      return send((id) => ({ t: 'main', id, request: { op: 'view', token } })) as Promise<
        ApiResult<{ path: string; name: string; type: string }>
      >;
    },
    deliver(token, path) {
      return send((id) => ({ t: 'main', id, request: { op: 'deliver', token, path } })) as Promise<
        ApiResult<DeliveredFile>
      >;
    },
    discard(token) {
      return send((id) => ({ t: 'main', id, request: { op: 'discard', token } })) as Promise<ApiResult<boolean>>;
    },
    close() {
      if (gone) return Promise.resolve();
      return new Promise((resolve) => {
        closed = resolve;
        port.post({ t: 'close' });
      });
    },
    exited(code) {
      gone = true;
      const error: ApiError = {
        code: 'CORE_EXITED',
        message: `申报通的后台进程意外退出（代码 ${code ?? '未知'}），这一步未完成；请重新启动申报通（已保存的数据不受影响）`,
      };
      for (const answer of pending.values()) answer({ ok: false, error });
      pending.clear();
      started?.reject(new CoreStartError(error));
      closed?.();
    },
  };
}
