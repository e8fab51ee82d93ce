import type Database from 'better-sqlite3';

import { columnOf, type DatasetDef } from '../../../shared/datasets/datasetDefinition.js';
import type { FieldValue } from '../../../shared/datasets/validateFieldValue.js';
import { scalarText } from '../../../shared/format/scalarText.js';

/** A set of fields that identifies a row (within its year for yearly data sets). */
export interface KeyCandidate {
  fields: string[];
  /** For data sets without key fields (获奖, 培训, 经费 …): the whole row as imported, empty cells included. */
  wholeRow?: boolean;
}

/**
 * How an imported row finds the row it updates. The table's unique indexes say which field sets
 * really identify a row (equipment: 资产编号; rooms: 中心 + 名称; enterprises: 信用代码), in the
 * order of DatasetDef.keyFields; key fields no index covers (enterprise or teacher 名称) follow as
 * a fallback for rows that lack the unique ones. Without a database the key fields together are one key.
 */
export function keyCandidates(def: DatasetDef, db?: Database.Database): KeyCandidate[] {
  const keyFields = [...(def.keyFields ?? [])];
  if (!keyFields.length) return [];
  if (!db) return [{ fields: keyFields }];
  const byColumn = new Map(def.fields.map((f) => [columnOf(f.key), f.key]));
  const uniques: KeyCandidate[] = [];
  for (const idx of db.prepare(`PRAGMA index_list(${def.table})`).all() as { name: string; unique: number }[]) {
    if (!idx.unique) continue;
    const cols = (db.prepare(`PRAGMA index_info(${JSON.stringify(idx.name)})`).all() as { name: string | null }[]).map(
      (c) => c.name,
    );
    const fields = cols.filter((c) => !(def.yearly && c === 'year')).map((c) => (c ? byColumn.get(c) : undefined));
    if (!fields.length || fields.some((f) => f === undefined)) continue;
    if (!fields.every((f) => keyFields.includes(f!))) continue;
    uniques.push({ fields: fields as string[] });
  }
  const rank = (c: KeyCandidate) => Math.min(...c.fields.map((f) => keyFields.indexOf(f)));
  uniques.sort((a, b) => rank(a) - rank(b));
  const covered = new Set(uniques.flatMap((u) => u.fields));
  const rest = keyFields.filter((f) => !covered.has(f)).map((f) => ({ fields: [f] }));
  return [...uniques, ...rest];
}

/**
 * The keys an import matches rows by. A data set without key fields matches a row identical in
 * every imported column (and year): importing the same file twice then updates instead of adding
 * every award, training or funding row a second time.
 */
export function importKeyCandidates(
  def: DatasetDef,
  db: Database.Database | undefined,
  importedFields: readonly string[],
): KeyCandidate[] {
  const cands = keyCandidates(def, db);
  if (cands.length || def.single || !importedFields.length) return cands;
  return [{ fields: [...importedFields], wholeRow: true }];
}

function keyText(v: FieldValue | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  return typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
}

/** The first candidate whose fields all have values in the row, as a comparable text. */
export function rowKeyOf(
  cands: readonly KeyCandidate[],
  values: Record<string, FieldValue | undefined>,
  year?: number,
): { cand: KeyCandidate; text: string } | null {
  for (let i = 0; i < cands.length; i++) {
    const parts: string[] = [];
    for (const f of cands[i].fields) {
      const t = keyText(values[f]);
      if (t === null && !cands[i].wholeRow) break;
      parts.push(t ?? '');
    }
    if (parts.length === cands[i].fields.length)
      return { cand: cands[i], text: `${i}\u0000${year ?? ''}\u0000${parts.join('\u0000')}` };
  }
  return null;
}

/** Existing rows by key text (loaded once; a per-row lookup on an unindexed column would be quadratic). */
export function existingKeys(
  db: Database.Database,
  def: DatasetDef,
  cands: readonly KeyCandidate[],
): Map<string, number> {
  const out = new Map<string, number>();
  const yearCol = def.yearly ? 'year' : 'NULL';
  cands.forEach((c, i) => {
    const cols = c.fields.map(columnOf);
    const rows = db
      .prepare(`SELECT id, ${yearCol} AS y, ${cols.map((col, j) => `${col} AS k${j}`).join(', ')} FROM ${def.table}`)
      .raw()
      .all() as unknown[][];
    for (const r of rows) {
      const parts = r
        .slice(2)
        .map((v) => (v === null || v === undefined || v === '' ? (c.wholeRow ? '' : null) : scalarText(v)));
      if (parts.some((p) => p === null)) continue;
      const text = `${i}\u0000${scalarText(r[1])}\u0000${parts.join('\u0000')}`;
      if (!out.has(text)) out.set(text, r[0] as number);
    }
  });
  return out;
}
