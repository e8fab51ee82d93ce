import type { Migration } from '../migration.js';

// A row may break a rule across its fields on purpose (金额 ≠ 单价 × 数量 for a discounted batch):
// the user accepts the exception once and it is kept here, by data set, row and rule. Like the
// evidence links (0007), an exception goes with its row, so a new row that reuses a deleted row's
// id never inherits it. The data set → table names are written out: a migration must not change
// when the code does.
const TABLES: Readonly<Record<string, string>> = {
  majorGroups: 'major_group',
  majors: 'major',
  teachers: 'teacher',
  rooms: 'room',
  equipment: 'equipment',
  enterprises: 'enterprise',
  awards: 'award',
  certificates: 'certificate',
  training: 'training',
  funding: 'funding',
  indicators: 'indicator',
};

export const migration0012: Migration = {
  version: 12,
  name: '0012_rule_exceptions',
  up(db) {
    db.exec(`
      CREATE TABLE dataset_rule_exception (
        dataset TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        rule TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        PRIMARY KEY (dataset, row_id, rule)
      ) WITHOUT ROWID;
    `);
    for (const [dataset, table] of Object.entries(TABLES)) {
      db.exec(`
        CREATE TRIGGER ${table}_rule_exceptions_go AFTER DELETE ON ${table}
        BEGIN
          DELETE FROM dataset_rule_exception WHERE dataset = '${dataset}' AND row_id = OLD.id;
        END;
      `);
    }
  },
};
