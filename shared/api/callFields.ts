import { z } from 'zod';

import { DATASET_NAMES } from '../datasets/datasetRegistry.js';

// Input pieces several namespaces' calls share, defined once so their limits agree.
export const packIdInput = z.string().min(1).max(64);
export const applicationIdInput = z.number().int().positive();
/** A notice's parameters as chosen on screen (申报专业, 合作企业 …). */
export const paramsInput = z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.null()]));
export const datasetNameInput = z.enum(DATASET_NAMES as [string, ...string[]]);
export const yearInput = z.number().int().min(1990).max(2100);
/** Names a file the user chose (dialog, upload, command-line argument); the core knows its path. */
export const fileToken = z.string().regex(/^[0-9a-f]{32}$/, '文件标识无效，请重新选择文件');
/** A chosen file as the window sees it: its token, its name (to show) and size. */
export const chosenFileSchema = z.object({ token: z.string(), name: z.string(), size: z.number().int() });
export type ChosenFile = z.infer<typeof chosenFileSchema>;
/** A file the core made, waiting in the outbox to be saved where the user says (files never travel as bytes). */
export const outputFileSchema = z.object({ token: z.string(), fileName: z.string(), size: z.number().int() });
export type OutputFile = z.infer<typeof outputFileSchema>;
