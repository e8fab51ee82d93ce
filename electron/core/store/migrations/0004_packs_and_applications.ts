import type { Migration } from '../migration.js';

// Packs imported from a file (seed packs are read from assets/ and never stored), and the problems
// a user explicitly accepted on an application (they no longer block its export).
export const migration0004: Migration = {
  version: 4,
  name: '0004_packs_and_applications',
  up(db) {
    db.exec(`
      CREATE TABLE pack (
        id TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );

      CREATE TABLE application_accepted_problem (
        application_id INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        field_key TEXT NOT NULL,
        code TEXT NOT NULL,
        accepted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        PRIMARY KEY (application_id, field_key, code)
      );
    `);
  },
};
