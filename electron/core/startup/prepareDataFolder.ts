import os from 'node:os';
import path from 'node:path';

import { APP_VERSION } from '../appVersion.js';
import { sweepOutbox } from '../files/fileGrants.js';
import { configureTempLedger, sweepTempLedger } from '../files/tempLedger.js';
import { configureLog, logEvent } from '../log/appLog.js';

/**
 * What every entry point (window, browser mode, CLI) does first with the data folder: start the log
 * there, keep the ledger of temporary files there, and remove what a killed run left behind (its
 * temporary files and its outbox of exports never saved).
 */
export function prepareDataFolder(dataDir: string, entry: 'electron' | 'browser' | 'cli'): void {
  configureLog(dataDir);
  configureTempLedger(path.join(dataDir, 'pending-files'));
  const swept = sweepTempLedger() + sweepOutbox(dataDir);
  logEvent('info', 'start', {
    entry,
    version: APP_VERSION,
    platform: `${process.platform}-${process.arch}`,
    os: os.release(),
    node: process.versions.node,
    swept: swept || undefined,
  });
}
