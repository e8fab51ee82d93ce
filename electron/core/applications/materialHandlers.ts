import type { HandlersFor } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { searchMaterials } from './searchMaterials.js';

export const materialHandlers: HandlersFor<'material/search'> = {
  'material/search': (input, ctx) => searchMaterials(requireStore(ctx).db, input),
};
