import type Database from 'better-sqlite3';

import { scalarText } from '../../../shared/format/scalarText.js';

/**
 * The application a headless export means: the school's application for the notice whose
 * parameters include every --param given (the newest if several). With no --param on the demo
 * school, that is the demo's own application.
 */
export function findApplicationForNotice(
  db: Database.Database,
  packId: string,
  params: Record<string, string | number | boolean>,
): number | undefined {
  const rows = db
    .prepare('SELECT id, params_json FROM application WHERE pack_id = ? ORDER BY updated_at DESC, id DESC')
    .all(packId) as { id: number; params_json: string }[];
  const hit = rows.find((r) => {
    let p: Record<string, unknown> = {};
    try {
      p = JSON.parse(r.params_json) as Record<string, unknown>;
    } catch {
      return false;
    }
    return Object.entries(params).every(([k, v]) => scalarText(p[k]) === String(v));
  });
  return hit?.id;
}
