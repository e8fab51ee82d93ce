import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';

import Database from 'better-sqlite3';
import yazl from 'yazl';

import { AppError } from '../../../shared/api/apiError.js';
import {
  PACKAGE_DATABASE,
  PACKAGE_MANIFEST,
  PACKAGE_README,
  PERSONAL_DATA_NOTICE,
  SCHOOL_PACKAGE_FORMAT,
  SCHOOL_PACKAGE_VERSION,
  type SchoolPackageManifest,
} from '../../../shared/bundles/schoolPackageManifest.js';
import { hashingStream } from '../bundles/hashingStream.js';
import { evidenceDir } from '../evidence/evidenceStore.js';
import { tempPathFor, writeFileAtomic } from '../files/writeFileAtomic.js';
import { type DatabaseFacts, databaseFacts } from './databaseFacts.js';

export interface SchoolPackageResult {
  path: string;
  sizeBytes: number;
  sha256: string;
  manifest: SchoolPackageManifest;
  warnings: string[];
}

type ListedFile = SchoolPackageManifest['files'][number];

/**
 * A consistent copy of the live database: VACUUM INTO writes a snapshot of one read transaction
 * (other writers carry on), and the copy must pass a full integrity_check and foreign_key_check
 * before anything is packed. The copy sits beside the database, under a temporary name.
 */
function snapshotDatabase(db: Database.Database, dbPath: string): { copy: string; facts: DatabaseFacts } {
  const copy = tempPathFor(path.join(path.dirname(dbPath), 'school-package.sqlite'));
  try {
    db.prepare('VACUUM INTO ?').run(copy);
    const check = new Database(copy, { readonly: true });
    try {
      const ok = check.pragma('integrity_check', { simple: true });
      const fk = check.pragma('foreign_key_check') as unknown[];
      if (ok !== 'ok' || fk.length)
        throw new AppError(
          'SCHOOL_PACKAGE_DB_DAMAGED',
          `数据库完整性检查未通过（${String(ok)}${fk.length ? `，外键问题 ${fk.length} 处` : ''}），未生成学校数据包。请先从备份恢复数据库`,
          { file: dbPath },
        );
      return { copy, facts: databaseFacts(check) };
    } finally {
      check.close();
    }
  } catch (e) {
    fs.rmSync(copy, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('SCHOOL_PACKAGE_FAILED', `无法复制数据库，未生成学校数据包：${(e as Error).message}`, {
      file: dbPath,
    });
  }
}

/** Adds a file to the zip, hashing it as yazl reads it; resolves with its hash and size once read. */
function addHashed(zip: yazl.ZipFile, source: string, entry: string, compress: boolean, mtime: Date) {
  return new Promise<{ sha256: string; size: number }>((resolve, reject) => {
    zip.addReadStreamLazy(entry, { mtime, mode: 0o100644, compress }, (cb) => {
      const tap = hashingStream(resolve).stream;
      const rs = fs.createReadStream(source);
      rs.on('error', (e) => {
        reject(e);
        tap.destroy(e);
      });
      cb(null, rs.pipe(tap));
    });
  });
}

/**
 * Writes the 学校数据包 to `outPath` atomically: a verified copy of the database, every 佐证材料
 * file the database lists (byte for byte, hashed on the way) and manifest.json with the hashes, the
 * school, the schema version and the personal-data notice, which a README in the package repeats.
 */
export async function exportSchoolPackage(
  db: Database.Database,
  dbPath: string,
  outPath: string,
  opts: { appVersion: string; now: Date },
): Promise<SchoolPackageResult> {
  const { copy, facts } = snapshotDatabase(db, dbPath);
  const warnings: string[] = [];
  const files: ListedFile[] = [];
  const missingEvidence: SchoolPackageManifest['missingEvidence'] = [];
  let manifest!: SchoolPackageManifest;
  try {
    const whole = hashingStream();
    await writeFileAtomic(outPath, async (out) => {
      const zip = new yazl.ZipFile();
      zip.outputStream.pipe(whole.stream).pipe(out);
      const written = finished(out);
      written.catch(() => undefined);
      const readme = Buffer.from(`${PERSONAL_DATA_NOTICE}\r\n\r\n学校：${facts.school.name}\r\n`, 'utf8');
      zip.addBuffer(readme, PACKAGE_README, { mtime: opts.now, mode: 0o100644 });
      files.push({
        path: PACKAGE_README,
        kind: 'readme',
        size: readme.length,
        sha256: crypto.createHash('sha256').update(readme).digest('hex'),
      });
      const pending: Promise<void>[] = [
        addHashed(zip, copy, PACKAGE_DATABASE, true, opts.now).then((h) => {
          files.push({ path: PACKAGE_DATABASE, kind: 'database', ...h });
        }),
      ];
      for (const ev of facts.evidence) {
        const source = path.join(evidenceDir(dbPath), ev.sha256.slice(0, 2), ev.sha256);
        if (!fs.existsSync(source)) {
          missingEvidence.push({ sha256: ev.sha256, name: ev.name });
          continue;
        }
        const entry = `evidence/${ev.sha256.slice(0, 2)}/${ev.sha256}`;
        // PDFs and images are compressed already: stored as they are.
        pending.push(
          addHashed(zip, source, entry, false, opts.now).then((h) => {
            files.push({ path: entry, kind: 'evidence', name: ev.name, ...h });
            if (h.sha256 !== ev.sha256)
              warnings.push(`佐证材料「${ev.name}」的文件内容与登记的不一致（文件已被改动或损坏），已按现状放入数据包`);
          }),
        );
      }
      await Promise.all(pending);
      if (missingEvidence.length)
        warnings.push(
          `有 ${missingEvidence.length} 个佐证材料的文件在本机已经找不到（${missingEvidence
            .slice(0, 3)
            .map((m) => m.name)
            .join('、')}${missingEvidence.length > 3 ? '…' : ''}），数据包中没有这些文件`,
        );
      manifest = {
        format: SCHOOL_PACKAGE_FORMAT,
        formatVersion: SCHOOL_PACKAGE_VERSION,
        appVersion: opts.appVersion,
        schemaVersion: facts.schemaVersion,
        schemaName: facts.schemaName,
        createdAt: opts.now.toISOString(),
        school: facts.school,
        personalData: true,
        notice: PERSONAL_DATA_NOTICE,
        counts: facts.counts,
        applications: facts.applications,
        files: [...files].sort((a, b) => (a.path < b.path ? -1 : 1)),
        missingEvidence,
      };
      zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), PACKAGE_MANIFEST, {
        mtime: opts.now,
        mode: 0o100644,
      });
      zip.end();
      await written;
    });
    const { sha256, size } = whole.result();
    return { path: outPath, sizeBytes: size, sha256, manifest, warnings };
  } finally {
    fs.rmSync(copy, { force: true });
  }
}
