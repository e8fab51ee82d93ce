import type { z } from 'zod';

import { AppError } from '../../../shared/api/apiError.js';
import { describeZodIssues } from '../../../shared/api/describeZodIssues.js';
import {
  BUNDLE_FORMAT_VERSION,
  bundleManifestSchema,
  bundleManifestV1Schema,
  LEGACY_DATA_ENTRY,
  MANIFEST_ENTRY,
  manifestHeadSchema,
} from '../../../shared/bundles/bundleManifest.js';
import { legacyBundleDataSchema } from '../../../shared/bundles/legacyBundleData.js';
import { SCHOOL_PACKAGE_FORMAT } from '../../../shared/bundles/schoolPackageManifest.js';
import { findDataset } from '../../../shared/datasets/datasetRegistry.js';
import { jsonSyntaxPlace } from '../files/jsonSyntaxPlace.js';
import { scanBundleZip, type ScannedEntry, ZIP_LIMITS } from './readBundleZip.js';

/** An application as a bundle of either version carries it, before it is checked against the pack. */
export interface RawBundleApplication {
  packId: string;
  packVersion: string;
  title: string;
  params: Record<string, unknown>;
  paramLabels?: Record<string, string>;
  values: Record<string, unknown>;
  accepted: Record<string, string[]>;
  confirmations?: Record<string, unknown>;
  evidence: { evidenceKey: string; sha256: string; title: string; indexTitle: string }[];
}

export interface ReadBundle {
  formatVersion: number;
  manifestPath: string;
  bundleName: string;
  createdAt: string;
  appVersion: string;
  pack: { id: string; version: string; docNo?: string; title?: string };
  school: { name: string; creditCode: string };
  fileCount: number;
  application: RawBundleApplication;
  /** Version 1: the base data data.json carries, by data set (never imported). */
  ignoredBaseData: { label: string; rows: number }[];
}

const isManifest = (p: string) => p === MANIFEST_ENTRY || /^[^/]+\/manifest\.json$/.test(p);
const isLegacyData = (p: string) => p === LEGACY_DATA_ENTRY || /^[^/]+\/data\.json$/.test(p);

/** JSON entries are read into memory: bound them before they inflate. */
const LIMITS = {
  ...ZIP_LIMITS,
  maxEntryBytes: (name: string) =>
    isManifest(name) ? 32 * 1048576 : isLegacyData(name) ? 128 * 1048576 : (ZIP_LIMITS.maxEntryBytes as number),
};

function parseJson(e: ScannedEntry, file: string): unknown {
  const text = e.bytes!.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    const { where } = jsonSyntaxPlace(text, err, 'bundle.bad-json');
    throw new AppError(
      'BUNDLE_BAD_JSON',
      `申报材料包中的「${e.path}」不是有效的 JSON${where}，已拒绝导入，未做任何修改`,
      {
        file,
        path: e.path,
      },
    );
  }
}

/** zod's result, or a refusal naming the entry and the field. */
function parseWith<T extends z.ZodType>(schema: T, raw: unknown, file: string, entry: string): z.output<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const d = describeZodIssues(r.error.issues);
  throw new AppError(
    'BUNDLE_BAD_MANIFEST',
    `申报材料包中的「${entry}」内容不正确：${d[0]?.message ?? ''}。已拒绝导入，未做任何修改`,
    { file, path: entry, field: d[0]?.where.field },
    d.map((x) => ({ message: x.message, where: { file, path: entry, field: x.where.field } })),
  );
}

/** Every file the manifest lists is there with its SHA-256 and size; nothing else is. */
function verifyFiles(
  entries: ScannedEntry[],
  manifestEntry: ScannedEntry,
  files: { path: string; sha256: string; size: number }[],
  file: string,
): void {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  for (const f of files) {
    const e = byPath.get(f.path);
    if (!e)
      throw new AppError('BUNDLE_MISSING_FILE', `申报材料包缺少清单中列出的文件「${f.path}」，已拒绝导入`, {
        file,
        path: f.path,
      });
    if (e.sha256 !== f.sha256 || e.size !== f.size)
      throw new AppError(
        'BUNDLE_HASH_MISMATCH',
        `申报材料包中的文件「${f.path}」与清单记录的 SHA-256 校验值不符（文件被修改或损坏），已拒绝导入，未做任何修改`,
        { file, path: f.path },
      );
  }
  const listed = new Set(files.map((f) => f.path));
  const extra = entries.find((e) => e !== manifestEntry && !listed.has(e.path));
  if (extra)
    throw new AppError(
      'BUNDLE_UNLISTED_FILE',
      `申报材料包中的文件「${extra.path}」不在清单中（可能被人加入），已拒绝导入`,
      {
        file,
        path: extra.path,
      },
    );
}

