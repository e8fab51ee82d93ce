import type Database from 'better-sqlite3';

import type { CatalogueKind } from '../../../shared/packs/packSchema.js';
import { ensureCatalogue } from '../catalogue/majorCatalogueRepo.js';
import { cachedStatement } from '../datasets/datasetRepo.js';

// Catalogue levels by the school's 办学层次 (学校基本信息); another 层次 checks against every level.
const LEVEL_OF: Record<string, string> = { '高职（专科）': '高职专科', '高职（本科）': '高职本科', 中职: '中职' };

const COLUMN: Record<Exclude<CatalogueKind, 'majorOrGroup'>, { column: string; what: string }> = {
  major: { column: 'name', what: '专业名称' },
  majorCategory: { column: 'category', what: '专业大类' },
  majorClass: { column: 'class_name', what: '专业类' },
};

/**
 * A checker for names the notice wants spelled as the 专业目录 spells them, at the school's level:
 * null when the loaded catalogue has the name, else why not and the nearest names it has.
 */
export function catalogueChecker(
  db: Database.Database,
  educationLevel: unknown,
  now: Date,
): (kind: CatalogueKind, name: string) => string | null {
  ensureCatalogue(db, now);
  const level = typeof educationLevel === 'string' ? LEVEL_OF[educationLevel] : undefined;
  return (kind, name) => {
    // A group carries its own name (智能制造专业群); only a single 专业 must be the catalogue's.
    if (kind === 'majorOrGroup' && /群$/.test(name)) return null;
    const { column, what } = COLUMN[kind === 'majorOrGroup' ? 'major' : kind];
    const levels = (
      cachedStatement(db, `SELECT DISTINCT level FROM major_catalogue WHERE ${column} = ?`).all(name) as {
        level: string;
      }[]
    ).map((r) => r.level);
    if (levels.length && (!level || levels.includes(level))) return null;
    const scope = level ? `（${level}）` : '';
    if (levels.length) return `「${name}」是${levels.join('、')}的${what}，不在本校办学层次${scope}的专业目录中`;
    const near = nearNames(db, column, level, name);
    return `「${name}」不是《职业教育专业目录》${scope}中的${what}，应按目录命名${near.length ? `（目录中相近的有：${near.join('、')}）` : ''}`;
  };
}

/** Catalogue names sharing the typed name's core (机器人专业 → 机器人 → 工业机器人技术…), at most five. */
function nearNames(db: Database.Database, column: string, level: string | undefined, name: string): string[] {
  const core = name.replace(/(专业群|专业|群)$/, '');
  const find = cachedStatement(
    db,
    `SELECT DISTINCT ${column} AS n FROM major_catalogue WHERE (? IS NULL OR level = ?) AND instr(${column}, ?) > 0 ORDER BY length(${column}) LIMIT 5`,
  );
  for (const part of [core, core.slice(0, 4), core.slice(0, 2)].filter((p) => p.length >= 2)) {
    const hits = (find.all(level ?? null, level ?? null, part) as { n: string }[]).map((r) => r.n);
    if (hits.length) return hits;
  }
  return [];
}
