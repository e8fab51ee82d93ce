import { AppError } from '../../../shared/api/apiError.js';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument.js';
import { requireStore } from '../appContext.js';
import { readEvidence } from '../evidence/evidenceStore.js';
import { resolveStoredApplication } from '../packs/resolveStoredApplication.js';
import type { PackAccess } from './bundleSource.js';
import { listEvidencePicks } from './evidencePicks.js';

/** 「佐证材料页码（申报专业）」 → 「申报专业」, for index titles. */
function evidenceSubject(label: string | undefined): string {
  if (!label) return '';
  return /（(.+)）\s*$/.exec(label)?.[1] ?? label.replace(/^佐证材料页码/, '');
}

// Wiring of the bundle to the packs and applications, print builder and evidence store.
export const packAccess: PackAccess = {
  load(ctx, applicationId) {
    // The same loader the editor and the single-form export use, with a fresh base-data read.
    const { pack, resolved, snapshot } = resolveStoredApplication(requireStore(ctx).db, applicationId, ctx.now(), true);
    return { pack, resolved, snapshot };
  },
  layoutForm(_ctx, pack, resolved, formId, evidencePages) {
    const form = pack.forms.find((f) => f.id === formId);
    if (!form) throw new AppError('FORM_NOT_FOUND', `通知包「${pack.id}」中没有表「${formId}」`);
    return buildPrintDocument(pack, form, resolved, { evidencePages });
  },
  evidence(ctx, pack, _resolved, applicationId) {
    const store = requireStore(ctx);
    const labels = new Map(pack.fields.map((f) => [f.key, f.label]));
    return listEvidencePicks(store.db, applicationId).map((p, i) => {
      const file = readEvidence(store.db, store.path, p.hash);
      const subject = evidenceSubject(labels.get(p.evidenceKey));
      const title = p.title || [subject, p.name.replace(/\.[^.]+$/, '')].filter(Boolean).join('：');
      return {
        ref: `${i + 1}:${p.evidenceKey}:${p.hash}`,
        title,
        fileName: p.name,
        sha256: p.hash,
        mime: p.mime,
        bytes: file.bytes,
        fieldKey: p.evidenceKey,
        pickTitle: p.title,
      };
    });
  },
};
