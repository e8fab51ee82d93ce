import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import { buildExportChecklist } from '../../../shared/packs/exportChecklist.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import type { NamespacePart } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { listEvidencePicks } from '../bundles/evidencePicks.js';
import { getApplication } from '../packs/applicationRepo.js';
import { listTrash, restoreApplication } from '../packs/applicationTrash.js';
import { checkGivenParams } from '../packs/checkGivenParams.js';
import { duplicateApplication } from '../packs/duplicateApplication.js';
import { eligibilityFor } from '../packs/eligibilityFor.js';
import { getLibraryPack } from '../packs/packLibrary.js';
import { pickApplication } from '../packs/pickApplication.js';
import { quotaWarning } from '../packs/quotaWarning.js';
import { resolveStoredApplication, snapshotOf } from '../packs/resolveStoredApplication.js';

/** Copying, the 回收站 (trash), the pre-export checklist and the pick of a headless export. */
export const applicationCopyHandlers: NamespacePart<
  'application',
  | 'application/duplicate'
  | 'application/trash'
  | 'application/restore'
  | 'application/exportChecklist'
  | 'application/pick'
> = {
  'application/pick': (input, ctx) => {
    const db = requireStore(ctx).db;
    const { pack } = getLibraryPack(db, input.packId);
    return { applicationId: pickApplication(db, pack, input.params, input.applicationId, ctx.now()) };
  },
  'application/duplicate': (input, ctx) => {
    const db = requireStore(ctx).db;
    const from = getApplication(db, input.applicationId);
    const { pack } = getLibraryPack(db, from.packId);
    const given = input.params ?? {};
    const rp = resolveParameters(pack, snapshotOf(db, true), { ...from.params, ...given }, localIsoDate(ctx.now()));
    checkGivenParams(pack, given, rp);
    const warning = quotaWarning(db, pack);
    const id = duplicateApplication(db, from.id, input.title ?? `${from.title}（副本）`, rp.params);
    return { id, warnings: warning ? [warning] : [] };
  },
  'application/trash': (input, ctx) => listTrash(requireStore(ctx).db, input.packId),
  'application/restore': (input, ctx) => restoreApplication(requireStore(ctx).db, input.trashId, ctx.now()),
  'application/exportChecklist': (input, ctx) => {
    const db = requireStore(ctx).db;
    const { app, pack, resolved } = resolveStoredApplication(db, input.applicationId, ctx.now(), true);
    const report = pack.eligibility?.rules.length
      ? eligibilityFor(db, { packId: pack.id, applicationId: app.id }, ctx.now()).report
      : null;
    const picked = listEvidencePicks(db, app.id).map((p) => p.evidenceKey);
    return buildExportChecklist(pack, resolved, picked, report);
  },
};
