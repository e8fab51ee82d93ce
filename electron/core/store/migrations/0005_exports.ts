import type { Migration } from '../migration.js';

// Every export bundle made of an application (when, which file, its hash), and the 佐证材料 it
// picks for its bundle.
export const migration0005: Migration = {
  version: 5,
  name: '0005_exports',
  up(db) {
    db.exec(`
      CREATE TABLE application_export (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        exported_at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        with_pdf INTEGER NOT NULL DEFAULT 0,
        app_version TEXT NOT NULL
      );
      CREATE INDEX application_export_app ON application_export(application_id, exported_at);

      -- The 佐证材料 an application puts into its bundle, in order, each for one 佐证材料页码 key.
      CREATE TABLE application_evidence (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        evidence_key TEXT NOT NULL,
        hash TEXT NOT NULL REFERENCES evidence_file(hash),
        title TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (application_id, evidence_key, hash)
      );
      CREATE INDEX application_evidence_app ON application_evidence(application_id, position);
    `);
  },
};
