import { AppError } from '../../../shared/api/apiError.js';
import { findDataset } from '../../../shared/datasets/datasetRegistry.js';
import { type AppContext, requireStore } from '../appContext.js';
import { saveRows } from '../datasets/datasetRepo.js';
import { backupDatabase, type BackupInfo } from '../store/backupDatabase.js';
import { type BundleInspection, inspectBundle } from './inspectBundle.js';

export interface BundleImportResult {
  inspection: BundleInspection;
  backup: BackupInfo;
  applicationId: number;
  rowsWritten: number;
}

/**
 * Imports a bundle all or nothing: the full inspection first (any problem refuses before a byte is
 * written), then an automatic backup, then every data set and the application in one transaction.
 */
export async function importBundle(ctx: AppContext, zipBytes: Buffer, file: string): Promise<BundleImportResult> {
  const store = requireStore(ctx);
  const db = store.db;
  const inspection = await inspectBundle(db, zipBytes, file);
  const backup = await backupDatabase(db, store.path, 'before-bundle-import', ctx.now());
  let applicationId = 0;
  let rowsWritten = 0;
  const { data } = inspection;
  try {
    db.transaction(() => {
      for (const step of inspection.diff.plan) {
        const def = findDataset(step.dataset);
        if (!def) continue;
        // Values in data.json are stored values: money already in 分.
        saveRows(db, def, { upserts: step.upserts, year: step.year, moneyInFen: true });
        rowsWritten += step.upserts.length;
      }
      const app = data.application;
      const now = ctx.now().toISOString();
      if (inspection.application.existingId) {
        applicationId = inspection.application.existingId;
        db.prepare('DELETE FROM application_value WHERE application_id = ?').run(applicationId);
        db.prepare('UPDATE application SET updated_at = ? WHERE id = ?').run(now, applicationId);
      } else {
        applicationId = Number(
          db
            .prepare(
              "INSERT INTO application (pack_id, title, params_json, status, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?)",
            )
            .run(app.packId, app.title, JSON.stringify(app.params), now, now).lastInsertRowid,
        );
      }
      const put = db.prepare(
        'INSERT INTO application_value (application_id, field_key, value_json, updated_at) VALUES (?, ?, ?, ?)',
      );
      for (const [key, value] of Object.entries(app.values)) put.run(applicationId, key, JSON.stringify(value), now);
    })();
  } catch (e) {
    if (e instanceof AppError)
      throw new AppError(e.code, `导入未完成，数据库未做任何修改：${e.message}`, { file, ...e.where }, e.details);
    throw new AppError('BUNDLE_IMPORT_FAILED', `导入未完成，数据库未做任何修改：${(e as Error).message}`, { file });
  }
  return { inspection, backup, applicationId, rowsWritten };
}
