import type Database from 'better-sqlite3';

import type { DatasetDef, DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { listRows } from './datasetRepo.js';

/** All rows of a data set; a yearly one without a year gives every year's rows. */
export function rowsForExport(db: Database.Database, def: DatasetDef, year?: number): DatasetRow[] {
  if (!def.yearly || year !== undefined) return listRows(db, def, year);
  const years = (db.prepare(`SELECT DISTINCT year FROM ${def.table} ORDER BY year`).all() as { year: number }[]).map(
    (r) => r.year,
  );
  return years.flatMap((y) => listRows(db, def, y));
}
