import { z } from 'zod';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const key = z.string().min(1).max(64);

/** One 佐证材料 the application put into its merged PDF, in merge order. */
export const bundleEvidencePickSchema = z.object({
  /** The 佐证材料页码 field whose cell shows this item's pages ('' for none). */
  evidenceKey: z.string().max(64),
  /** The stored file (content address); re-import links it again when this PC has the file. */
  sha256: hash,
  /** The title the user gave it ('' = made from the field and the file name). */
  title: z.string().max(200),
  /** As printed in the 目录索引. */
  indexTitle: z.string().max(400),
  pages: z.number().int().nonnegative().max(100_000),
  /** Stamped page numbers in the merged PDF, e.g. 「3-5」. */
  range: z.string().max(40),
});

/**
 * The application inside a bundle's manifest: what re-import needs to give the application back —
 * and only values the bundle's forms print. Values are checked against the notice's fields by
 * checkBundleApplication (a number where a field is text is refused, naming the field), so the
 * schema here only bounds their size.
 */
export const bundleApplicationSchema = z.object({
  packId: z.string().min(1).max(64),
  packVersion: z.string().max(40),
  title: z.string().trim().min(1).max(200),
  params: z.record(key, z.unknown()),
  /** How the parameters read (申报专业 460301 → 机电一体化技术), for previews where the base data lacks them. */
  paramLabels: z.record(key, z.string().max(500)).optional(),
  /** What the user typed over the bound defaults (narratives included), by field key. */
  values: z.record(key, z.unknown()),
  /** Problems the user accepted, by field key → problem codes. */
  accepted: z.record(key, z.array(z.string().min(1).max(32)).max(50)),
  /** The school's yes/no to conditions the base data cannot decide, by rule id (their notes stay home). */
  confirmations: z.record(z.string().min(1).max(32), z.unknown()).optional(),
  evidence: z.array(bundleEvidencePickSchema).max(500),
});
export type BundleApplication = z.infer<typeof bundleApplicationSchema>;
