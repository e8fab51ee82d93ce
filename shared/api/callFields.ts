import { z } from 'zod';

import { DATASET_NAMES } from '../datasets/datasetRegistry.js';

// Input pieces several namespaces' calls share, defined once so their limits agree.
export const packIdInput = z.string().min(1).max(64);
export const applicationIdInput = z.number().int().positive();
/** A notice's parameters as chosen on screen (申报专业, 合作企业 …). */
export const paramsInput = z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.null()]));
export const datasetNameInput = z.enum(DATASET_NAMES as [string, ...string[]]);
export const yearInput = z.number().int().min(1990).max(2100);
/** A file the core made for the window to save. */
export const fileOutput = z.object({ fileName: z.string(), dataBase64: z.string() });
