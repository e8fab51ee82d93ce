import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { evidenceDir } from '../evidence/evidenceStore.js';
import { renameWithRetry } from '../files/writeFileAtomic.js';
import { backupDatabase, type BackupInfo, backupsDirFor } from '../store/backupDatabase.js';
import { backupInfoOf } from '../store/backupFiles.js';
import type { StagedPackage } from './stageSchoolPackage.js';
import { stageSchoolPackage } from './stageSchoolPackage.js';

export interface RestoreResult {
  dbPath: string;
  /** The database the package replaced, backed up first (none when the target was new). */
  backup?: BackupInfo;
  staged: Pick<StagedPackage, 'manifest' | 'facts' | 'warnings'>;
  evidenceAdded: number;
}

function sha256Of(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A database file that already holds a school (an empty or absent file does not). */
export function holdsData(dbPath: string): boolean {
  return fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0;
}

/**
 * Puts a staged package in place of the database at `target`, all or nothing: evidence files are
 * added beside it (content-addressed, so existing ones stay: an earlier backup still finds its
 * files), then the database file and its WAL are moved aside and the staged database renamed into
 * place. Any failure moves everything back. The caller has closed every connection to `target`.
 */
export async function placeStagedPackage(staged: StagedPackage, target: string): Promise<number> {
  const evDir = evidenceDir(target);
  const added: string[] = [];
  const aside: [string, string][] = [];
  // Only has to be unique beside the files it sets aside.
  const stamp = crypto.randomBytes(6).toString('hex');
  try {
    for (const [hash, file] of staged.evidence) {
      const dest = path.join(evDir, hash.slice(0, 2), hash);
      if (fs.existsSync(dest)) {
        if (fs.statSync(dest).size === fs.statSync(file).size && sha256Of(dest) === sha256Of(file)) continue;
        fs.renameSync(dest, `${dest}.replaced-${stamp}`);
        aside.push([`${dest}.replaced-${stamp}`, dest]);
      }
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      await renameWithRetry(file, dest);
      added.push(dest);
    }
    for (const suffix of ['', '-wal', '-shm']) {
      const f = target + suffix;
      if (!fs.existsSync(f)) continue;
      await renameWithRetry(f, `${f}.replaced-${stamp}`);
      aside.push([`${f}.replaced-${stamp}`, f]);
    }
    await renameWithRetry(staged.dbPath, target);
  } catch (e) {
    for (const f of added) fs.rmSync(f, { force: true });
    for (const [from, to] of aside.reverse()) fs.renameSync(from, to);
    throw new AppError('SCHOOL_PACKAGE_RESTORE_FAILED', `恢复未完成，原有数据未改动：${(e as Error).message}`, {
      file: target,
    });
  }
  for (const [from] of aside) fs.rmSync(from, { force: true });
  return added.length;
}

/**
 * The backup of a database that is not open (the CLI's --replace, or a school the app could not
 * open): SQLite's online backup, verified. A file SQLite cannot read (damaged — the very case a
 * restore is for) is copied as it is, with its WAL, so nothing is lost either way.
 */
export async function backupClosed(dbPath: string, now: Date): Promise<BackupInfo> {
  let db: Database.Database | null = null;
  try {
    db = new Database(dbPath, { fileMustExist: true });
    db.pragma('schema_version');
    return await backupDatabase(db, dbPath, 'before-school-restore', now);
  } catch {
    db?.close();
    db = null;
    const dir = backupsDirFor(dbPath);
    fs.mkdirSync(dir, { recursive: true });
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
    const base = path.join(
      dir,
      `${path.basename(dbPath).replace(/\.[^.]+$/, '')}-${stamp}-before-school-restore-unreadable`,
    );
    for (const suffix of ['', '-wal', '-shm'])
      if (fs.existsSync(dbPath + suffix)) fs.copyFileSync(dbPath + suffix, `${base}.sqlite${suffix}`);
    return backupInfoOf(`${base}.sqlite`)!;
  } finally {
    db?.close();
  }
}

/**
 * `school import`: restores a package into the database file `target` (not open anywhere). A file
 * that already holds a school is replaced only with `replace`, after a verified backup.
 */
export async function restoreSchoolPackageFile(
  source: string,
  file: string,
  target: string,
  opts: { replace: boolean; appVersion: string; now: Date },
): Promise<RestoreResult> {
  const exists = holdsData(target);
  if (exists && !opts.replace)
    throw new AppError(
      'SCHOOL_PACKAGE_TARGET_EXISTS',
      `数据库文件已存在且有数据：${target}。恢复学校数据包会替换其中的全部数据；确实要替换时请加 --replace（会先自动备份现有数据库）。未做任何修改`,
      { file: target },
    );
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staged = await stageSchoolPackage(source, file, path.dirname(target), opts.appVersion);
  try {
    const backup = exists ? await backupClosed(target, opts.now) : undefined;
    const evidenceAdded = await placeStagedPackage(staged, target);
    return { dbPath: target, backup, staged, evidenceAdded };
  } finally {
    fs.rmSync(staged.dir, { recursive: true, force: true });
  }
}
