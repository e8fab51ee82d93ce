import fs from 'node:fs';
import path from 'node:path';

import { AS_FOUND_REASONS } from '../../../shared/backups/backupReason.js';
import { processAlive, TEMP_NAME } from '../files/tempLedger.js';
import { logEvent } from '../log/appLog.js';
import { backupsDirFor, parseBackupName, sealDatabaseCopy } from './backupFiles.js';

// What a killed process leaves beside a database: a backup or restore copy under its temporary name
// (and SQLite's journal of it), and from versions before this one, `*.sqlite.tmp` backups and the
// `-wal`/`-shm` files that opening a WAL-mode backup left behind. Removed when the database is next
// opened; a temporary file of a process still running is left to it. Likewise a 学校数据包 restore's
// staging folder and the files it moved aside.

const LEGACY = /\.sqlite\.tmp(?:-wal|-shm|-journal)?$/;
const SQLITE_SIDE = /(-wal|-shm|-journal)$/;

function isOrphanTemp(name: string): boolean {
  const m = TEMP_NAME.exec(name.replace(SQLITE_SIDE, ''));
  return !!m && !processAlive(Number(m[1]));
}

/** A 学校数据包 restore's staging folder (`.restore-PID-XXXXXX`, stageSchoolPackage). */
const STAGING_DIR = /^\.restore-(\d+)-/;
/** The database (or its -wal/-shm) moved aside while a 学校数据包 took its place (placeStagedPackage). */
const REPLACED = /^(.*)\.replaced-\d+-[0-9a-f]{6}$/;

/**
 * A 学校数据包 restore killed while swapping files: if the database is gone, the newest copy moved
 * aside comes back (the restore did not happen); once the new database is in place, the copies
 * moved aside are removed (the restore happened; its backup was taken before).
 */
function finishInterruptedSwap(dbDir: string, dbBase: string, removed: string[]): void {
  const aside = fs
    .readdirSync(dbDir)
    .filter((n) => REPLACED.exec(n)?.[1].replace(/-(wal|shm)$/, '') === dbBase)
    .sort()
    .reverse();
  if (!aside.length) return;
  if (!fs.existsSync(path.join(dbDir, dbBase))) {
    const stamp = aside.find((n) => REPLACED.exec(n)![1] === dbBase)?.slice(dbBase.length);
    if (stamp)
      for (const side of ['', '-wal', '-shm']) {
        const from = path.join(dbDir, `${dbBase}${side}${stamp}`);
        if (fs.existsSync(from)) fs.renameSync(from, path.join(dbDir, dbBase + side));
      }
    logEvent('warn', 'store.restore-swap-undone', {});
  }
  for (const name of aside) {
    if (!fs.existsSync(path.join(dbDir, name))) continue;
    fs.rmSync(path.join(dbDir, name), { force: true });
    removed.push(name);
  }
}

/** Returns the names removed. */
export function sweepStoreLeftovers(dbPath: string): string[] {
  const removed: string[] = [];
  const dbBase = path.basename(dbPath);
  const dbDir = path.dirname(dbPath);
  if (fs.existsSync(dbDir)) {
    finishInterruptedSwap(dbDir, dbBase, removed);
    for (const name of fs.readdirSync(dbDir)) {
      const staging = STAGING_DIR.exec(name);
      const orphan = name.startsWith(`.${dbBase}.`) && isOrphanTemp(name);
      if (orphan || (staging && !processAlive(Number(staging[1])))) {
        fs.rmSync(path.join(dbDir, name), { recursive: true, force: true });
        removed.push(name);
      }
    }
  }
  const dir = backupsDirFor(dbPath);
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const backup = SQLITE_SIDE.test(name) ? parseBackupName(name.replace(SQLITE_SIDE, '')) : null;
      // The journal of a database kept as found is part of it, not a leftover.
      const sideOfBackup = backup && !AS_FOUND_REASONS.includes(backup.reason);
      if (isOrphanTemp(name) || LEGACY.test(name) || sideOfBackup) {
        fs.rmSync(file, { force: true });
        removed.push(name);
      }
    }
    // Backups made before backups were sealed are in WAL mode: opening one would leave -wal/-shm.
    for (const name of fs.readdirSync(dir)) {
      if (!parseBackupName(name)) continue;
      const file = path.join(dir, name);
      try {
        const head = Buffer.alloc(20);
        const fd = fs.openSync(file, 'r');
        fs.readSync(fd, head, 0, 20, 0);
        fs.closeSync(fd);
        if (head[18] === 2) sealDatabaseCopy(file);
      } catch {
        /* a damaged backup stays as it is: its check reports it */
      }
    }
  }
  if (removed.length) logEvent('info', 'store.swept-leftovers', { files: removed.length });
  return removed;
}
