import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { type BundleData, bundleDataSchema } from '../../../shared/bundles/bundleData.js';
import {
  BUNDLE_FORMAT_VERSION,
  type BundleManifest,
  bundleManifestSchema,
  DATA_ENTRY,
  MANIFEST_ENTRY,
  manifestHeadSchema,
} from '../../../shared/bundles/bundleManifest.js';
import { type BundleDiff, diffBundleData } from '../../../shared/bundles/diffBundleData.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';
import { loadBaseDataSnapshot } from '../datasets/loadBaseDataSnapshot.js';
import { keyCandidates } from '../imports/importKeys.js';
import { sha256Hex } from './bundleZipWriter.js';
import { readBundleZip } from './readBundleZip.js';

export interface BundleInspection {
  manifest: BundleManifest;
  data: BundleData;
  diff: BundleDiff;
  /** What happens to the application: added as new, or its values replaced. */
  application: { action: 'add' | 'update'; existingId?: number; title: string; packId: string; valueCount: number };
  warnings: string[];
}

function parseJson(bytes: Buffer, file: string, entry: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new AppError('BUNDLE_BAD_JSON', `导入包中的「${entry}」不是有效的 JSON：${(e as Error).message}`, {
      file,
      path: entry,
    });
  }
}

/** The existing application the bundle's one stands for: same notice, same title and parameters. */
export function findSameApplication(db: Database.Database, data: BundleData): number | undefined {
  const params = JSON.stringify(data.application.params);
  const rows = db
    .prepare('SELECT id, title, params_json FROM application WHERE pack_id = ?')
    .all(data.application.packId) as { id: number; title: string; params_json: string }[];
  return rows.find((r) => r.title === data.application.title && JSON.stringify(JSON.parse(r.params_json)) === params)
    ?.id;
}

/**
 * Opens a bundle and checks it completely without writing anything: safe entries (readBundleZip),
 * a manifest of a known format, every file's SHA-256, no unlisted files, a valid data.json. Then
 * compares its data with the database by data set and year.
 */
export async function inspectBundle(db: Database.Database, zipBytes: Buffer, file: string): Promise<BundleInspection> {
  const entries = await readBundleZip(zipBytes, file);
  const manifestEntries = entries.filter((e) => e.path === MANIFEST_ENTRY || /^[^/]+\/manifest\.json$/.test(e.path));
  if (manifestEntries.length !== 1) {
    throw new AppError(
      'BUNDLE_NO_MANIFEST',
      manifestEntries.length
        ? '导入包中有多个 manifest.json，无法确定内容，已拒绝导入'
        : '导入包中没有清单文件 manifest.json，不是申报通导出的文件，已拒绝导入',
      { file },
    );
  }
  const manifestEntry = manifestEntries[0];
  const raw = parseJson(manifestEntry.bytes, file, manifestEntry.path);
  const head = manifestHeadSchema.safeParse(raw);
  if (!head.success)
    throw new AppError('BUNDLE_BAD_MANIFEST', '导入包的 manifest.json 不是申报通的清单格式，已拒绝导入', {
      file,
      path: manifestEntry.path,
    });
  if (head.data.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw new AppError(
      'BUNDLE_TOO_NEW',
      `导入包由更新版本的申报通制作（格式版本 ${head.data.formatVersion}），本程序只能读取到版本 ${BUNDLE_FORMAT_VERSION}，请升级后再导入。未做任何修改`,
      { file, path: manifestEntry.path },
    );
  }
  const parsed = bundleManifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'BUNDLE_BAD_MANIFEST',
      `导入包的 manifest.json 内容不完整：${parsed.error.issues[0]?.path.join('.')}`,
      { file, path: manifestEntry.path },
    );
  const manifest = parsed.data;

  const byPath = new Map(entries.map((e) => [e.path, e]));
  for (const f of manifest.files) {
    const e = byPath.get(f.path);
    if (!e)
      throw new AppError('BUNDLE_MISSING_FILE', `导入包缺少清单中列出的文件「${f.path}」，已拒绝导入`, {
        file,
        path: f.path,
      });
    if (sha256Hex(e.bytes) !== f.sha256) {
      throw new AppError(
        'BUNDLE_HASH_MISMATCH',
        `导入包中的文件「${f.path}」与清单记录的 SHA-256 校验值不符（文件被修改或损坏），已拒绝导入，未做任何修改`,
        { file, path: f.path },
      );
    }
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  const extra = entries.find((e) => e !== manifestEntry && !listed.has(e.path));
  if (extra)
    throw new AppError(
      'BUNDLE_UNLISTED_FILE',
      `导入包中的文件「${extra.path}」不在清单中（可能被人加入），已拒绝导入`,
      { file, path: extra.path },
    );

  const dataFile = manifest.files.find(
    (f) => f.kind === 'data' && (f.path === DATA_ENTRY || f.path.endsWith(`/${DATA_ENTRY}`)),
  );
  if (!dataFile) throw new AppError('BUNDLE_NO_DATA', '导入包中没有数据文件 data.json，无法导入数据', { file });
  const data = bundleDataSchema.safeParse(parseJson(byPath.get(dataFile.path)!.bytes, file, dataFile.path));
  if (!data.success)
    throw new AppError(
      'BUNDLE_BAD_DATA',
      `导入包的 data.json 内容不正确：${data.error.issues[0]?.path.join('.')} ${data.error.issues[0]?.message}`,
      { file, path: dataFile.path },
    );
  if (data.data.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw new AppError(
      'BUNDLE_TOO_NEW',
      `导入包的数据格式版本 ${data.data.formatVersion} 高于本程序支持的版本 ${BUNDLE_FORMAT_VERSION}，请升级后再导入`,
      { file, path: dataFile.path },
    );
  }

  const current = loadBaseDataSnapshot(db);
  // The same row identity as the Excel import: the tables' unique indexes, then the other key fields.
  const diff = diffBundleData(DATASETS, data.data.baseData, current, (def) =>
    keyCandidates(def, db).map((c) => c.fields),
  );
  const warnings: string[] = [];
  if (diff.unknownDatasets.length)
    warnings.push(`导入包中的数据集「${diff.unknownDatasets.join('、')}」本版本不认识，将跳过`);
  const currentCode = String(current.school.creditCode ?? '');
  if (currentCode && manifest.school.creditCode && currentCode !== manifest.school.creditCode) {
    warnings.push(
      `导入包属于「${manifest.school.name}」（统一社会信用代码 ${manifest.school.creditCode}），与当前学校的信用代码 ${currentCode} 不同，请确认`,
    );
  }
  const existingId = findSameApplication(db, data.data);
  return {
    manifest,
    data: data.data,
    diff,
    application: {
      action: existingId ? 'update' : 'add',
      existingId,
      title: data.data.application.title,
      packId: data.data.application.packId,
      valueCount: Object.keys(data.data.application.values).length,
    },
    warnings,
  };
}
