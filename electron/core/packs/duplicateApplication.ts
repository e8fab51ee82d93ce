import type Database from 'better-sqlite3';

import type { ParamValue } from '../../../shared/packs/packSchema.js';
import { childTables, insertRow, type Row } from './applicationChildren.js';
import { getApplication, insertApplication } from './applicationRepo.js';

// Tables not copied: the export record belongs to the application that was exported.
const NOT_COPIED = new Set(['application_export']);

/**
 * A new draft with the same typed texts, accepted problems, 佐证材料 picks and confirmations (for
 * next year's round of the same notice), under a new title and, if given, other parameters.
 */
export function duplicateApplication(
  db: Database.Database,
  id: number,
  title: string,
  params: Record<string, ParamValue>,
): number {
  const from = getApplication(db, id);
  return db.transaction(() => {
    const newId = insertApplication(db, from.packId, title, params);
    for (const c of childTables(db)) {
      if (NOT_COPIED.has(c.table)) continue;
      for (const r of db.prepare(`SELECT * FROM ${c.table} WHERE ${c.column} = ?`).all(id) as Row[]) {
        const copy = Object.fromEntries(Object.entries(r).filter(([k]) => k !== c.rowid));
        insertRow(db, c.table, { ...copy, [c.column]: newId });
      }
    }
    return newId;
  })();
}
