import type Database from 'better-sqlite3';

import type { Pack } from '../../../shared/packs/packSchema.js';

/**
 * The notice's own words when one more application would go over its quota (346号: 每所高等职业学校
 * 限报1个). A warning, not a refusal: a school may draft a second one to choose between.
 */
export function quotaWarning(db: Database.Database, pack: Pack): string | undefined {
  const quota = pack.submission?.quota;
  if (!quota) return undefined;
  const existing = (db.prepare('SELECT count(*) AS n FROM application WHERE pack_id = ?').get(pack.id) as { n: number })
    .n;
  if (existing < quota.max) return undefined;
  return `通知要求「${quota.text}」，本校已有 ${existing} 份「${pack.docNo}」的申报；再建一份将超过名额，报送时只能选其中 ${quota.max} 份。`;
}
