import crypto from 'node:crypto';
import fs from 'node:fs';

import Database from 'better-sqlite3';

// Bookkeeping tables change on every open or import; the school's data is everything else.
const BOOKKEEPING = new Set(['store_identity', 'schema_migration', 'import_batch', 'import_batch_row']);

export interface DbState {
  /** integrity_check and foreign_key_check both pass. */
  intact: boolean;
  /** Rows per table. */
  counts: Record<string, number>;
  /** SHA-256 of each data table's rows (sorted, ids included). */
  tables: Record<string, string>;
  /** All data tables together. */
  fingerprint: string;
}

/**
 * Opens the database as the next start would (WAL recovery included) and reads its state. A file
 * that does not open at all counts as not intact.
 */
export function inspectDb(file: string): DbState {
  if (!fs.existsSync(file)) return { intact: false, counts: {}, tables: {}, fingerprint: 'missing' };
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch {
    return { intact: false, counts: {}, tables: {}, fingerprint: 'unopenable' };
  }
  try {
    const ok = db.pragma('integrity_check', { simple: true }) === 'ok';
    const fk = (db.pragma('foreign_key_check') as unknown[]).length === 0;
    const names = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    const counts: Record<string, number> = {};
    const tables: Record<string, string> = {};
    const all = crypto.createHash('sha256');
    for (const t of names) {
      counts[t] = (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
      if (BOOKKEEPING.has(t)) continue;
      // Sorted as text rather than ORDER BY rowid: a WITHOUT ROWID table (0012's rule exceptions) has
      // no rowid, and asking for one made every inspection read as a damaged database.
      const rows = (db.prepare(`SELECT * FROM "${t}"`).all() as object[]).map((row) => JSON.stringify(row)).sort();
      tables[t] = crypto.createHash('sha256').update(rows.join('\n')).digest('hex');
      all.update(`${t}:${tables[t]}`);
    }
    return { intact: ok && fk, counts, tables, fingerprint: all.digest('hex') };
  } catch {
    return { intact: false, counts: {}, tables: {}, fingerprint: 'unreadable' };
  } finally {
    db.close();
  }
}

/** SHA-256 of one table's rows without ids and times (what an import put there, whatever ids it got, whenever). */
export function tableContent(file: string, table: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    const cols = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c !== 'id' && !c.endsWith('_at'));
    const rows = (db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${table}"`).all() as object[]).map(
      (r) => JSON.stringify(r),
    );
    return crypto.createHash('sha256').update(rows.sort().join('\n')).digest('hex');
  } finally {
    db.close();
  }
}
