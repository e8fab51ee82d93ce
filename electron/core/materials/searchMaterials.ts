import type Database from 'better-sqlite3';

import type { MaterialItem } from '../../../shared/api/materialCalls.js';
import type { Pack } from '../../../shared/packs/packSchema.js';
import { countWordChars } from '../../../shared/validation/countWordChars.js';
import { getLibraryPack } from '../packs/packLibrary.js';

export interface MaterialQuery {
  query: string;
  wordLimit?: number;
  excludeApplicationId?: number;
  limit: number;
}

interface ValueRow {
  application_id: number;
  title: string;
  pack_id: string;
  field_key: string;
  value_json: string;
  updated_at: string;
}

/**
 * Narratives the user wrote (overrides of narrative fields) in any application, newest first,
 * whose text or field label contains every word of the query. Bound defaults are not material:
 * they come from the base data and will be bound again in the new application.
 */
export function searchMaterials(db: Database.Database, q: MaterialQuery): MaterialItem[] {
  const rows = db
    .prepare(
      `SELECT v.application_id, a.title, a.pack_id, v.field_key, v.value_json, v.updated_at
         FROM application_value v JOIN application a ON a.id = v.application_id
        WHERE a.id IS NOT ?
        ORDER BY v.updated_at DESC, v.application_id DESC`,
    )
    .all(q.excludeApplicationId ?? null) as ValueRow[];
  const packs = new Map<string, Pack | null>();
  const packOf = (id: string): Pack | null => {
    if (!packs.has(id)) {
      try {
        packs.set(id, getLibraryPack(db, id).pack);
      } catch {
        packs.set(id, null); // the notice was removed: its texts cannot be labelled, skip them
      }
    }
    return packs.get(id)!;
  };
  const words = q.query.toLowerCase().split(/\s+/).filter(Boolean);
  const seen = new Set<string>();
  const out: MaterialItem[] = [];
  for (const r of rows) {
    const pack = packOf(r.pack_id);
    const field = pack?.fields.find((f) => f.key === r.field_key);
    if (!pack || !field || field.type !== 'narrative') continue;
    const text = JSON.parse(r.value_json) as unknown;
    if (typeof text !== 'string' || !text.trim()) continue;
    const hay = `${field.label}\n${text}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    // The same text reused in several applications is offered once (the newest).
    if (seen.has(text)) continue;
    seen.add(text);
    const wordCount = countWordChars(text);
    out.push({
      applicationId: r.application_id,
      applicationTitle: r.title,
      packId: r.pack_id,
      docNo: pack.docNo,
      fieldKey: field.key,
      fieldLabel: field.label,
      text,
      wordCount,
      withinLimit: q.wordLimit === undefined ? null : wordCount <= q.wordLimit,
      updatedAt: r.updated_at,
    });
    if (out.length >= q.limit) break;
  }
  return out;
}
