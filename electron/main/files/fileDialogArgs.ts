import { z } from 'zod';

import { windowsSafeName } from '../../../shared/bundles/windowsSafeName.js';

/** The renderer suggests a name only; it can never pick a folder or a path for the main process. */
export function safeSuggestedName(name: unknown): string {
  const base = typeof name === 'string' ? (name.split(/[\\/]/).pop() ?? '') : '';
  return windowsSafeName(base.replace(/^\.+/, ''), 180, '申报通导出文件');
}

/** saveOutput(token, suggestedName): the token of a file the core made, and a name to suggest. */
export const saveOutputArgs = z.tuple([z.string().regex(/^[0-9a-f]{32}$/), z.string().max(1000)]);

export const openFileFilters = z
  .array(
    z.object({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^[A-Za-z0-9*]{1,10}$/))
        .min(1)
        .max(20),
    }),
  )
  .max(10);

/** chooseFiles(filters, { multiple }): what the page may ask of the open dialog (never a folder or a path). */
export const chooseFilesArgs = z.tuple([openFileFilters, z.object({ multiple: z.boolean() }).strict()]);
