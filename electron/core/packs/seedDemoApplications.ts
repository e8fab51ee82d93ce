import type Database from 'better-sqlite3';

import type { Pack } from '../../../shared/packs/packSchema.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import { countWordChars } from '../../../shared/validation/countWordChars.js';
import { loadBaseDataSnapshot } from '../datasets/loadBaseDataSnapshot.js';
import { insertApplication, writeOverride } from './applicationRepo.js';
import { defaultApplicationTitle } from './defaultApplicationTitle.js';
import { getLibraryPack } from './packLibrary.js';

export const DEMO_APPLICATION_PACKS = ['henan-2024-346'] as const;

/** A sample text for a narrative field, clearly marked as an example, within its word limit. */
function sampleNarrative(label: string, limit: number | undefined): string {
  const sentence = `（示例）本校围绕「${label}」，坚持校企共建、协同育人，明确时间、内容和预期结果，逐年推进并接受检查。`;
  const target = Math.min(limit ?? 300, 300) * 0.6;
  let text = sentence;
  while (countWordChars(text + sentence) <= target) text += sentence;
  return text;
}

function createDemoApplication(db: Database.Database, pack: Pack, now: Date): number {
  const snapshot = loadBaseDataSnapshot(db);
  const rp = resolveParameters(pack, snapshot, {}, now.toISOString().slice(0, 10));
  const id = insertApplication(db, pack.id, defaultApplicationTitle(pack, rp.labels), rp.params);
  for (const f of pack.fields) {
    if (f.type === 'narrative' && !f.bind) writeOverride(db, id, f.key, sampleNarrative(f.label, f.wordLimit));
  }
  return id;
}

/**
 * Gives the demo school its own application for each demo notice, with the parameters' defaults
 * (so `export henan-2024-346` without --param uses it) and example narratives within their limits.
 * A missing or broken seed pack is skipped: the demo school still opens.
 */
export function seedDemoApplications(db: Database.Database, now: Date): number[] {
  const ids: number[] = [];
  for (const packId of DEMO_APPLICATION_PACKS) {
    let pack: Pack;
    try {
      pack = getLibraryPack(db, packId).pack;
    } catch (e) {
      console.warn(`[申报通] 示例申报未创建：${(e as Error).message}`);
      continue;
    }
    ids.push(db.transaction(() => createDemoApplication(db, pack, now))());
  }
  return ids;
}
