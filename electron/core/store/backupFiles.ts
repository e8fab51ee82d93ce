// The backups folder beside the database: names, listing, and the helpers that make a copied
// database file standalone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { type BackupKind, backupKindOf } from '../../../shared/backups/backupReason.js';

export interface BackupInfo {
  path: string;
  /** The file name, which is also the backup's id in the API (never a path). */
  fileName: string;
  reason: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

export function backupsDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

/** school-20250301-080000-before-import.sqlite, ~2 for a second one in the same second. */
const NAME_RE = /^(.+)-(\d{8})-(\d{6})-([^.~]+)(?:~\d+)?\.sqlite$/;

export function parseBackupName(fileName: string): { reason: string; createdAt: string } | null {
  const m = NAME_RE.exec(fileName);
  if (!m) return null;
  const [d, t] = [m[2], m[3]];
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : { reason: m[4], createdAt: new Date(iso).toISOString() };
}

export function backupInfoOf(file: string): BackupInfo | null {
  const fileName = path.basename(file);
  const parsed = parseBackupName(fileName);
  if (!parsed || !fs.existsSync(file)) return null;
  return {
    path: file,
    fileName,
    reason: parsed.reason,
    kind: backupKindOf(parsed.reason),
    createdAt: parsed.createdAt,
    sizeBytes: fs.statSync(file).size,
  };
}

/** Every backup of the database, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupsDirFor(dbPath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => backupInfoOf(path.join(dir, f)))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) =>
      a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : a.createdAt < b.createdAt ? 1 : -1,
    );
}

export function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    /* Windows cannot open a folder this way; its rename is durable enough */
  }
}

/**
 * Makes a freshly copied database file a standalone one: rollback journal instead of WAL (so opening
 * it later, even read-only, creates no -wal/-shm beside it), quick_check passed, flushed to disk.
 */
export function sealDatabaseCopy(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const r = copy.pragma('quick_check', { simple: true });
    if (r !== 'ok') throw new AppError('BACKUP_FAILED', '备份校验未通过，未做任何修改', { file: path.basename(file) });
  } finally {
    copy.close();
  }
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A temporary name in `dir` that the start-up sweep recognises (and only removes once its process is gone). */
export function tempNameIn(dir: string, forName: string): string {
  return path.join(dir, `.${forName}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
}

export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/** Deletes a backup the user chose to delete (kept-until-deleted kinds included). */
export function deleteBackupFile(b: BackupInfo): void {
  fs.rmSync(b.path, { force: true });
}
