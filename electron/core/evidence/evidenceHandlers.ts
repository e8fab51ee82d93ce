import { EVIDENCE_MAX_BYTES } from '../../../shared/api/evidenceCalls.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { addEvidence, listEvidence, removeEvidence, verifiedEvidenceFile } from './evidenceStore.js';

export const evidenceHandlers: NamespaceHandlers<'evidence'> = {
  'evidence/add': (input, ctx) => {
    const store = requireStore(ctx);
    const { bytes, name } = ctx.files.readChosen(input.file, EVIDENCE_MAX_BYTES);
    return addEvidence(store.db, store.path, {
      dataset: input.dataset,
      rowId: input.rowId,
      fileName: name,
      bytes,
      note: input.note,
    });
  },
  'evidence/list': (input, ctx) => ({ items: listEvidence(requireStore(ctx).db, input) }),
  'evidence/get': async (input, ctx) => {
    const store = requireStore(ctx);
    const { path, ...rest } = await verifiedEvidenceFile(store.db, store.path, input.hash);
    // Shown where it is stored, by a read-only token (files/view/<token>): no copy in the outbox, no
    // bytes in the page; the token can neither be saved nor moved, nor name any other file.
    return { ...rest, file: ctx.files.grantView(path, rest.name) };
  },
  'evidence/remove': (input, ctx) => {
    const store = requireStore(ctx);
    return { removed: removeEvidence(store.db, store.path, input.linkId) };
  },
};
