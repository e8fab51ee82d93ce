import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';

export interface EvidencePick {
  evidenceKey: string;
  hash: string;
  title: string;
}

/** The application's 佐证材料 in bundle order. */
export function listEvidencePicks(
  db: Database.Database,
  applicationId: number,
): (EvidencePick & { name: string; mime: string; pages: number | null })[] {
  return db
    .prepare(
      `SELECT p.evidence_key AS evidenceKey, p.hash, p.title, f.name, f.mime, f.pages FROM application_evidence p JOIN evidence_file f ON f.hash = p.hash
       WHERE p.application_id = ? ORDER BY p.position, p.id`,
    )
    .all(applicationId) as (EvidencePick & { name: string; mime: string; pages: number | null })[];
}

/** Replaces the picks in one transaction; every file must be a stored 佐证材料. */
export function setEvidencePicks(db: Database.Database, applicationId: number, picks: readonly EvidencePick[]): void {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM application WHERE id = ?').get(applicationId))
      throw new AppError('APPLICATION_NOT_FOUND', `找不到第 ${applicationId} 号申报`);
    for (const [i, p] of picks.entries()) {
      if (!db.prepare('SELECT 1 FROM evidence_file WHERE hash = ?').get(p.hash)) {
        throw new AppError('EVIDENCE_NOT_FOUND', `第 ${i + 1} 个佐证材料不在材料库中，未保存`, {
          row: i + 1,
          field: 'hash',
        });
      }
    }
    db.prepare('DELETE FROM application_evidence WHERE application_id = ?').run(applicationId);
    const put = db.prepare(
      'INSERT OR IGNORE INTO application_evidence (application_id, evidence_key, hash, title, position) VALUES (?, ?, ?, ?, ?)',
    );
    picks.forEach((p, i) => put.run(applicationId, p.evidenceKey, p.hash, p.title, i));
  })();
}
