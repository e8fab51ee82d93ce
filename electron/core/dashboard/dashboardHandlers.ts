import type { HandlersFor } from '../api/handlerTypes.js';
import { requireStore } from '../appContext.js';
import { computeYearFigures } from './computeYearFigures.js';

export const dashboardHandlers: HandlersFor<'dashboard/figures'> = {
  'dashboard/figures': (_input, ctx) => ({ years: computeYearFigures(requireStore(ctx).db) }),
};
