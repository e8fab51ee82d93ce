import path from 'node:path';

import { utilityProcess } from 'electron';

import type { PdfPrinter } from '../core/appContext.js';
import { type CoreClient, createCoreClient } from '../core/host/createCoreClient.js';
import type { FromCore, ToCore } from '../core/host/hostMessages.js';

/**
 * Starts the core (database, imports, exports, PDF layout) in an Electron utility process beside the
 * window's process, so long work never freezes the window. PDF pages come back here to print.
 */
export function startCoreProcess(appPath: string, printer: PdfPrinter): CoreClient {
  const child = utilityProcess.fork(path.join(appPath, 'dist-electron', 'core.cjs'), [], {
    serviceName: '申报通核心',
  });
  const listeners: ((m: FromCore) => void)[] = [];
  child.on('message', (m: FromCore) => listeners.forEach((l) => l(m)));
  const client = createCoreClient(
    { post: (m: ToCore) => child.postMessage(m), onMessage: (l) => listeners.push(l) },
    printer,
  );
  child.on('exit', (code) => client.exited(code));
  return client;
}
