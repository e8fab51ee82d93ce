import type Database from 'better-sqlite3';

import { readTextFile } from '../files/localFiles.js';
import { findAssetFile } from '../paths/findAssetFile.js';
import { type CatalogueEntry, parseCatalogueTsv } from './catalogueEntry.js';

export const SHIPPED_CATALOGUE_FILE = 'catalogue/major-catalogue-2021.tsv';
export const SHIPPED_CATALOGUE_SOURCE = '职业教育专业目录（2021年），教职成〔2021〕2号（随程序提供）';

export function readShippedCatalogue(): CatalogueEntry[] {
  return parseCatalogueTsv(readTextFile(findAssetFile(SHIPPED_CATALOGUE_FILE)));
}

/** Writes the whole catalogue in one transaction, replacing what was there. */
export function replaceCatalogue(
  db: Database.Database,
  entries: readonly CatalogueEntry[],
  source: string,
  now: Date,
): void {
  const insert = db.prepare(
    'INSERT INTO major_catalogue (level, code, name, category_code, category, class_code, class_name) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    db.prepare('DELETE FROM major_catalogue').run();
    for (const e of entries) insert.run(e.level, e.code, e.name, e.categoryCode, e.category, e.classCode, e.className);
    db.prepare(
      'INSERT INTO major_catalogue_info (id, source, loaded_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET source = excluded.source, loaded_at = excluded.loaded_at',
    ).run(source, now.toISOString());
  })();
}

/**
 * Adds a 增补 list to the catalogue (or corrects entries): each entry replaces the one with its
 * level and code, every other entry stays. One transaction.
 */
export function mergeCatalogue(
  db: Database.Database,
  entries: readonly CatalogueEntry[],
  source: string,
  now: Date,
): { added: number; updated: number } {
  const exists = db.prepare('SELECT 1 FROM major_catalogue WHERE level = ? AND code = ?');
  const upsert = db.prepare(
    `INSERT INTO major_catalogue (level, code, name, category_code, category, class_code, class_name) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(level, code) DO UPDATE SET name = excluded.name, category_code = excluded.category_code, category = excluded.category,
       class_code = excluded.class_code, class_name = excluded.class_name`,
  );
  let added = 0;
  let updated = 0;
  db.transaction(() => {
    for (const e of entries) {
      if (exists.get(e.level, e.code)) updated++;
      else added++;
      upsert.run(e.level, e.code, e.name, e.categoryCode, e.category, e.classCode, e.className);
    }
    const old =
      (db.prepare('SELECT source FROM major_catalogue_info WHERE id = 1').get() as { source: string } | undefined)
        ?.source ?? '';
    db.prepare(
      'INSERT INTO major_catalogue_info (id, source, loaded_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET source = excluded.source, loaded_at = excluded.loaded_at',
    ).run(old ? `${old}；${source}` : source, now.toISOString());
  })();
  return { added, updated };
}

/** The first use of a database loads the shipped 2021 catalogue. */
export function ensureCatalogue(db: Database.Database, now: Date): void {
  if (db.prepare('SELECT 1 FROM major_catalogue_info WHERE id = 1').get()) return;
  replaceCatalogue(db, readShippedCatalogue(), SHIPPED_CATALOGUE_SOURCE, now);
}

const SELECT =
  'SELECT level, code, name, category_code AS categoryCode, category, class_code AS classCode, class_name AS className FROM major_catalogue';

export function allEntries(db: Database.Database): CatalogueEntry[] {
  return db.prepare(`${SELECT} ORDER BY level, code`).all() as CatalogueEntry[];
}

export function findByCode(db: Database.Database, code: string, level?: string): CatalogueEntry[] {
  const c = code.trim().toUpperCase();
  return (
    level
      ? db.prepare(`${SELECT} WHERE code = ? AND level = ?`).all(c, level)
      : db.prepare(`${SELECT} WHERE code = ? ORDER BY level`).all(c)
  ) as CatalogueEntry[];
}

/** Exact name matches first, then names containing the text (at most `limit`). */
export function findByName(db: Database.Database, name: string, level?: string, limit = 50): CatalogueEntry[] {
  const n = name.trim();
  const lv = level ? ' AND level = ?' : '';
  const args = level ? [level] : [];
  const exact = db.prepare(`${SELECT} WHERE name = ?${lv} ORDER BY level, code`).all(n, ...args) as CatalogueEntry[];
  const like = db
    .prepare(`${SELECT} WHERE instr(name, ?) > 0 AND name <> ?${lv} ORDER BY level, code LIMIT ?`)
    .all(n, n, ...args, limit) as CatalogueEntry[];
  return [...exact, ...like].slice(0, limit);
}

export function catalogueInfo(db: Database.Database): {
  source: string;
  loadedAt: string;
  counts: Record<string, number>;
} {
  const info = db.prepare('SELECT source, loaded_at AS loadedAt FROM major_catalogue_info WHERE id = 1').get() as
    { source: string; loadedAt: string } | undefined;
  const counts: Record<string, number> = {};
  for (const r of db.prepare('SELECT level, count(*) AS n FROM major_catalogue GROUP BY level').all() as {
    level: string;
    n: number;
  }[])
    counts[r.level] = r.n;
  return { source: info?.source ?? '', loadedAt: info?.loadedAt ?? '', counts };
}
