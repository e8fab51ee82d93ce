import type { Migration } from '../migration.js';

// Year-by-year figures need an end as well as a start: an asset written off (报废/处置) leaves the
// 仪器设备总值 from that date on, and a partnership that ended stops counting as 合作企业 —
// without rewriting earlier years, as deleting the record would. Existing records have no end.
export const migration0009: Migration = {
  version: 9,
  name: '0009_disposal_and_cooperation_end',
  up(db) {
    db.exec(`
      ALTER TABLE equipment ADD COLUMN disposal_date TEXT NOT NULL DEFAULT '';
      ALTER TABLE enterprise ADD COLUMN cooperation_until TEXT NOT NULL DEFAULT '';
    `);
  },
};
