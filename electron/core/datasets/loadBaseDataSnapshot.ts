import type Database from 'better-sqlite3';

import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';
import { listRows } from './datasetRepo.js';

/** Reads the whole base data once for evaluating a pack (tens of thousands of rows is fine in memory). */
export function loadBaseDataSnapshot(db: Database.Database): BaseDataSnapshot {
  const snap: BaseDataSnapshot = { school: {}, years: [], data: {} };
  const years = new Set<number>();
  for (const def of DATASETS) {
    const rows = listRows(db, def, 'all');
    if (def.single) {
      snap.school = rows[0] ?? {};
      continue;
    }
    snap.data[def.name as Exclude<typeof def.name, 'school'>] = rows;
    if (def.yearly) for (const r of rows) years.add(r.year as number);
  }
  snap.years = [...years].sort((a, b) => a - b);
  return snap;
}
