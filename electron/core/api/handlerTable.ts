import type { Handlers } from './handlerTypes.js';
import { mergeHandlers } from './mergeHandlers.js';
import { storeHandlers } from '../store/storeHandlers.js';
import { datasetHandlers } from '../datasets/datasetHandlers.js';

/** Every call of the contract, implemented once. The type makes a missing handler a compile error. */
export const handlerTable: Handlers = mergeHandlers<Handlers>(storeHandlers, datasetHandlers);
