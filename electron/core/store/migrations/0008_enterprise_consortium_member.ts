import type { Migration } from '../migration.js';

// The 258号 推荐书 lists the 产教联合体's member units, which are not every partner of the school:
// a flag says which are. Existing schools start with none marked (NULL) until the office marks them.
export const migration0008: Migration = {
  version: 8,
  name: '0008_enterprise_consortium_member',
  up(db) {
    db.exec('ALTER TABLE enterprise ADD COLUMN consortium_member INTEGER');
  },
};
