import type Database from 'better-sqlite3';

import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';
import { appliedMigrations } from '../store/migrateDatabase.js';

export interface DatabaseFacts {
  schemaVersion: number;
  schemaName: string;
  school: { name: string; creditCode: string };
  counts: { dataset: string; label: string; rows: number }[];
  applications: number;
  evidence: { sha256: string; name: string; size: number }[];
}

/** What a school database holds, for a package's manifest and the restore preview. */
export function databaseFacts(db: Database.Database): DatabaseFacts {
  const last = appliedMigrations(db).at(-1);
  const school = (db.prepare('SELECT name, credit_code AS creditCode FROM school WHERE id = 1').get() as
    { name: string; creditCode: string } | undefined) ?? { name: '', creditCode: '' };
  const counts = DATASETS.filter((d) => !d.single).map((d) => ({
    dataset: d.name,
    label: d.label,
    rows: (db.prepare(`SELECT count(*) AS n FROM ${d.table}`).get() as { n: number }).n,
  }));
  return {
    schemaVersion: last?.version ?? 0,
    schemaName: last?.name ?? '',
    school,
    counts,
    applications: (db.prepare('SELECT count(*) AS n FROM application').get() as { n: number }).n,
    evidence: db.prepare('SELECT hash AS sha256, name, size FROM evidence_file ORDER BY hash').all() as {
      sha256: string;
      name: string;
      size: number;
    }[],
  };
}
