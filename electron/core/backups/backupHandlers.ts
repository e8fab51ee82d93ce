import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { BackupEntry } from '../../../shared/api/backupCalls.js';
import { BACKUP_KEEP_TEXT, backupReasonLabel } from '../../../shared/backups/backupReason.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { type AppContext, requireStore } from '../appContext.js';
import { buildDiagnostics } from '../diagnostics/buildDiagnostics.js';
import { logEvent } from '../log/appLog.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { type BackupInfo, backupInfoOf, backupsDirFor, deleteBackupFile, listBackups } from '../store/backupFiles.js';
import { checkDatabase } from '../store/checkDatabase.js';
import { collectEvidenceGarbage } from '../store/evidenceKeptByBackups.js';
import { checkDatabaseFile, databaseFacts, withReadableDatabase } from '../store/inspectDatabaseFile.js';
import { restoreDatabase } from '../store/restoreDatabase.js';
import { storeStatusOf } from '../store/storeHandlers.js';

/** A backup as the 备份与恢复 page lists it, with the school and version read from the file itself. */
export function backupEntryOf(b: BackupInfo): BackupEntry {
  let facts: { schemaVersion: number | null; schoolName: string | null } = { schemaVersion: null, schoolName: null };
  try {
    facts = withReadableDatabase(b.path, databaseFacts);
  } catch {
    /* unreadable: its check says why */
  }
  return {
    id: b.fileName,
    reason: b.reason,
    label: backupReasonLabel(b.reason),
    kind: b.kind,
    keep: BACKUP_KEEP_TEXT[b.kind],
    createdAt: b.createdAt,
    sizeBytes: b.sizeBytes,
    ...facts,
  };
}

function dbPathOf(ctx: AppContext): string {
  return ctx.store?.path ?? ctx.dbPath;
}

/** The backup named `id` in this database's backups folder (the id is a file name, checked by the contract). */
function backupById(ctx: AppContext, id: string): BackupInfo {
  const file = path.join(backupsDirFor(dbPathOf(ctx)), path.basename(id));
  const info = backupInfoOf(file);
  if (!info) throw new AppError('BACKUP_NOT_FOUND', `找不到备份「${id}」，可能已被删除`, { file: id });
  return info;
}

export const backupHandlers: NamespaceHandlers<'backup'> = {
  'backup/list': (_input, ctx) => ({ backups: listBackups(dbPathOf(ctx)).map(backupEntryOf) }),
  'backup/create': async (_input, ctx) => {
    const store = requireStore(ctx);
    return backupEntryOf(await backupDatabase(store.db, store.path, 'manual', ctx.now()));
  },
  'backup/check': (input, ctx) => {
    const report = checkDatabaseFile(backupById(ctx, input.id).path, ctx.now());
    return { ok: report.ok, summary: report.summary, checkedAt: report.checkedAt, items: report.items };
  },
  'backup/restore': async (input, ctx) => {
    const source = backupById(ctx, input.id);
    const restored = backupEntryOf(source);
    const r = await restoreDatabase(ctx, source.path);
    return { restored, previousState: backupEntryOf(r.previousState), status: storeStatusOf(ctx) };
  },
  'backup/delete': (input, ctx) => {
    const b = backupById(ctx, input.id);
    deleteBackupFile(b);
    logEvent('info', 'backup.deleted', { reason: b.reason, kind: b.kind });
    if (ctx.store) collectEvidenceGarbage(ctx.store.db, ctx.store.path);
    return { deleted: true as const };
  },
  'backup/checkDatabase': (_input, ctx) => checkDatabase(requireStore(ctx), ctx.now()),
  'backup/exportDiagnostics': (input, ctx) => {
    const d = buildDiagnostics(ctx, input.openError);
    return { file: ctx.files.putOutput(d.fileName, Buffer.from(d.text, 'utf8')) };
  },
};
