import { AppError } from '../../../shared/api/apiError.js';
import { validatePack } from '../../../shared/packs/validatePack.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { type AppContext, requireStore } from '../appContext.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { countApplicationsByStatus } from './applicationRepo.js';
import { getLibraryPack, importPackFile, listLibraryPacks, parsePackJson, removeImportedPack } from './packLibrary.js';
import { parameterHandlers } from './parameterHandlers.js';
import { localIsoDate, snapshotOf } from './resolveStoredApplication.js';

/** Whole days from today to the deadline (the deadline day itself counts 0). */
export function daysLeft(deadline: string | undefined, now: Date): number | null {
  if (!deadline) return null;
  const [y, m, d] = deadline.split('-').map(Number);
  const today = localIsoDate(now).split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(today[0], today[1] - 1, today[2])) / 86_400_000);
}

function decodeBase64(data: string, fileName: string): Uint8Array {
  const bytes = Buffer.from(data, 'base64');
  if (!bytes.length) throw new AppError('EMPTY_FILE', `文件「${fileName}」是空的`, { file: fileName });
  return bytes;
}

export const packHandlers: NamespaceHandlers<'pack'> = {
  ...parameterHandlers,
  'pack/list': (_input, ctx: AppContext) => {
    const db = ctx.store?.db ?? null;
    const counts = countApplicationsByStatus(db);
    const now = ctx.now();
    return listLibraryPacks(db).map(({ pack, origin }) => ({
      id: pack.id,
      docNo: pack.docNo,
      title: pack.title,
      issuers: pack.issuers,
      issueDate: pack.issueDate,
      deadline: pack.deadline,
      daysLeft: daysLeft(pack.deadline, now),
      kind: pack.kind,
      level: pack.level,
      origin,
      hasEligibility: !!pack.eligibility?.rules.length,
      formCount: pack.forms.length,
      applications: counts.get(pack.id) ?? { draft: 0, exported: 0, submitted: 0 },
    }));
  },
  'pack/get': (input, ctx) => {
    const p = getLibraryPack(ctx.store?.db ?? null, input.packId);
    return { pack: p.pack, origin: p.origin, fileName: p.fileName };
  },
  'pack/validate': (input) => {
    const r = validatePack(parsePackJson(decodeBase64(input.dataBase64, input.fileName), input.fileName));
    if (!r.ok) return { ok: false, problems: r.problems };
    const { docNo, title, fields, forms } = r.pack;
    return { ok: true, problems: [], pack: { docNo, title, fieldCount: fields.length, formCount: forms.length } };
  },
  'pack/import': async (input, ctx) => {
    const store = requireStore(ctx);
    const bytes = decodeBase64(input.dataBase64, input.fileName);
    // Validate before the backup so a refused file costs nothing; the write itself is one statement.
    const raw = parsePackJson(bytes, input.fileName);
    const pre = validatePack(raw);
    if (pre.ok) await backupDatabase(store.db, store.path, 'pack-import', ctx.now());
    const pack = importPackFile(store.db, input.fileName, bytes, snapshotOf(store.db, true));
    return { id: pack.id, docNo: pack.docNo, title: pack.title };
  },
  'pack/remove': (input, ctx) => {
    removeImportedPack(requireStore(ctx).db, input.packId);
    return { removed: true as const };
  },
};
