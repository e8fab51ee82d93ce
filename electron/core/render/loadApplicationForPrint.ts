import { AppError } from '../../../shared/api/apiError.js';
import type { FieldValue, Pack, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import { requireStore, type AppContext } from '../appContext.js';
import { loadBaseDataSnapshot } from '../datasets/loadBaseDataSnapshot.js';
import { getLibraryPack } from '../packs/packLibrary.js';

/**
 * The pack and the resolved values of one application, as printing needs them. Reads the
 * application tables directly; to be replaced by the applications module's loader once it exists.
 */
export function loadApplicationForPrint(ctx: AppContext, applicationId: number): { pack: Pack; app: ResolvedApplication } {
  const db = requireStore(ctx).db;
  const row = db.prepare('SELECT id, pack_id, title, params_json, status FROM application WHERE id = ?').get(applicationId) as
    | { id: number; pack_id: string; title: string; params_json: string; status: ResolvedApplication['status'] }
    | undefined;
  if (!row) throw new AppError('APPLICATION_NOT_FOUND', `找不到第 ${applicationId} 号申报`, { field: 'applicationId' });
  const pack = getLibraryPack(db, row.pack_id).pack;
  const values = db.prepare('SELECT field_key, value_json FROM application_value WHERE application_id = ?').all(applicationId) as { field_key: string; value_json: string }[];
  const overrides: Record<string, FieldValue> = Object.fromEntries(values.map((v) => [v.field_key, JSON.parse(v.value_json) as FieldValue]));
  const app = resolveApplication({
    pack,
    snapshot: loadBaseDataSnapshot(db),
    params: JSON.parse(row.params_json) as Record<string, unknown>,
    overrides,
    today: ctx.now().toISOString().slice(0, 10),
    applicationId,
    title: row.title,
    status: row.status,
  });
  return { pack, app };
}
