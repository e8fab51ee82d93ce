import crypto from 'node:crypto';

import type Database from 'better-sqlite3';

/** The database's own random identity (migration 0011); '' on a database without one. */
export function databaseIdOf(db: Database.Database): string {
  try {
    return (
      (db.prepare('SELECT database_id AS id FROM store_identity WHERE id = 1').get() as { id: string } | undefined)
        ?.id ?? ''
    );
  } catch {
    return '';
  }
}

/**
 * A restored database is a different state of the school's data: it gets a new identity, so keystrokes
 * journalled against the state it replaced are not replayed into it.
 */
export function renewDatabaseId(db: Database.Database): string {
  const id = crypto.randomBytes(16).toString('hex');
  db.prepare('UPDATE store_identity SET database_id = ? WHERE id = 1').run(id);
  return id;
}
