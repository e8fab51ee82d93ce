import type { Migration } from '../migration.js';

// The base data tables as they stand at this migration (a migration never reads the live registry).
const BASE_DATA_TABLES = [
  'school',
  'major_group',
  'major',
  'teacher',
  'room',
  'equipment',
  'enterprise',
  'award',
  'certificate',
  'training',
  'funding',
  'indicator',
];

// A counter that every write to the base data moves, whoever writes (grid, import, undo, restore of
// a year, bundle import). Reading the whole base data (a 20,000-row ledger) for every preview or PDF
// is then needed only when the counter moved since the last read.
export const migration0011: Migration = {
  version: 11,
  name: '0011_base_data_version',
  up(db) {
    db.exec(`
      CREATE TABLE base_data_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL
      );
      INSERT INTO base_data_version (id, n) VALUES (1, 0);
    `);
    for (const t of BASE_DATA_TABLES) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(
          `CREATE TRIGGER ${t}_${op.toLowerCase()}_moves_base_data_version AFTER ${op} ON ${t}
           BEGIN UPDATE base_data_version SET n = n + 1 WHERE id = 1; END;`,
        );
      }
    }
  },
};
