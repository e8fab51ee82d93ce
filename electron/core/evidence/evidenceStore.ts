import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { EVIDENCE_MAX_BYTES, type EvidenceItem } from '../../../shared/api/evidenceCalls.js';
import { findDataset } from '../../../shared/datasets/datasetRegistry.js';
import { viewableType } from '../files/viewableType.js';
import { writeBytesAtomicSync } from '../files/writeFileAtomic.js';
import { evidenceInBackups } from '../store/evidenceKeptByBackups.js';
import { checkEvidenceBytes } from './checkEvidenceBytes.js';

/** The type by the file's first bytes, never by its name: a renamed .exe is refused. */
export const sniffEvidenceType = viewableType;

/** Files live beside the database in evidence/ab/abcdef… (by SHA-256), so a copy of the folder carries them. */
export function evidenceDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'evidence');
}

function fileOf(dbPath: string, hash: string): string {
  return path.join(evidenceDir(dbPath), hash.slice(0, 2), hash);
}

const ITEM_SQL = `SELECT l.id AS linkId, l.dataset, l.row_id AS rowId, l.hash, l.name, f.mime, f.size, f.pages, l.note, l.created_at AS createdAt
  FROM evidence_link l JOIN evidence_file f ON f.hash = l.hash`;

export async function addEvidence(
  db: Database.Database,
  dbPath: string,
  input: { dataset: string; rowId: number; fileName: string; bytes: Uint8Array; note?: string },
): Promise<EvidenceItem> {
  const where = { file: input.fileName };
  const def = findDataset(input.dataset);
  if (!def) throw new AppError('UNKNOWN_DATASET', `没有这个数据集：${input.dataset}`, { field: 'dataset' });
  if (!db.prepare(`SELECT 1 FROM ${def.table} WHERE id = ?`).get(input.rowId)) {
    throw new AppError('ROW_NOT_FOUND', `「${def.label}」中找不到第 ${input.rowId} 号记录，无法添加佐证材料`, {
      field: 'rowId',
    });
  }
  if (input.bytes.length === 0) throw new AppError('EVIDENCE_EMPTY', `文件「${input.fileName}」是空的`, where);
  if (input.bytes.length > EVIDENCE_MAX_BYTES) {
    throw new AppError(
      'EVIDENCE_TOO_LARGE',
      `文件「${input.fileName}」有 ${(input.bytes.length / 1048576).toFixed(1)} MB，超过 50 MB 上限`,
      where,
    );
  }
  const mime = sniffEvidenceType(input.bytes);
  if (!mime)
    throw new AppError('EVIDENCE_TYPE', `文件「${input.fileName}」不是 PDF、JPG 或 PNG 文件（按文件内容判断）`, where);
  const pages = await checkEvidenceBytes(input.bytes, mime, input.fileName);
  const hash = crypto.createHash('sha256').update(input.bytes).digest('hex');
  const file = fileOf(dbPath, hash);
  // Content-addressed: an existing file with this name already holds these bytes.
  if (!fs.existsSync(file) || fs.statSync(file).size !== input.bytes.length) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeBytesAtomicSync(file, input.bytes);
  }
  const linkId = db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO evidence_file (hash, name, mime, size, pages) VALUES (?, ?, ?, ?, ?)').run(
      hash,
      input.fileName,
      mime,
      input.bytes.length,
      pages,
    );
    const existing = db
      .prepare('SELECT id FROM evidence_link WHERE dataset = ? AND row_id = ? AND hash = ?')
      .get(input.dataset, input.rowId, hash) as { id: number } | undefined;
    if (existing) return existing.id;
    return Number(
      db
        .prepare('INSERT INTO evidence_link (dataset, row_id, hash, name, note) VALUES (?, ?, ?, ?, ?)')
        .run(input.dataset, input.rowId, hash, input.fileName, input.note ?? '').lastInsertRowid,
    );
  })();
  return db.prepare(`${ITEM_SQL} WHERE l.id = ?`).get(linkId) as EvidenceItem;
}

export function listEvidence(db: Database.Database, filter: { dataset?: string; rowId?: number }): EvidenceItem[] {
  const conds: string[] = [];
  const args: (string | number)[] = [];
  if (filter.dataset) {
    conds.push('l.dataset = ?');
    args.push(filter.dataset);
  }
  if (filter.rowId !== undefined) {
    conds.push('l.row_id = ?');
    args.push(filter.rowId);
  }
  return db
    .prepare(`${ITEM_SQL}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''} ORDER BY l.dataset, l.row_id, l.id`)
    .all(...args) as EvidenceItem[];
}

interface StoredEvidence {
  name: string;
  mime: string;
  size: number;
  pages: number | null;
}

function findStored(db: Database.Database, dbPath: string, hash: string): StoredEvidence & { file: string } {
  const row = db.prepare('SELECT name, mime, size, pages FROM evidence_file WHERE hash = ?').get(hash) as
    StoredEvidence | undefined;
  if (!row) throw new AppError('EVIDENCE_NOT_FOUND', '找不到这个佐证材料');
  const file = fileOf(dbPath, hash);
  if (!fs.existsSync(file))
    throw new AppError('EVIDENCE_FILE_MISSING', `佐证材料「${row.name}」的文件不在 evidence 文件夹中`, { file });
  return { ...row, file };
}

function changedError(name: string, file: string): AppError {
  return new AppError('EVIDENCE_FILE_CHANGED', `佐证材料「${name}」的文件内容已被改动，与登记的不一致`, { file });
}

export function readEvidence(db: Database.Database, dbPath: string, hash: string): StoredEvidence & { bytes: Buffer } {
  const { file, ...row } = findStored(db, dbPath, hash);
  const bytes = fs.readFileSync(file);
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== hash) throw changedError(row.name, file);
  return { ...row, bytes };
}

/**
 * Where a stored file lies, once its bytes are checked against its SHA-256 (streamed, never held
 * whole): the preview shows it there by a read-only grant instead of a copy.
 */
export async function verifiedEvidenceFile(
  db: Database.Database,
  dbPath: string,
  hash: string,
): Promise<StoredEvidence & { path: string }> {
  const { file, ...row } = findStored(db, dbPath, hash);
  const digest = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), digest);
  if (digest.digest('hex') !== hash) throw changedError(row.name, file);
  return { ...row, path: file };
}

/** Removes one link; the file and its record go too when no record (nor a row 撤销 may bring back) uses it. */
export function removeEvidence(db: Database.Database, dbPath: string, linkId: number): boolean {
  let orphan: string | null = null;
  const removed = db.transaction(() => {
    const link = db.prepare('SELECT hash FROM evidence_link WHERE id = ?').get(linkId) as { hash: string } | undefined;
    if (!link) return false;
    db.prepare('DELETE FROM evidence_link WHERE id = ?').run(linkId);
    // A link kept for 撤销 of a deleted row (0014) still needs the file.
    const used = db
      .prepare(
        'SELECT 1 FROM evidence_link WHERE hash = ? UNION ALL SELECT 1 FROM evidence_link_kept WHERE hash = ? LIMIT 1',
      )
      .get(link.hash, link.hash);
    if (!used) {
      db.prepare('DELETE FROM evidence_file WHERE hash = ?').run(link.hash);
      orphan = link.hash;
    }
    return true;
  })();
  // After commit: a crash here leaves an unreferenced file, never a reference without a file. A file a
  // backup still lists stays, so restoring that backup finds it (collectEvidenceGarbage removes it later).
  if (orphan && evidenceInBackups(dbPath)?.has(orphan) === false) fs.rmSync(fileOf(dbPath, orphan), { force: true });
  return removed;
}