/** data.json of a version 1 bundle → its application; its base data is only counted. */
function legacyApplication(
  entries: ScannedEntry[],
  files: { path: string; kind: string }[],
  file: string,
): Pick<ReadBundle, 'application' | 'ignoredBaseData'> {
  const listed = files.find((f) => f.kind === 'data' && isLegacyData(f.path));
  const entry = listed && entries.find((e) => e.path === listed.path);
  if (!entry)
    throw new AppError('BUNDLE_NO_DATA', '这个早期版本的申报材料包中没有数据文件 data.json，无法恢复申报', { file });
  const data = parseWith(legacyBundleDataSchema, parseJson(entry, file), file, entry.path);
  const picks = data.evidence.map((e) => {
    // ref: `${position}:${evidenceKey}:${sha256}`, as version 1 wrote it.
    const m = /^\d+:(.*):([0-9a-f]{64})$/.exec(e.ref);
    return { evidenceKey: m?.[1] ?? '', sha256: m?.[2] ?? e.sha256, title: '', indexTitle: e.title };
  });
  const ignoredBaseData = Object.entries(data.baseData?.data ?? {})
    .filter(([, rows]) => rows.length)
    .map(([name, rows]) => ({ label: findDataset(name)?.label ?? name, rows: rows.length }));
  return {
    application: { ...data.application, accepted: {}, evidence: picks.filter((p) => /^[0-9a-f]{64}$/.test(p.sha256)) },
    ignoredBaseData,
  };
}

/**
 * Opens a bundle of either version and checks it completely without touching the database: a safe
 * archive (readZipSafely), one manifest of a known format and version, every listed file present
 * with its SHA-256, no unlisted file; then the application it carries (version 2: in the manifest;
 * version 1: in data.json, whose base data is never read beyond counting it).
 */
export async function readBundleManifest(source: Buffer | string, file: string): Promise<ReadBundle> {
  const entries = await scanBundleZip(source, file, (p) => isManifest(p) || isLegacyData(p), LIMITS);
  const manifests = entries.filter((e) => isManifest(e.path));
  if (manifests.length !== 1)
    throw new AppError(
      'BUNDLE_NO_MANIFEST',
      manifests.length
        ? '申报材料包中有多个 manifest.json，无法确定内容，已拒绝导入'
        : '申报材料包中没有清单文件 manifest.json，不是申报通导出的文件，已拒绝导入',
      { file },
    );
  const me = manifests[0];
  const raw = parseJson(me, file);
  const head = manifestHeadSchema.safeParse(raw);
  if (!head.success)
    throw new AppError(
      'BUNDLE_BAD_MANIFEST',
      // The other kind of file this app writes: say what it is and where it goes.
      (raw as { format?: unknown } | null)?.format === SCHOOL_PACKAGE_FORMAT
        ? '这是学校数据包，不是申报材料包：学校数据包请在「学校数据包」页面恢复（命令行：school import）。未做任何修改'
        : '申报材料包的 manifest.json 不是申报通的清单格式，已拒绝导入',
      { file, path: me.path },
    );
  const version = head.data.formatVersion;
  if (version > BUNDLE_FORMAT_VERSION)
    throw new AppError(
      'BUNDLE_TOO_NEW',
      `申报材料包由更新版本的申报通${typeof (raw as { appVersion?: unknown }).appVersion === 'string' ? ` ${(raw as { appVersion: string }).appVersion} ` : ''}制作（格式版本 ${version}），本程序只能读取到版本 ${BUNDLE_FORMAT_VERSION}，请升级后再导入。未做任何修改`,
      { file, path: me.path },
    );
  const common = (m: z.output<typeof bundleManifestV1Schema> | z.output<typeof bundleManifestSchema>) => ({
    formatVersion: version,
    manifestPath: me.path,
    bundleName: m.bundleName,
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    pack: m.pack,
    school: m.school,
    fileCount: m.files.length,
  });
  if (version === 1) {
    const m = parseWith(bundleManifestV1Schema, raw, file, me.path);
    verifyFiles(entries, me, m.files, file);
    return { ...common(m), ...legacyApplication(entries, m.files, file) };
  }
  const m = parseWith(bundleManifestSchema, raw, file, me.path);
  verifyFiles(entries, me, m.files, file);
  return { ...common(m), application: m.application, ignoredBaseData: [] };
}
