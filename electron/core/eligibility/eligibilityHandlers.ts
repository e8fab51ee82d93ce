import { AppError } from '../../../shared/api/apiError.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { writeConfirmation } from '../packs/confirmationRepo.js';
import { applicationOfNotice, eligibilityFor } from '../packs/eligibilityFor.js';
import { eligibilityReportFile } from '../packs/eligibilityReportFile.js';
import { getLibraryPack } from '../packs/packLibrary.js';

export const eligibilityHandlers: NamespaceHandlers<'eligibility'> = {
  'eligibility/check': (input, ctx) => eligibilityFor(requireStore(ctx).db, input, ctx.now()).report,
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
      mime: f.mime,
      // The preview's page travels as text; a file to save waits in the outbox.
      ...(input.format === 'html' ? {} : { file: ctx.files.putOutput(f.fileName, f.bytes) }),
      ...(f.html !== undefined ? { html: f.html } : {}),
    };
  },
};
