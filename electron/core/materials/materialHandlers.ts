import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { searchMaterials } from './searchMaterials.js';

export const materialHandlers: NamespaceHandlers<'material'> = {
  'material/search': (input, ctx) => searchMaterials(requireStore(ctx).db, input),
};
