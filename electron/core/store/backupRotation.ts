import fs from 'node:fs';
import path from 'node:path';

import { logEvent } from '../log/appLog.js';
import { type BackupInfo, backupInfoOf } from './backupFiles.js';

/** Import, restore and other change backups kept (newest first). */
export const KEEP_CHANGE_BACKUPS = 10;
/** Days for which one daily backup each is kept. */
export const KEEP_DAILY_DAYS = 14;

/** The local calendar day of a backup, as the office counts days. */
function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * What rotation would remove: a pre-migration or manual backup never (the only copy of the data as
 * the previous version kept it — ten imports must not push it out); of the change backups all but
 * the newest 10; of the daily ones those older than 14 days and all but the newest of each day.
 */
export function backupsToPrune(backups: readonly BackupInfo[], now: Date): BackupInfo[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const out: BackupInfo[] = [];
  const changes = newestFirst.filter((b) => b.kind === 'change');
  out.push(...changes.slice(KEEP_CHANGE_BACKUPS));
  // Today and the 13 days before it, counted in local calendar days.
  const oldest = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (KEEP_DAILY_DAYS - 1)).getTime();
  const days = new Set<string>();
  for (const b of newestFirst.filter((x) => x.kind === 'daily')) {
    const day = localDay(b.createdAt);
    if (Date.parse(b.createdAt) < oldest || days.has(day)) out.push(b);
    else days.add(day);
  }
  return out;
}

export function pruneBackups(dir: string, now: Date): void {
  const all = fs
    .readdirSync(dir)
    .map((f) => backupInfoOf(path.join(dir, f)))
    .filter((b): b is BackupInfo => b !== null);
  for (const b of backupsToPrune(all, now)) {
    fs.rmSync(b.path, { force: true });
    logEvent('info', 'backup.rotated', { reason: b.reason, kind: b.kind });
  }
}
