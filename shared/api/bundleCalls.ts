import { z } from 'zod';

import { fileToken, outputFileSchema } from './callFields.js';
import { defineCall } from './defineCall.js';

/** A bundle is up to ~200 MB. */
export const BUNDLE_MAX_BYTES = 225 * 1024 * 1024;

export const bundleInspectionSchema = z.object({
  bundleName: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  /** 1: an earlier version's bundle (with data.json); 2: the current format. */
  formatVersion: z.number().int(),
  pack: z.object({ id: z.string(), version: z.string(), docNo: z.string().optional(), title: z.string().optional() }),
  school: z.object({ name: z.string(), creditCode: z.string() }),
  fileCount: z.number().int(),
  application: z.object({
    action: z.enum(['add', 'update']),
    existingId: z.number().int().optional(),
    title: z.string(),
    packId: z.string(),
    /** Parameters as the user sees them (申报专业：机电一体化技术). */
    params: z.array(z.object({ label: z.string(), value: z.string() })),
    valueCount: z.number().int(),
    narrativeCount: z.number().int(),
    acceptedCount: z.number().int(),
    /** Answers to conditions the school confirms by hand. */
    confirmationCount: z.number().int(),
    /** 佐证材料 picks: how many the bundle lists, and the titles of those this PC does not have. */
    evidenceCount: z.number().int(),
    evidenceMissing: z.array(z.string()),
  }),
  /** An earlier version's data.json: the base data it carries, by data set — never imported. */
  ignoredBaseData: z.array(z.object({ label: z.string(), rows: z.number().int() })),
  warnings: z.array(z.string()),
});
export type BundleInspectionView = z.infer<typeof bundleInspectionSchema>;

/** The files an export would write (bundle/contents). */
export const bundleContentsSchema = z.object({
  fileName: z.string(),
  files: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['form-docx', 'form-xlsx', 'form-pdf', 'evidence-pdf', 'data', 'other', 'manifest']),
      title: z.string(),
      note: z.string().optional(),
    }),
  ),
  /** Forms whose PDF the notice's pack lists; they come with 「同时生成PDF」. */
  pdfLeftOut: z.array(z.string()),
  /** Typed values the manifest carries for re-import. */
  valueCount: z.number().int(),
  /** The notice asks for a 佐证材料 volume (whether or not any is picked yet). */
  evidenceAsked: z.boolean(),
  evidenceOverLimit: z.boolean(),
  warnings: z.array(z.string()),
});
export type BundleContents = z.infer<typeof bundleContentsSchema>;

export const exportProgressSchema = z.object({
  stage: z.string(),
  label: z.string(),
  fraction: z.number().min(0).max(1),
  detail: z.string().optional(),
});

const evidencePick = z.object({
  /** The 佐证材料页码 key of the form (e.g. evMajorName) whose cell shows this item's pages. */
  evidenceKey: z.string().min(1).max(64),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Title in the 目录索引; empty = the key's subject and the file name. */
  title: z.string().max(200).default(''),
});

export const bundleCalls = {
  'bundle/evidencePicks': defineCall(
    '读取申报选用的佐证材料（按合并顺序）',
    z.object({ applicationId: z.number().int().positive() }).strict(),
    z.object({ picks: z.array(evidencePick.extend({ name: z.string(), mime: z.string() })) }),
  ),
  'bundle/setEvidencePicks': defineCall(
    '设置申报选用的佐证材料及顺序（合并进佐证材料 PDF，页码填入各表）',
    z.object({ applicationId: z.number().int().positive(), picks: z.array(evidencePick).max(500) }).strict(),
    z.object({ count: z.number().int() }),
  ),
  'bundle/contents': defineCall(
    '列出导出申报材料包时将写入的文件（不生成、不写入任何内容）',
    z.object({ applicationId: z.number().int().positive(), pdf: z.boolean().default(false) }).strict(),
    bundleContentsSchema,
  ),
  'bundle/export': defineCall(
    '导出申报材料包（zip：各表 Word/Excel，可选 PDF，佐证材料合并 PDF，清单），并标记为已导出',
    z.object({ applicationId: z.number().int().positive(), pdf: z.boolean().default(false) }).strict(),
    z.object({
      file: outputFileSchema,
      warnings: z.array(z.string()),
      sha256: z.string(),
      /** How long each stage took (the CLI's --timings). */
      stageTimes: z.array(z.object({ stage: z.string(), label: z.string(), ms: z.number() })).optional(),
    }),
  ),
  'bundle/exportProgress': defineCall(
    '查看正在进行的导出进度（用于进度条）',
    z.object({ applicationId: z.number().int().positive() }).strict(),
    z.object({ progress: exportProgressSchema.nullable() }),
  ),
  'bundle/inspect': defineCall(
    '检查申报材料包（校验清单和每个文件的 SHA-256），显示将恢复的申报内容，不写入任何内容',
    z.object({ file: fileToken }).strict(),
    bundleInspectionSchema,
  ),
  'bundle/import': defineCall(
    '从申报材料包恢复申报（参数、填写内容、确认接受的问题、佐证材料选择；不导入基础数据；先自动备份，全部成功或全部不导入）',
    z
      .object({
        file: fileToken,
        /** Import as a new application even when the same one exists (else its contents are replaced). */
        asNew: z.boolean().default(false),
      })
      .strict(),
    z.object({
      applicationId: z.number().int(),
      action: z.enum(['add', 'update']),
      /** What was taken from the bundle, one line each (申报参数 6 项 …). */
      taken: z.array(z.string()),
      backupPath: z.string(),
      inspection: bundleInspectionSchema,
    }),
  ),
};
