import { z } from 'zod';

import { bundleApplicationSchema } from './bundleApplication.js';

/**
 * Bump when a reader of the old format could misread a new bundle; readers refuse newer versions.
 * 1: forms, merged 佐证材料, manifest.json and data.json (the whole base data — no longer written).
 * 2: forms, merged 佐证材料 and manifest.json, which also carries the application (what re-import
 *    needs: parameters, typed values, accepted problems, evidence picks) and nothing of the base data.
 */
export const BUNDLE_FORMAT_VERSION = 2;
export const BUNDLE_FORMAT_NAME = 'shenbaotong-bundle';
export const MANIFEST_ENTRY = 'manifest.json';
/** Version 1 only: the base data and the application; read for import, never written. */
export const LEGACY_DATA_ENTRY = 'data.json';

/** 'data' is version 1's data.json; a version 2 bundle has no such file. */
export const bundleFileKind = z.enum(['form-docx', 'form-xlsx', 'form-pdf', 'evidence-pdf', 'data', 'other']);
export type BundleFileKind = z.infer<typeof bundleFileKind>;

export const manifestFileSchema = z.object({
  path: z.string().min(1).max(400),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  kind: bundleFileKind,
  /** The form this file renders, when it is a form. */
  formId: z.string().max(64).optional(),
  title: z.string().max(400).optional(),
  /** Forms: the fonts the file is set in, with their stand-ins (「仿宋_GB2312（缺少时用 FangSong 或 仿宋 代替）」). */
  fonts: z.array(z.string().max(400)).max(50).optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** Only the two fields every version must keep, read first so a newer format is refused plainly. */
export const manifestHeadSchema = z.object({
  format: z.literal(BUNDLE_FORMAT_NAME),
  formatVersion: z.number().int().positive(),
});

const packRef = z.object({
  id: z.string().max(64),
  version: z.string().max(40),
  docNo: z.string().max(100).optional(),
  title: z.string().max(300).optional(),
});
const schoolRef = z.object({ name: z.string().max(200), creditCode: z.string().max(40) });

/** The manifest of a version 2 bundle. */
export const bundleManifestSchema = manifestHeadSchema.extend({
  createdAt: z.string().max(40),
  appVersion: z.string().max(40),
  pack: packRef,
  school: schoolRef,
  bundleName: z.string().max(400),
  files: z.array(manifestFileSchema).max(1000),
  application: bundleApplicationSchema,
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** The manifest of a version 1 bundle (its application is in data.json). */
export const bundleManifestV1Schema = manifestHeadSchema.extend({
  createdAt: z.string(),
  appVersion: z.string(),
  pack: packRef,
  school: schoolRef,
  application: z.object({
    id: z.number().int().optional(),
    title: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  }),
  bundleName: z.string(),
  files: z.array(manifestFileSchema).max(1000),
});
