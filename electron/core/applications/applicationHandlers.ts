import { AppError } from '../../../shared/api/apiError.js';
import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import { coerceInput } from '../../../shared/packs/coerceInput.js';
import type { Pack, PackField, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import {
  type ApplicationRow,
  deleteOverride,
  getApplication,
  insertApplication,
  listApplications,
  setAccepted,
  updateApplication,
  writeOverride,
} from '../packs/applicationRepo.js';
import { trashApplication } from '../packs/applicationTrash.js';
import { checkGivenParams, checkRequiredParams } from '../packs/checkGivenParams.js';
import { copyConfirmations } from '../packs/confirmationRepo.js';
import { defaultApplicationTitle } from '../packs/defaultApplicationTitle.js';
import { getLibraryPack } from '../packs/packLibrary.js';
import { quotaWarning } from '../packs/quotaWarning.js';
import { resolveStoredApplication, snapshotOf } from '../packs/resolveStoredApplication.js';
import { applicationCopyHandlers } from './applicationCopyHandlers.js';

function fieldOf(pack: Pack, key: string): PackField {
  const f = pack.fields.find((x) => x.key === key);
  if (!f) throw new AppError('UNKNOWN_FIELD', `通知「${pack.docNo}」中没有字段「${key}」`, { field: key });
  return f;
}

function summary(app: ApplicationRow, pack: Pack) {
  return {
    id: app.id,
    packId: app.packId,
    docNo: pack.docNo,
    packTitle: pack.title,
    title: app.title,
    status: app.status,
    params: app.params,
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
  };
}

function fieldUpdate(resolved: ResolvedApplication, key: string) {
  return { field: resolved.fields[key], completeness: resolved.completeness, exportBlocked: resolved.exportBlocked };
}

export const applicationHandlers: NamespaceHandlers<'application'> = {
  ...applicationCopyHandlers,
  'application/list': (input, ctx) => {
    const db = requireStore(ctx).db;
    return listApplications(db, input.packId).map((a) => {
      let pack: Pack | undefined;
      try {
        pack = getLibraryPack(db, a.packId).pack;
      } catch {
        pack = undefined;
      }
      return pack
        ? summary(a, pack)
        : { ...summary(a, { docNo: '', title: `（通知「${a.packId}」已不在通知库中）` } as Pack) };
    });
  },
  'application/create': (input, ctx) => {
    const db = requireStore(ctx).db;
    const { pack } = getLibraryPack(db, input.packId);
    if (pack.kind === 'programme')
      throw new AppError('PACK_HAS_NO_FORMS', `通知「${pack.docNo}」只是项目通知，没有需要填写的表单`, {
        field: 'packId',
      });
    const rp = resolveParameters(pack, snapshotOf(db, true), input.params, localIsoDate(ctx.now()));
    checkGivenParams(pack, input.params, rp);
    checkRequiredParams(pack, rp);
    const warning = quotaWarning(db, pack);
    const title = input.title || defaultApplicationTitle(pack, rp.labels);
    const id = db.transaction(() => {
      const newId = insertApplication(db, pack.id, title, rp.params);
      // Answers given on the notice page before the application existed carry over to it.
      copyConfirmations(db, pack.id, null, newId);
      return newId;
    })();
    return { id, warnings: warning ? [warning] : [] };
  },
  'application/get': (input, ctx) => {
    const db = requireStore(ctx).db;
    const { app, pack, resolved, snapshot } = resolveStoredApplication(db, input.applicationId, ctx.now(), true);
    const rp = resolveParameters(pack, snapshot, app.params, localIsoDate(ctx.now()));
    return { application: summary(app, pack), pack, paramOptions: rp.options, paramProblems: rp.problems, resolved };
  },
  'application/update': (input, ctx) => {
    const db = requireStore(ctx).db;
    const app = getApplication(db, input.applicationId);
    let params = input.params;
    if (params) {
      const { pack } = getLibraryPack(db, app.packId);
      const rp = resolveParameters(pack, snapshotOf(db, true), { ...app.params, ...params }, localIsoDate(ctx.now()));
      checkGivenParams(pack, params, rp);
      params = rp.params;
    }
    updateApplication(db, input.applicationId, { title: input.title, params });
    return { ok: true as const };
  },
  'application/setValue': (input, ctx) => {
    const db = requireStore(ctx).db;
    const app = getApplication(db, input.applicationId);
    const field = fieldOf(getLibraryPack(db, app.packId).pack, input.fieldKey);
    if (field.locked)
      throw new AppError('FIELD_LOCKED', `「${field.label}」由本表其他项自动计算，不能改写`, { field: field.key });
    writeOverride(db, app.id, field.key, coerceInput(field, input.value));
    return fieldUpdate(resolveStoredApplication(db, app.id, ctx.now(), false).resolved, field.key);
  },
  'application/resetValue': (input, ctx) => {
    const db = requireStore(ctx).db;
    const app = getApplication(db, input.applicationId);
    const field = fieldOf(getLibraryPack(db, app.packId).pack, input.fieldKey);
    deleteOverride(db, app.id, field.key);
    return fieldUpdate(resolveStoredApplication(db, app.id, ctx.now(), false).resolved, field.key);
  },
  'application/acceptProblem': (input, ctx) => {
    const db = requireStore(ctx).db;
    const app = getApplication(db, input.applicationId);
    const field = fieldOf(getLibraryPack(db, app.packId).pack, input.fieldKey);
    setAccepted(db, app.id, field.key, input.code, input.accepted);
    return fieldUpdate(resolveStoredApplication(db, app.id, ctx.now(), false).resolved, field.key);
  },
  'application/setStatus': (input, ctx) => {
    updateApplication(requireStore(ctx).db, input.applicationId, { status: input.status });
    return { ok: true as const };
  },
  'application/delete': async (input, ctx) => {
    const store = requireStore(ctx);
    const r = await trashApplication(store.db, store.path, input.applicationId, ctx.now());
    return { deleted: true as const, ...r };
  },
};
