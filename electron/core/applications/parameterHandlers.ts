import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import type { HandlersFor } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { getLibraryPack } from '../packs/packLibrary.js';
import { localIsoDate, snapshotOf } from '../packs/resolveStoredApplication.js';

export const parameterHandlers: HandlersFor<'pack/parameterOptions'> = {
  'pack/parameterOptions': (input, ctx) => {
    const db = requireStore(ctx).db;
    const { pack } = getLibraryPack(db, input.packId);
    return resolveParameters(pack, snapshotOf(db, true), input.params, localIsoDate(ctx.now()));
  },
};
