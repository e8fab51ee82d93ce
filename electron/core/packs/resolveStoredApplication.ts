import type Database from 'better-sqlite3';

import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import type { Pack, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import { loadBaseDataSnapshot } from '../datasets/loadBaseDataSnapshot.js';
import { type ApplicationRow, getApplication, readAccepted, readOverrides } from './applicationRepo.js';
import { catalogueChecker } from './catalogueFieldCheck.js';
import { getLibraryPack } from './packLibrary.js';

// Autosave resolves the application on every keystroke; reading a 20,000-row ledger each time
// would make typing lag. Keystroke calls reuse a snapshot read in the last few seconds; opening an
// application (application/get) always reads afresh.
const SNAPSHOT_TTL_MS = 10_000;
const cache = new WeakMap<Database.Database, { at: number; version: number | null; snap: BaseDataSnapshot }>();

/** The base data's write counter (migration 0011's triggers); null on a database without it. */
function baseDataVersion(db: Database.Database): number | null {
  try {
    return (db.prepare('SELECT n FROM base_data_version WHERE id = 1').get() as { n: number } | undefined)?.n ?? null;
  } catch {
    return null;
  }
}

export function snapshotOf(db: Database.Database, fresh: boolean): BaseDataSnapshot {
  const hit = cache.get(db);
  const version = baseDataVersion(db);
  // Nothing written to the base data since the last read: that read is the fresh one (a PDF or
  // preview no longer re-reads a 20,000-row ledger).
  if (hit && version !== null && hit.version === version) return hit.snap;
  if (!fresh && hit && performance.now() - hit.at < SNAPSHOT_TTL_MS) return hit.snap;
  const snap = loadBaseDataSnapshot(db);
  cache.set(db, { at: performance.now(), version, snap });
  return snap;
}

/** Loads an application with its pack, overrides and accepted problems, and resolves it. */
export function resolveStoredApplication(
  db: Database.Database,
  id: number,
  now: Date,
  fresh = true,
): { app: ApplicationRow; pack: Pack; resolved: ResolvedApplication; snapshot: BaseDataSnapshot } {
  const app = getApplication(db, id);
  const pack = getLibraryPack(db, app.packId).pack;
  const snapshot = snapshotOf(db, fresh);
  const resolved = resolveApplication({
    pack,
    snapshot,
    params: app.params,
    overrides: readOverrides(db, id),
    accepted: readAccepted(db, id),
    today: localIsoDate(now),
    applicationId: app.id,
    title: app.title,
    status: app.status,
    checkCatalogue: catalogueChecker(db, snapshot.school.educationLevel, now),
  });
  return { app, pack, resolved, snapshot };
}
