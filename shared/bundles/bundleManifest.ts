import { z } from 'zod';

/** Bump when a reader of the old format could misread a new bundle; readers refuse newer versions. */
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_FORMAT_NAME = 'shenbaotong-bundle';
export const MANIFEST_ENTRY = 'manifest.json';
export const DATA_ENTRY = 'data.json';

export const bundleFileKind = z.enum(['form-docx', 'form-xlsx', 'form-pdf', 'evidence-pdf', 'data', 'other']);
export type BundleFileKind = z.infer<typeof bundleFileKind>;

export const manifestFileSchema = z.object({
  path: z.string().min(1).max(400),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  kind: bundleFileKind,
  /** The form this file renders, when it is a form. */
  formId: z.string().optional(),
  title: z.string().optional(),
  /** Forms: the fonts the file is set in, with their stand-ins (「仿宋_GB2312（缺少时用 FangSong 或 仿宋 代替）」). */
  fonts: z.array(z.string()).optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** Only the two fields every version must keep, read first so a newer format is refused plainly. */
export const manifestHeadSchema = z.object({
  format: z.literal(BUNDLE_FORMAT_NAME),
  formatVersion: z.number().int().positive(),
});

export const bundleManifestSchema = manifestHeadSchema.extend({
  createdAt: z.string(),
  appVersion: z.string(),
  pack: z.object({ id: z.string(), version: z.string(), docNo: z.string().optional(), title: z.string().optional() }),
  school: z.object({ name: z.string(), creditCode: z.string() }),
  application: z.object({
    id: z.number().int().optional(),
    title: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  }),
  bundleName: z.string(),
  files: z.array(manifestFileSchema).max(1000),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
