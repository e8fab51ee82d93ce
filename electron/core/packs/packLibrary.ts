import crypto from 'node:crypto';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import type { Pack } from '../../../shared/packs/packSchema.js';
import { type PackProblem, validatePack } from '../../../shared/packs/validatePack.js';
import { jsonSyntaxPlace, lineColumn } from '../files/jsonSyntaxPlace.js';
import { listFiles, readFileBytes } from '../files/localFiles.js';
import { completeUtf8Length } from '../imports/utf8Chunks.js';
import { findAssetFile } from '../paths/findAssetFile.js';

export interface LibraryPack {
  pack: Pack;
  origin: 'seed' | 'imported';
  fileName: string;
}

interface SeedCache {
  key: string;
  packs: LibraryPack[];
  broken: { fileName: string; problems: PackProblem[] }[];
}
let seedCache: SeedCache | null = null;

/** Where the seed packs live: SHENBAOTONG_SEED_PACKS_DIR (tests), else assets/packs beside the schema. */
export function seedPackDir(): string {
  if (process.env.SHENBAOTONG_SEED_PACKS_DIR) return path.resolve(process.env.SHENBAOTONG_SEED_PACKS_DIR);
  return path.dirname(findAssetFile('packs/pack.schema.json'));
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A real pack is well under 1 MB; anything near this is not a pack. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/**
 * Parses pack bytes (UTF-8, BOM allowed) as JSON. Bytes that are not UTF-8 (a damaged file, or one
 * saved as GBK) are refused with their line rather than read as U+FFFD; a syntax error names its line
 * and column in Chinese (the engine's own wording goes to the log).
 */
export function parsePackJson(bytes: Uint8Array | string, fileName: string): unknown {
  if (typeof bytes !== 'string' && bytes.length > MAX_PACK_BYTES)
    throw new AppError('PACK_TOO_LARGE', `文件「${fileName}」太大，不是通知包`, { file: fileName });
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // A character cut in half at the very end: the file was cut off, not saved in another encoding.
      const whole = completeUtf8Length(bytes);
      if (whole < bytes.length && isUtf8(bytes.subarray(0, whole)))
        throw new AppError('PACK_NOT_JSON', `文件「${fileName}」不是有效的 JSON（文件不完整，可能被截断）`, {
          file: fileName,
        });
      const loose = new TextDecoder('utf-8').decode(bytes);
      const { line } = lineColumn(loose, loose.indexOf('\ufffd'));
      throw new AppError(
        'PACK_NOT_UTF8',
        `文件「${fileName}」第 ${line} 行有无法识别的字符：通知包须为 UTF-8 编码的 JSON 文件，文件可能已损坏`,
        { file: fileName, row: line },
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    const { where, line } = jsonSyntaxPlace(text, e, 'pack.not-json');
    throw new AppError('PACK_NOT_JSON', `文件「${fileName}」不是有效的 JSON${where}，文件可能已损坏或被截断`, {
      file: fileName,
      row: line,
    });
  }
}

/** The seed packs of assets/packs, validated; re-read when a file changes. Broken ones are kept aside. */
export function seedPacks(): SeedCache {
  const dir = seedPackDir();
  const listed = listFiles(dir, (f) => f.endsWith('.json') && f !== 'pack.schema.json');
  const files = listed.map((f) => f.name);
  const key = `${dir}|${listed.map((f) => `${f.name}:${f.mtimeMs}`).join(',')}`;
  if (seedCache?.key === key) return seedCache;
  const packs: LibraryPack[] = [];
  const broken: SeedCache['broken'] = [];
  for (const f of files) {
    try {
      const r = validatePack(parsePackJson(readFileBytes(path.join(dir, f)), f));
      if (r.ok) packs.push({ pack: r.pack, origin: 'seed', fileName: f });
      else broken.push({ fileName: f, problems: r.problems });
    } catch (e) {
      broken.push({ fileName: f, problems: [{ message: (e as Error).message, place: f, path: '' }] });
    }
  }
  for (const b of broken)
    console.warn(
      `[申报通] 自带通知包 ${b.fileName} 有 ${b.problems.length} 处错误，未载入：${b.problems[0]?.place}：${b.problems[0]?.message}`,
    );
  seedCache = { key, packs, broken };
  return seedCache;
}

function importedPacks(db: Database.Database | null): LibraryPack[] {
  if (!db) return [];
  const rows = db.prepare('SELECT id, json, file_name FROM pack ORDER BY id').all() as {
    id: string;
    json: string;
    file_name: string;
  }[];
  const out: LibraryPack[] = [];
  for (const r of rows) {
    const v = validatePack(JSON.parse(r.json));
    if (v.ok) out.push({ pack: v.pack, origin: 'imported', fileName: r.file_name });
  }
  return out;
}

/** Every pack: the seed packs, then the imported ones. */
export function listLibraryPacks(db: Database.Database | null): LibraryPack[] {
  return [...seedPacks().packs, ...importedPacks(db)];
}

export function getLibraryPack(db: Database.Database | null, id: string): LibraryPack {
  const found = listLibraryPacks(db).find((p) => p.pack.id === id);
  if (found) return found;
  const broken = seedPacks().broken.find((b) => b.fileName.replace(/\.json$/, '') === id);
  if (broken) {
    throw new AppError(
      'PACK_INVALID',
      `自带通知包「${id}」有 ${broken.problems.length} 处错误，暂不能使用`,
      { file: broken.fileName },
      broken.problems.map((p) => ({
        message: `${p.place}：${p.message}`,
        where: { file: broken.fileName, path: p.path },
      })),
    );
  }
  throw new AppError('PACK_NOT_FOUND', `没有编号为「${id}」的通知`, { field: 'packId' });
}

/**
 * Validates a pack file and stores it. A pack with errors is refused with every error's place and
 * the library is left as it was; re-importing an imported pack's id replaces it.
 */
/** A pack with errors, refused with every place listed (the first in the message). */
export function invalidPack(problems: PackProblem[], fileName: string, outcome: '未导入' | '未导出'): AppError {
  const first = problems[0];
  return new AppError(
    'PACK_INVALID',
    `通知包「${fileName}」有 ${problems.length} 处错误，${outcome}。第一处：${first.place}：${first.message}`,
    { file: fileName, path: first.path },
    problems.map((p) => ({ message: `${p.place}：${p.message}`, where: { file: fileName, path: p.path } })),
  );
}

export function importPackFile(
  db: Database.Database,
  fileName: string,
  bytes: Uint8Array,
  snapshot?: BaseDataSnapshot,
): Pack {
  const raw = parsePackJson(bytes, fileName);
  const r = validatePack(raw, { snapshot });
  if (!r.ok) throw invalidPack(r.problems, fileName, '未导入');
  if (seedPacks().packs.some((p) => p.pack.id === r.pack.id)) {
    throw new AppError(
      'PACK_IS_SEED',
      `通知「${r.pack.id}」是程序自带的通知，不能用导入的文件替换；请在文件中改用另一个 id`,
      { file: fileName, field: 'id' },
    );
  }
  const json = JSON.stringify(raw);
  const sha = crypto.createHash('sha256').update(json).digest('hex');
  db.prepare(
    `INSERT INTO pack (id, json, file_name, sha256, imported_at) VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
     ON CONFLICT(id) DO UPDATE SET json = excluded.json, file_name = excluded.file_name, sha256 = excluded.sha256, imported_at = excluded.imported_at`,
  ).run(r.pack.id, json, fileName, sha);
  return r.pack;
}

export function removeImportedPack(db: Database.Database, id: string): void {
  if (seedPacks().packs.some((p) => p.pack.id === id))
    throw new AppError('PACK_IS_SEED', `通知「${id}」是程序自带的，不能删除`, { field: 'packId' });
  const used = (db.prepare('SELECT count(*) AS n FROM application WHERE pack_id = ?').get(id) as { n: number }).n;
  if (used > 0)
    throw new AppError('PACK_IN_USE', `通知「${id}」下还有 ${used} 份申报，请先删除这些申报`, { field: 'packId' });
  const info = db.prepare('DELETE FROM pack WHERE id = ?').run(id);
  if (info.changes === 0) throw new AppError('PACK_NOT_FOUND', `没有导入过编号为「${id}」的通知`, { field: 'packId' });
}
