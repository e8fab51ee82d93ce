import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import type { NamespacePart } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { getLibraryPack } from './packLibrary.js';
import { snapshotOf } from './resolveStoredApplication.js';

export const parameterHandlers: NamespacePart<'pack', 'pack/parameterOptions'> = {
  'pack/parameterOptions': (input, ctx) => {
    const db = requireStore(ctx).db;
    const { pack } = getLibraryPack(db, input.packId);
    return resolveParameters(pack, snapshotOf(db, true), input.params, localIsoDate(ctx.now()));
  },
};
