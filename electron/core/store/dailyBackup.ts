import { logEvent } from '../log/appLog.js';
import { backupDatabase } from './backupDatabase.js';
import { type BackupInfo, listBackups } from './backupFiles.js';
import type { Store } from './openStore.js';

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * One backup a day, taken when the app (window or browser mode) opens the database and there is none
 * of today yet; rotation keeps one per day for 14 days. Never stops the app from starting.
 */
export async function ensureDailyBackup(store: Store, now: Date): Promise<BackupInfo | null> {
  if (listBackups(store.path).some((b) => b.kind === 'daily' && sameLocalDay(new Date(b.createdAt), now))) return null;
  try {
    return await backupDatabase(store.db, store.path, 'daily', now);
  } catch {
    logEvent('warn', 'backup.daily-skipped', {});
    return null;
  }
}
