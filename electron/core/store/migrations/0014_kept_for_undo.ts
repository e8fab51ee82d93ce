import type { Migration } from '../migration.js';

// A row deleted in a data-set grid can be brought back by 撤销 while its editing session lasts. Its
// 佐证 links and accepted rule exceptions (which the delete triggers of 0007/0012 remove), and the
// references other rows lose with it (仪器设备 → 实训场所, ON DELETE SET NULL), are kept here
// meanwhile, by data set and the deleted row's id, and only an explicit restore moves them back — a
// new row that happens to get the same id never inherits them. Nothing here outlives the session: a
// window's run drops it all when it starts (and when it takes another store). A kept link still
// names its file, so the 佐证 file stays while the row can come back.
export const migration0014: Migration = {
  version: 14,
  name: '0014_kept_for_undo',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_link_kept (
        dataset TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        link_id INTEGER NOT NULL,
        hash TEXT NOT NULL REFERENCES evidence_file(hash),
        name TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        kept_at TEXT NOT NULL,
        PRIMARY KEY (dataset, row_id, hash)
      ) WITHOUT ROWID;
      CREATE INDEX evidence_link_kept_hash ON evidence_link_kept(hash);
      CREATE TABLE rule_exception_kept (
        dataset TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        rule TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        kept_at TEXT NOT NULL,
        PRIMARY KEY (dataset, row_id, rule)
      ) WITHOUT ROWID;
      CREATE TABLE reference_kept (
        dataset TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        from_dataset TEXT NOT NULL,
        from_row_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        kept_at TEXT NOT NULL,
        PRIMARY KEY (dataset, row_id, from_dataset, from_row_id, field)
      ) WITHOUT ROWID;
      CREATE INDEX reference_kept_from ON reference_kept(from_dataset, from_row_id);
    `);
  },
};
