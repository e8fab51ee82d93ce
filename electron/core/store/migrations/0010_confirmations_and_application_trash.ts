import type { Migration } from '../migration.js';

// What a school answered to the conditions the base data cannot decide (346号 1.2 办学定位…), per
// application, or per notice for a self-check that has no application (application_id NULL); and
// deleted applications kept whole, so a deletion can be undone from its history.
export const migration0010: Migration = {
  version: 10,
  name: '0010_confirmations_and_application_trash',
  up(db) {
    db.exec(`
      CREATE TABLE rule_confirmation (
        id INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        application_id INTEGER REFERENCES application(id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
        note TEXT NOT NULL DEFAULT '',
        confirmed_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX rule_confirmation_key ON rule_confirmation(pack_id, ifnull(application_id, 0), rule_id);

      -- A deleted application with everything that hung on it (values, accepted problems, exports,
      -- 佐证材料 picks, confirmations) as JSON, and the backup taken before it went.
      CREATE TABLE application_trash (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL,
        pack_id TEXT NOT NULL,
        title TEXT NOT NULL,
        snapshot_json TEXT NOT NULL,
        backup_path TEXT NOT NULL DEFAULT '',
        deleted_at TEXT NOT NULL,
        restored_at TEXT,
        restored_id INTEGER
      );
    `);
  },
};
