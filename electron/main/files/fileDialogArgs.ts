import { z } from 'zod';

/** The renderer suggests a name only; it can never pick a folder or a path for the main process. */
export function safeSuggestedName(name: unknown): string {
  const base = typeof name === 'string' ? (name.split(/[\\/]/).pop() ?? '') : '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 180);
  return cleaned || '申报通导出文件';
}

export const saveFileArgs = z.tuple([z.string().max(1000), z.instanceof(Uint8Array)]);

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

/** Larger files are refused before reading: nothing the app imports comes close. */
export const MAX_OPEN_FILE_BYTES = 512 * 1024 * 1024;
