import type Database from 'better-sqlite3';
import demo from '../../../assets/demo/demoSchool.json' with { type: 'json' };
import { enterprisesDataset } from '../../../shared/datasets/enterprisesDataset.js';
import { schoolDataset } from '../../../shared/datasets/schoolDataset.js';
import { saveRows } from '../datasets/datasetRepo.js';

/**
 * Fills a fresh database with the fictional demo school from assets/. The asset is never written
 * to: each 「打开示例学校」 builds a new copy, so the original stays clean.
 */
export function seedDemoSchool(db: Database.Database, _now: Date): void {
  db.transaction(() => {
    saveRows(db, schoolDataset, { upserts: [{ id: 1, ...demo.school }] });
    saveRows(db, enterprisesDataset, { upserts: demo.enterprises });
  })();
}
