import { AppError } from '../../../shared/api/apiError.js';
import { PACK_FILE_MAX_BYTES } from '../../../shared/api/packCalls.js';
import { windowsSafeName } from '../../../shared/bundles/windowsSafeName.js';
import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import { validatePack } from '../../../shared/packs/validatePack.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { type AppContext, requireStore } from '../appContext.js';
import { backupDatabase } from '../store/backupDatabase.js';
import { countApplicationsByStatus } from './applicationRepo.js';
import {
  getLibraryPack,
  importPackFile,
  invalidPack,
  listLibraryPacks,
  parsePackJson,
  removeImportedPack,
} from './packLibrary.js';
import { parameterHandlers } from './parameterHandlers.js';
import { snapshotOf } from './resolveStoredApplication.js';

/** Whole days from today to the deadline (the deadline day itself counts 0). */
export function daysLeft(deadline: string | undefined, now: Date): number | null {
  if (!deadline) return null;
  const [y, m, d] = deadline.split('-').map(Number);
  const today = localIsoDate(now).split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(today[0], today[1] - 1, today[2])) / 86_400_000);
}

/** The chosen pack file's bytes and name; an empty file is refused naming it. */
function readPackFile(ctx: AppContext, token: string): { bytes: Uint8Array; fileName: string } {
  const { bytes, name } = ctx.files.readChosen(token, PACK_FILE_MAX_BYTES);
  if (!bytes.length) throw new AppError('EMPTY_FILE', `文件「${name}」是空的`, { file: name });
  return { bytes, fileName: name };
}

/** Validates a pack file and adds it to the library, backed up first; a refused file changes nothing. */
async function addToLibrary(ctx: AppContext, fileName: string, bytes: Uint8Array) {
  const store = requireStore(ctx);
  // Validate before the backup so a refused file costs nothing; the write itself is one statement.
  const raw = parsePackJson(bytes, fileName);
  const pre = validatePack(raw);
  if (pre.ok) await backupDatabase(store.db, store.path, 'pack-import', ctx.now());
  const pack = importPackFile(store.db, fileName, bytes, snapshotOf(store.db, true));
  return { id: pack.id, docNo: pack.docNo, title: pack.title };
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
  'pack/validate': (input, ctx) => {
    const { bytes, fileName } = readPackFile(ctx, input.file);
    const r = validatePack(parsePackJson(bytes, fileName));
    if (!r.ok) return { ok: false, problems: r.problems };
    const { docNo, title, fields, forms } = r.pack;
    return { ok: true, problems: [], pack: { docNo, title, fieldCount: fields.length, formCount: forms.length } };
  },
  'pack/import': (input, ctx) => {
    const { bytes, fileName } = readPackFile(ctx, input.file);
    return addToLibrary(ctx, fileName, bytes);
  },
  'pack/save': (input, ctx) => {
    // The designer's pack, stored as a pack file of its own id would be (the same checks as an import).
    const id = (input.pack as { id?: unknown } | null)?.id;
    const fileName = `${typeof id === 'string' && id ? id : '通知包'}.json`;
    return addToLibrary(ctx, fileName, Buffer.from(`${JSON.stringify(input.pack, null, 2)}\n`, 'utf8'));
  },
  'pack/toFile': (input, ctx) => {
    // The designer's pack as a file to share with other schools; one with errors would be refused there.
    const r = validatePack(input.pack);
    const title = (input.pack as { title?: unknown } | null)?.title;
    // A title's 「/」 is part of the name, not a folder: made full-width before the outbox takes a plain name.
    const fileName = `${windowsSafeName(typeof title === 'string' ? title.slice(0, 60) : '', undefined, '通知包')}.json`;
    if (!r.ok) throw invalidPack(r.problems, fileName, '未导出');
    return ctx.files.putOutput(fileName, Buffer.from(`${JSON.stringify(input.pack, null, 2)}\n`, 'utf8'));
  },
  'pack/remove': (input, ctx) => {
    removeImportedPack(requireStore(ctx).db, input.packId);
    return { removed: true as const };
  },
};
