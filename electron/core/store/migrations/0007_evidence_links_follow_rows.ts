import type { Migration } from '../migration.js';

// 佐证材料 are linked to a record by (data set, row id). Deleting the record left its links behind,
// and SQLite hands a deleted last row's id to the next new row — which then showed (and could
// bundle) the deleted record's 营业执照. Links now go with their record, and existing orphans go.
// The data set → table names are written out: a migration must not change when the code does.
const TABLES: Readonly<Record<string, string>> = {
  school: 'school',
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

export const migration0007: Migration = {
  version: 7,
  name: '0007_evidence_links_follow_rows',
  up(db) {
    for (const [dataset, table] of Object.entries(TABLES)) {
      db.exec(`
        DELETE FROM evidence_link WHERE dataset = '${dataset}' AND row_id NOT IN (SELECT id FROM ${table});
        CREATE TRIGGER ${table}_evidence_links_go AFTER DELETE ON ${table}
        BEGIN
          DELETE FROM evidence_link WHERE dataset = '${dataset}' AND row_id = OLD.id;
        END;
      `);
    }
  },
};
