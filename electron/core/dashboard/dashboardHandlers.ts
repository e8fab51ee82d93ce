import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { computeYearFigures } from './computeYearFigures.js';

export const dashboardHandlers: NamespaceHandlers<'dashboard'> = {
  'dashboard/figures': (_input, ctx) => ({ years: computeYearFigures(requireStore(ctx).db) }),
};
