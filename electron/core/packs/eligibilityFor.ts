import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import { checkEligibility, type EligibilityReport } from '../../../shared/packs/checkEligibility.js';
import type { Pack } from '../../../shared/packs/packSchema.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import { type ApplicationRow, getApplication } from './applicationRepo.js';
import { checkGivenParams } from './checkGivenParams.js';
import { readConfirmations } from './confirmationRepo.js';
import { getLibraryPack } from './packLibrary.js';
import { snapshotOf } from './resolveStoredApplication.js';

export interface EligibilityRequest {
  packId: string;
  params?: Record<string, unknown>;
  /** Check this application (its parameters and confirmations); it must belong to the notice. */
  applicationId?: number;
}

/** An application of the notice, or a Chinese refusal naming both when it belongs to another one. */
export function applicationOfNotice(db: Database.Database, pack: Pack, applicationId: number): ApplicationRow {
  const app = getApplication(db, applicationId);
  if (app.packId !== pack.id)
    throw new AppError(
      'APPLICATION_OF_OTHER_NOTICE',
      `第 ${app.id} 号申报「${app.title}」属于通知「${app.packId}」，不是「${pack.id}」（${pack.docNo}）的申报`,
      { field: 'applicationId' },
    );
  return app;
}

/** The eligibility (or self-check) of a notice for given parameters, or of one of its applications. */
export function eligibilityFor(
  db: Database.Database,
  req: EligibilityRequest,
  now: Date,
): { pack: Pack; report: EligibilityReport; app?: ApplicationRow; snapshot: BaseDataSnapshot } {
  const { pack } = getLibraryPack(db, req.packId);
  const app = req.applicationId !== undefined ? applicationOfNotice(db, pack, req.applicationId) : undefined;
  const given = req.params ?? {};
  const snapshot = snapshotOf(db, true);
  const today = localIsoDate(now);
  const params = { ...(app?.params ?? {}), ...given };
  checkGivenParams(pack, given, resolveParameters(pack, snapshot, params, today));
  const confirmations = readConfirmations(db, pack.id, app?.id ?? null);
  const report = checkEligibility(pack, snapshot, params, { today, confirmations });
  return { pack, report, app, snapshot };
}
