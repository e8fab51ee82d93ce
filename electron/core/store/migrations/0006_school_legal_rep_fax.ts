import type { Migration } from '../migration.js';

// The 346号 申报书 asks for the school's 法定代表人 传真 as well; existing schools start with none.
export const migration0006: Migration = {
  version: 6,
  name: '0006_school_legal_rep_fax',
  up(db) {
    db.exec(`ALTER TABLE school ADD COLUMN legal_rep_fax TEXT NOT NULL DEFAULT ''`);
  },
};
