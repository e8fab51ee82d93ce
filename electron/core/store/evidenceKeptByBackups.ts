import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { logEvent } from '../log/appLog.js';
import { listBackups } from './backupFiles.js';
import { withReadableDatabase } from './inspectDatabaseFile.js';

// 佐证 files live beside the database, not inside it, so a backup holds only their hashes. A file
// whose last link is removed therefore stays as long as some backup still lists it: restoring that
// backup must bring back the school's 营业执照 too, not a reference to a file that is gone.

function hashesOf(db: Database.Database): string[] {
  try {
    return (db.prepare('SELECT hash FROM evidence_file').all() as { hash: string }[]).map((r) => r.hash);
  } catch {
    return []; // a database from before 佐证材料 existed
  }
}

/** Hashes any backup of the database lists; null when a backup cannot be read (then nothing may go). */
export function evidenceInBackups(dbPath: string): Set<string> | null {
  const kept = new Set<string>();
  for (const b of listBackups(dbPath)) {
    try {
      for (const h of withReadableDatabase(b.path, hashesOf)) kept.add(h);
    } catch {
      return null;
    }
  }
  return kept;
}

/** Removes 佐证 files neither the database nor any backup lists any more; returns how many. */
export function collectEvidenceGarbage(db: Database.Database, dbPath: string): number {
  const dir = path.join(path.dirname(dbPath), 'evidence');
  if (!fs.existsSync(dir)) return 0;
  const kept = evidenceInBackups(dbPath);
  if (!kept) return 0;
  for (const h of hashesOf(db)) kept.add(h);
  let removed = 0;
  for (const sub of fs.readdirSync(dir)) {
    const subDir = path.join(dir, sub);
    if (!/^[0-9a-f]{2}$/.test(sub) || !fs.statSync(subDir).isDirectory()) continue;
    for (const name of fs.readdirSync(subDir)) {
      if (!/^[0-9a-f]{64}$/.test(name) || kept.has(name)) continue;
      fs.rmSync(path.join(subDir, name), { force: true });
      removed++;
    }
  }
  if (removed) logEvent('info', 'evidence.garbage-collected', { files: removed });
  return removed;
}
