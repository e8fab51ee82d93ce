import type { Migration } from '../migration.js';

// Each school database gets a random identity of its own. The renderer keys what it keeps outside the
// database (the journal of keystrokes not yet saved) by it, so that a journal written for application
// 5 of one school can never be replayed into application 5 of another school's database.
export const migration0013: Migration = {
  version: 13,
  name: '0013_store_identity',
  up(db) {
    db.exec(`
      CREATE TABLE store_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        database_id TEXT NOT NULL CHECK (length(database_id) = 32),
        created_at TEXT NOT NULL
      );
      INSERT INTO store_identity (id, database_id, created_at)
        VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ','now'));
    `);
  },
};
