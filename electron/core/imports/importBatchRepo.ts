import type Database from 'better-sqlite3';

export interface ImportBatch {
  id: number;
  dataset: string;
  year: number | null;
  fileName: string;
  sheet: string;
  sha256: string;
  insertedCount: number;
  updatedCount: number;
  status: 'applied' | 'undone';
  createdAt: string;
  undoneAt: string | null;
}

const SELECT = `SELECT id, dataset, year, file_name AS fileName, sheet, sha256, inserted_count AS insertedCount,
  updated_count AS updatedCount, status, created_at AS createdAt, undone_at AS undoneAt FROM import_batch`;

export function listImportBatches(db: Database.Database, dataset?: string): ImportBatch[] {
  return (
    dataset
      ? db.prepare(`${SELECT} WHERE dataset = ? ORDER BY id DESC`).all(dataset)
      : db.prepare(`${SELECT} ORDER BY id DESC`).all()
  ) as ImportBatch[];
}

export function getImportBatch(db: Database.Database, id: number): (ImportBatch & { columnsJson: string }) | undefined {
  return db.prepare(`${SELECT.replace(' FROM', ', columns_json AS columnsJson FROM')} WHERE id = ?`).get(id) as
    (ImportBatch & { columnsJson: string }) | undefined;
}
