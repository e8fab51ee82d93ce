import { AppError } from '../../../shared/api/apiError.js';
import { buildExportChecklist } from '../../../shared/packs/exportChecklist.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import type { HandlersFor } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { listEvidencePicks } from '../bundles/evidencePicks.js';
import { getApplication } from './applicationRepo.js';
import { listTrash, restoreApplication } from './applicationTrash.js';
import { checkGivenParams } from './checkGivenParams.js';
import { writeConfirmation } from './confirmationRepo.js';
import { duplicateApplication } from './duplicateApplication.js';
import { applicationOfNotice, eligibilityFor } from './eligibilityFor.js';
import { eligibilityReportFile } from './eligibilityReportFile.js';
import { getLibraryPack } from './packLibrary.js';
import { quotaWarning } from './quotaWarning.js';
import { localIsoDate, resolveStoredApplication, snapshotOf } from './resolveStoredApplication.js';

export const noticeHandlers: HandlersFor<
  | 'eligibility/confirm'
  | 'eligibility/report'
  | 'application/duplicate'
  | 'application/trash'
  | 'application/restore'
  | 'application/exportChecklist'
> = {
  'eligibility/confirm': (input, ctx) => {
    const db = requireStore(ctx).db;
    const { pack } = getLibraryPack(db, input.packId);
    if (input.applicationId !== undefined) applicationOfNotice(db, pack, input.applicationId);
    const rule = pack.eligibility?.rules.find((r) => r.id === input.ruleId);
    if (!rule)
      throw new AppError('UNKNOWN_RULE', `通知「${pack.docNo}」中没有编号为「${input.ruleId}」的条件`, {
        field: 'ruleId',
      });
    if (rule.expr || rule.allOf)
      throw new AppError('RULE_NOT_CONFIRMABLE', `条件「${rule.id}」由基础数据计算，不需要学校确认`, {
        field: 'ruleId',
      });
    writeConfirmation(db, pack.id, input.applicationId ?? null, rule.id, input.answer, input.note, ctx.now());
    return eligibilityFor(db, input, ctx.now()).report;
  },
  'eligibility/report': async (input, ctx) => {
    const f = await eligibilityReportFile(ctx, input, input.format);
    return {
      fileName: f.fileName,
      mime: f.mime,
      dataBase64: Buffer.from(f.bytes).toString('base64'),
      ...(f.html !== undefined ? { html: f.html } : {}),
    };
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
