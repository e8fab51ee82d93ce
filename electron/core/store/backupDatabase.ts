import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';

export interface BackupInfo {
  path: string;
  reason: string;
  createdAt: string;
  sizeBytes: number;
}

export function backupsDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

/**
 * Online backup through SQLite's backup API into a temporary name, verified with quick_check,
 * then renamed into place: a half-written backup never carries a final name.
 */
export async function backupDatabase(
  db: Database.Database,
  dbPath: string,
  reason: string,
  now = new Date(),
): Promise<BackupInfo> {
  const dir = backupsDirFor(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const base = `${path.basename(dbPath).replace(/\.[^.]+$/, '')}-${stamp}-${reason}`;
  let final = path.join(dir, `${base}.sqlite`);
  // '~N' marks a second backup in the same second: a reason may itself end in '-0002'.
  for (let i = 2; fs.existsSync(final); i++) final = path.join(dir, `${base}~${i}.sqlite`);
  const tmp = `${final}.tmp`;
  try {
    await db.backup(tmp);
    const check = new Database(tmp, { readonly: true });
    try {
      const r = check.pragma('quick_check', { simple: true });
      if (r !== 'ok') throw new AppError('BACKUP_FAILED', `备份校验未通过：${String(r)}`, { file: tmp });
    } finally {
      check.close();
    }
    fs.renameSync(tmp, final);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('BACKUP_FAILED', `自动备份失败，未做任何修改：${(e as Error).message}`, { file: final });
  }
  pruneBackups(dir, 10);
  return { path: final, reason, createdAt: now.toISOString(), sizeBytes: fs.statSync(final).size };
}

/** Keeps the newest `keep` backups; older ones are removed. */
export function pruneBackups(dir: string, keep: number): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t || (a.f < b.f ? 1 : -1));
  for (const { f } of files.slice(keep)) fs.rmSync(path.join(dir, f), { force: true });
}

export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupsDirFor(dbPath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => {
      const st = fs.statSync(path.join(dir, f));
      const reason = /-(\d{8}-\d{6})-([^.~]+)(~\d+)?\.sqlite$/.exec(f)?.[2] ?? '';
      return { path: path.join(dir, f), reason, createdAt: st.mtime.toISOString(), sizeBytes: st.size };
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}
