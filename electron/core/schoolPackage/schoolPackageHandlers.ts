import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { SchoolPackageSummary } from '../../../shared/api/schoolPackageCalls.js';
import { schoolPackageFileName, type SchoolPackageManifest } from '../../../shared/bundles/schoolPackageManifest.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { type AppContext, requireStore } from '../appContext.js';
import { backupDatabase, type BackupInfo } from '../store/backupDatabase.js';
import { openStore } from '../store/openStore.js';
import { exportSchoolPackage } from './exportSchoolPackage.js';
import { discardTransfer, getTransfer, receiveTransfer } from './packageTransfers.js';
import { backupClosed, holdsData, placeStagedPackage } from './restoreSchoolPackage.js';
import { stageSchoolPackage } from './stageSchoolPackage.js';

function summary(m: SchoolPackageManifest, warnings: string[]): SchoolPackageSummary {
  const evidence = m.files.filter((f) => f.kind === 'evidence');
  return {
    school: m.school,
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    counts: m.counts.map((c) => ({ label: c.label, rows: c.rows })),
    applications: m.applications,
    fileCount: m.files.length,
    evidenceFiles: evidence.length,
    evidenceBytes: evidence.reduce((n, f) => n + f.size, 0),
    notice: m.notice,
    warnings,
  };
}

function currentSchool(ctx: AppContext): { schoolName: string; holdsData: boolean } {
  if (ctx.store) {
    const r = ctx.store.db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string } | undefined;
    return { schoolName: r?.name ?? '', holdsData: true };
  }
  return { schoolName: '', holdsData: holdsData(ctx.dbPath) };
}

/**
 * Replaces the school in the data folder with a staged package: a verified backup of the current
 * database first, the store closed, the files put in place (all or nothing), the store reopened.
 */
async function restoreInto(ctx: AppContext, token: string, replace: boolean) {
  const t = getTransfer(token);
  if (!t.staged) throw new AppError('SCHOOL_PACKAGE_NOT_CHECKED', '请先校验学校数据包，再恢复');
  const current = currentSchool(ctx);
  if (current.holdsData && !replace)
    throw new AppError(
      'SCHOOL_PACKAGE_CONFIRM',
      `恢复会用数据包替换${current.schoolName ? `当前学校「${current.schoolName}」` : '数据文件夹中现有学校'}的全部数据，请先确认。未做任何修改`,
    );
  const open = ctx.store;
  const target = open?.path ?? ctx.dbPath;
  let backup: BackupInfo | undefined;
  if (open) backup = await backupDatabase(open.db, open.path, 'before-school-restore', ctx.now());
  else if (current.holdsData) backup = await backupClosed(target, ctx.now());
  ctx.setStore(null);
  let added: number;
  try {
    added = await placeStagedPackage(t.staged, target);
  } catch (e) {
    if (open) ctx.setStore(await openStore(target, { appVersion: ctx.appVersion }));
    throw e;
  }
  ctx.setStore(await openStore(target, { appVersion: ctx.appVersion }));
  const warnings = t.staged.warnings;
  const schoolName = t.staged.facts.school.name;
  discardTransfer(token);
  return { schoolName, backupPath: backup?.path ?? null, evidenceAdded: added, warnings };
}

export const schoolPackageHandlers: NamespaceHandlers<'schoolPackage'> = {
  'schoolPackage/export': async (_input, ctx) => {
    const store = requireStore(ctx);
    const now = ctx.now();
    const name = (store.db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string }).name;
    // Written (atomically, streamed) straight into the outbox: the window saves it by token.
    const out = ctx.files.newOutput(schoolPackageFileName(name, now));
    const r = await exportSchoolPackage(store.db, store.path, out.path, { appVersion: ctx.appVersion, now });
    return {
      ...summary(r.manifest, r.warnings),
      file: ctx.files.describe(out.token),
      sizeBytes: r.sizeBytes,
      sha256: r.sha256,
    };
  },
  'schoolPackage/receive': (input, ctx) => {
    const t = receiveTransfer(ctx.files.chosen(input.file));
    return { token: t.token, size: t.size };
  },
  'schoolPackage/inspect': async (input, ctx) => {
    const t = getTransfer(input.token);
    if (!t.staged) {
      const parent = path.dirname(ctx.store?.path ?? ctx.dbPath);
      fs.mkdirSync(parent, { recursive: true });
      try {
        t.staged = await stageSchoolPackage(t.path, t.fileName, parent, ctx.appVersion);
      } catch (e) {
        // A refused file is of no further use; nothing of it stays on disk.
        discardTransfer(t.token);
        throw e;
      }
    }
    return { ...summary(t.staged.manifest, t.staged.warnings), fileName: t.fileName, current: currentSchool(ctx) };
  },
  'schoolPackage/restore': (input, ctx) => restoreInto(ctx, input.token, input.replace),
  'schoolPackage/discard': (input) => ({ discarded: discardTransfer(input.token) }),
};
