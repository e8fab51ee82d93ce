import { z } from 'zod';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();
const row = z.record(z.string(), cell);

/** One evidence item as it sits in the merged 佐证材料 PDF. */
export const bundleEvidenceSchema = z.object({
  ref: z.string(),
  title: z.string(),
  sha256: z.string(),
  pages: z.number().int().nonnegative(),
  /** Stamped page numbers in the merged PDF, e.g. 「3-5」. */
  range: z.string(),
});
export type BundleEvidence = z.infer<typeof bundleEvidenceSchema>;

/**
 * data.json: everything the forms were made from, so next year's app (or the 教育局) can import it.
 * Base data is in stored form (money in 分, percentages 0–100, dates YYYY-MM-DD), keyed by data set.
 */
export const bundleDataSchema = z.object({
  formatVersion: z.number().int().positive(),
  baseData: z.object({
    school: row,
    years: z.array(z.number().int()),
    data: z.record(z.string(), z.array(row)),
  }),
  application: z.object({
    packId: z.string(),
    packVersion: z.string(),
    title: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    /** What the user typed over the bound defaults (what an import restores). */
    values: z.record(z.string(), z.unknown()),
    /** Every field's value as printed, for readers such as the 教育局 (not imported). */
    printed: z.record(z.string(), z.unknown()).optional(),
  }),
  evidence: z.array(bundleEvidenceSchema),
});
export type BundleData = z.infer<typeof bundleDataSchema>;
