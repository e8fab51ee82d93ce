import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { FieldValue, ParamValue } from '../../../shared/packs/packSchema.js';

export interface ApplicationRow {
  id: number;
  packId: string;
  title: string;
  params: Record<string, ParamValue>;
  status: 'draft' | 'exported' | 'submitted';
  createdAt: string;
  updatedAt: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

function toRow(r: {
  id: number;
  pack_id: string;
  title: string;
  params_json: string;
  status: ApplicationRow['status'];
  created_at: string;
  updated_at: string;
}): ApplicationRow {
  return {
    id: r.id,
    packId: r.pack_id,
    title: r.title,
    params: JSON.parse(r.params_json) as ApplicationRow['params'],
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listApplications(db: Database.Database, packId?: string): ApplicationRow[] {
  const rows = packId
    ? db.prepare('SELECT * FROM application WHERE pack_id = ? ORDER BY id').all(packId)
    : db.prepare('SELECT * FROM application ORDER BY id').all();
  return (rows as Parameters<typeof toRow>[0][]).map(toRow);
}

export function getApplication(db: Database.Database, id: number): ApplicationRow {
  const r = db.prepare('SELECT * FROM application WHERE id = ?').get(id) as Parameters<typeof toRow>[0] | undefined;
  if (!r) throw new AppError('APPLICATION_NOT_FOUND', `没有编号为 ${id} 的申报`, { field: 'applicationId' });
  return toRow(r);
}

export function insertApplication(
  db: Database.Database,
  packId: string,
  title: string,
  params: Record<string, ParamValue>,
): number {
  return Number(
    db
      .prepare('INSERT INTO application (pack_id, title, params_json) VALUES (?, ?, ?)')
      .run(packId, title, JSON.stringify(params)).lastInsertRowid,
  );
}

export function updateApplication(
  db: Database.Database,
  id: number,
  patch: { title?: string; params?: Record<string, ParamValue>; status?: ApplicationRow['status'] },
): void {
  getApplication(db, id);
  db.transaction(() => {
    if (patch.title !== undefined)
      db.prepare(`UPDATE application SET title = ?, updated_at = ${NOW} WHERE id = ?`).run(patch.title, id);
    if (patch.params !== undefined)
      db.prepare(`UPDATE application SET params_json = ?, updated_at = ${NOW} WHERE id = ?`).run(
        JSON.stringify(patch.params),
        id,
      );
    if (patch.status !== undefined)
      db.prepare(`UPDATE application SET status = ?, updated_at = ${NOW} WHERE id = ?`).run(patch.status, id);
  })();
}

/** The user's overrides by field key. */
export function readOverrides(db: Database.Database, id: number): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const r of db
    .prepare('SELECT field_key, value_json FROM application_value WHERE application_id = ?')
    .all(id) as { field_key: string; value_json: string }[]) {
    out[r.field_key] = JSON.parse(r.value_json) as FieldValue;
  }
  return out;
}

export function writeOverride(db: Database.Database, id: number, fieldKey: string, value: FieldValue): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO application_value (application_id, field_key, value_json, updated_at) VALUES (?, ?, ?, ${NOW})
       ON CONFLICT(application_id, field_key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    ).run(id, fieldKey, JSON.stringify(value));
    db.prepare(`UPDATE application SET updated_at = ${NOW} WHERE id = ?`).run(id);
  })();
}

export function deleteOverride(db: Database.Database, id: number, fieldKey: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM application_value WHERE application_id = ? AND field_key = ?').run(id, fieldKey);
    db.prepare(`UPDATE application SET updated_at = ${NOW} WHERE id = ?`).run(id);
  })();
}

export function readAccepted(db: Database.Database, id: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of db
    .prepare('SELECT field_key, code FROM application_accepted_problem WHERE application_id = ?')
    .all(id) as { field_key: string; code: string }[]) {
    (out[r.field_key] ??= []).push(r.code);
  }
  return out;
}

export function setAccepted(
  db: Database.Database,
  id: number,
  fieldKey: string,
  code: string,
  accepted: boolean,
): void {
  if (accepted)
    db.prepare(
      'INSERT OR IGNORE INTO application_accepted_problem (application_id, field_key, code) VALUES (?, ?, ?)',
    ).run(id, fieldKey, code);
  else
    db.prepare('DELETE FROM application_accepted_problem WHERE application_id = ? AND field_key = ? AND code = ?').run(
      id,
      fieldKey,
      code,
    );
}

export function countApplicationsByStatus(
  db: Database.Database | null,
): Map<string, { draft: number; exported: number; submitted: number }> {
  const out = new Map<string, { draft: number; exported: number; submitted: number }>();
  if (!db) return out;
  for (const r of db
    .prepare('SELECT pack_id, status, count(*) AS n FROM application GROUP BY pack_id, status')
    .all() as { pack_id: string; status: ApplicationRow['status']; n: number }[]) {
    const c = out.get(r.pack_id) ?? { draft: 0, exported: 0, submitted: 0 };
    c[r.status] = r.n;
    out.set(r.pack_id, c);
  }
  return out;
}
