import { EVIDENCE_MAX_BYTES } from '../../../shared/api/evidenceCalls.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { addEvidence, listEvidence, readEvidence, removeEvidence } from './evidenceStore.js';

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
  'evidence/get': (input, ctx) => {
    const store = requireStore(ctx);
    const { bytes, ...rest } = readEvidence(store.db, store.path, input.hash);
    // A copy in the outbox, shown by the window at files/view/<token>: the bytes never enter the page.
    return { ...rest, file: ctx.files.putOutput(rest.name, bytes) };
  },
  'evidence/remove': (input, ctx) => {
    const store = requireStore(ctx);
    return { removed: removeEvidence(store.db, store.path, input.linkId) };
  },
};
