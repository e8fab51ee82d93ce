import type Database from 'better-sqlite3';

import { cachedStatement } from '../datasets/datasetRepo.js';

export interface MajorMismatch {
  rowId: number;
  year: number;
  code: string;
  name: string;
  level: string;
  /** 'code' when the code is not in the catalogue at that level, 'name' when the name differs. */
  problem: 'code' | 'name';
  /** The catalogue's name for the code, when the code is known. */
  catalogueName?: string;
  /** The catalogue's code(s) for the name, when the name is known under another code. */
  catalogueCodes?: string[];
  message: string;
}

/** Why one 专业 (code, name, level) does not match the loaded catalogue, or null when it does. */
export function checkMajorAgainstCatalogue(
  db: Database.Database,
  r: { code: string; name: string; level: string },
): (Pick<MajorMismatch, 'problem' | 'catalogueName' | 'catalogueCodes'> & { detail: string }) | null {
  const code = r.code.trim().toUpperCase();
  const known = cachedStatement(db, 'SELECT name FROM major_catalogue WHERE level = ? AND code = ?').get(
    r.level,
    code,
  ) as { name: string } | undefined;
  const codesForName = (
    cachedStatement(db, 'SELECT code FROM major_catalogue WHERE level = ? AND name = ? ORDER BY code').all(
      r.level,
      r.name.trim(),
    ) as { code: string }[]
  ).map((x) => x.code);
  if (!known) {
    const hint = codesForName.length ? `；目录中「${r.name}」的代码是 ${codesForName.join('、')}` : '';
    return {
      problem: 'code',
      catalogueCodes: codesForName.length ? codesForName : undefined,
      detail: `专业代码「${r.code}」不在已加载的${r.level}专业目录中${hint}`,
    };
  }
  if (known.name !== r.name.trim()) {
    return {
      problem: 'name',
      catalogueName: known.name,
      catalogueCodes: codesForName.length ? codesForName : undefined,
      detail: `专业「${r.name}」的名称与目录不符：代码 ${code} 在目录中是「${known.name}」`,
    };
  }
  return null;
}

/**
 * Flags each 专业 row whose code or name is not in the loaded catalogue: the notices require
 * catalogue names (346号: 应按照2021年《职业教育专业目录》中明确的专业命名).
 */
export function checkMajors(db: Database.Database, year?: number): MajorMismatch[] {
  const rows = (
    year === undefined
      ? db.prepare('SELECT id, year, code, name, level FROM major ORDER BY year, id').all()
      : db.prepare('SELECT id, year, code, name, level FROM major WHERE year = ? ORDER BY id').all(year)
  ) as { id: number; year: number; code: string; name: string; level: string }[];
  const out: MajorMismatch[] = [];
  for (const r of rows) {
    const m = checkMajorAgainstCatalogue(db, r);
    if (!m) continue;
    const { detail, ...rest } = m;
    out.push({
      rowId: r.id,
      year: r.year,
      code: r.code,
      name: r.name,
      level: r.level,
      ...rest,
      message: `${r.year}年 ${detail}`,
    });
  }
  return out;
}
