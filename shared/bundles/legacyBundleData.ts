import { z } from 'zod';

/**
 * data.json of a version 1 bundle, as far as an import reads it: the application. Its base data
 * (the whole school, personal data included) is never imported — only counted, so the preview can
 * say it was left out.
 */
export const legacyBundleDataSchema = z.object({
  formatVersion: z.number().int().positive(),
  baseData: z
    .object({ data: z.record(z.string(), z.array(z.unknown())).optional() })
    .loose()
    .optional(),
  application: z.object({
    packId: z.string().min(1).max(64),
    packVersion: z.string().max(40),
    title: z.string().trim().min(1).max(200),
    params: z.record(z.string().max(64), z.unknown()),
    values: z.record(z.string().max(64), z.unknown()),
  }),
  evidence: z
    .array(
      z.object({
        /** `${position}:${evidenceKey}:${sha256}` */
        ref: z.string().max(200),
        title: z.string().max(400),
        sha256: z.string(),
        pages: z.number().int().nonnegative(),
        range: z.string().max(40),
      }),
    )
    .max(500),
});
