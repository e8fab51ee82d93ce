import type Database from 'better-sqlite3';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import { columnOf, type DatasetDef, type DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';

function allRows(db: Database.Database, def: DatasetDef): DatasetRow[] {
  const raw = db.prepare(`SELECT * FROM ${def.table} ORDER BY ${def.yearly ? 'year, ' : ''}id`).all() as Record<string, unknown>[];
  return raw.map((r) => {
    const row: DatasetRow = { id: r.id as number };
    if (def.yearly) row.year = r.year as number;
    for (const f of def.fields) {
      const v = r[columnOf(f.key)] as string | number | null;
      row[f.key] = f.type === 'boolean' ? (v === null ? null : v === 1) : v;
    }
    return row;
  });
}

/** Reads the whole base data once for evaluating a pack (tens of thousands of rows is fine in memory). */
export function loadBaseDataSnapshot(db: Database.Database): BaseDataSnapshot {
  const snap: BaseDataSnapshot = { school: {}, years: [], data: {} };
  const years = new Set<number>();
  for (const def of DATASETS) {
    const rows = allRows(db, def);
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
