import type { Migration } from '../migration.js';

// Every Excel/CSV import is one batch, so it can be listed and undone in one step. Rows record what
// the batch did to each data-set row: 'insert' (undo deletes it) or 'update' (undo puts back
// before_json). after_json is the row as the import left it, so undo can tell whether the user
// changed it since (and then refuses rather than lose that edit).
export const migration0003: Migration = {
  version: 3,
  name: '0003_import_batches',
  up(db) {
    db.exec(`
      CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        dataset TEXT NOT NULL,
        year INTEGER,
        file_name TEXT NOT NULL,
        sheet TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL,
        columns_json TEXT NOT NULL,
        inserted_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        backup_path TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'undone')),
        created_at TEXT NOT NULL,
        undone_at TEXT
      );
      CREATE INDEX import_batch_dataset ON import_batch(dataset);

      CREATE TABLE import_batch_row (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        row_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
        before_json TEXT,
        after_json TEXT,
        PRIMARY KEY (batch_id, row_id)
      ) WITHOUT ROWID;
    `);
  },
};
