import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { BundleInspectionView } from '../../../shared/api/bundleCalls.js';
import {
  checkBundleApplication,
  type CheckedBundleApplication,
  type ParamValueKind,
} from '../../../shared/bundles/checkBundleApplication.js';
import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import type { Pack } from '../../../shared/packs/packSchema.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import { getLibraryPack } from '../packs/packLibrary.js';
import { snapshotOf } from '../packs/resolveStoredApplication.js';
import { packVersionOf } from './bundleSource.js';
import { type RawBundleApplication, readBundleManifest } from './readBundleManifest.js';

export interface InspectedPick {
  evidenceKey: string;
  sha256: string;
  title: string;
  indexTitle: string;
  /** This PC's 佐证材料 store has the file. */
  present: boolean;
}

export interface BundleInspection {
  pack: Pack;
  application: CheckedBundleApplication & { title: string; packId: string };
  picks: InspectedPick[];
  existingId?: number;
  view: BundleInspectionView;
}

/** A parameter as compared: a year stored as 2023 or "2023" is the same year. */
function paramText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : v == null ? '' : JSON.stringify(v);
}

function sameParams(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => paramText(a[k]) === paramText(b[k]));
}

/** The existing application the bundle's one stands for: same notice, same title and parameters. */
export function findSameApplication(
  db: Database.Database,
  packId: string,
  title: string,
  params: Record<string, unknown>,
): number | undefined {
  const rows = db
    .prepare('SELECT id, title, params_json FROM application WHERE pack_id = ? ORDER BY id')
    .all(packId) as { id: number; title: string; params_json: string }[];
  return rows.find((r) => r.title === title && sameParams(JSON.parse(r.params_json) as Record<string, unknown>, params))
    ?.id;
}

/** A parameter as the preview shows it: as this school's data names it, else as the bundle did, else its value. */
function paramShown(
  key: string,
  value: unknown,
  here: Record<string, string>,
  there: Record<string, string> | undefined,
): string {
  const raw = paramText(value);
  return (here[key] && here[key] !== raw ? here[key] : there?.[key]) || here[key] || raw;
}

/** The pack of the bundle's notice on this PC, or a refusal saying which notice to import first. */
function packOf(db: Database.Database, app: RawBundleApplication, docNo: string | undefined, file: string): Pack {
  try {
    return getLibraryPack(db, app.packId).pack;
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'PACK_NOT_FOUND') throw e;
    throw new AppError(
      'BUNDLE_PACK_MISSING',
      `申报材料包属于通知「${docNo ?? app.packId}」（${app.packId}），本机的通知库中没有这个通知。请先在「通知库」导入该通知包，再导入材料包。未做任何修改`,
      { file },
    );
  }
}

/**
 * Reads a bundle (readBundleManifest; bytes, or the chosen file by path, read where it lies) and checks what it would restore against this school without
 * writing anything: the notice's pack must be here, every parameter and value must fit its field,
 * and the preview says what is taken (and, for an earlier version's bundle, what is left out).
 */
export async function inspectBundle(
  db: Database.Database,
  source: Buffer | string,
  file: string,
  now: Date,
): Promise<BundleInspection> {
  const read = await readBundleManifest(source, file);
  const raw = read.application;
  const pack = packOf(db, raw, read.pack.docNo, file);
  const snapshot = snapshotOf(db, true);
  const options = resolveParameters(pack, snapshot, {}, localIsoDate(now)).options;
  const choiceKinds: Record<string, ParamValueKind | undefined> = {};
  for (const [k, opts] of Object.entries(options))
    if (opts.length) choiceKinds[k] = typeof opts[0].value === 'number' ? 'number' : 'text';
  const checked = checkBundleApplication(pack, raw, choiceKinds);
  if (checked.problems.length) {
    const p = checked.problems[0];
    throw new AppError(
      'BUNDLE_BAD_VALUE',
      `申报材料包中的「${read.manifestPath}」：${p.place}${p.message}。已拒绝导入，数据库未做任何修改`,
      { file, path: read.manifestPath, field: p.key },
      checked.problems.map((x) => ({
        message: `${x.place}${x.message}`,
        where: { file, path: read.manifestPath, field: x.key },
      })),
    );
  }
  const has = db.prepare('SELECT 1 FROM evidence_file WHERE hash = ?');
  const picks = raw.evidence.map((e) => ({ ...e, present: !!e.evidenceKey && !!has.get(e.sha256) }));
  const rp = resolveParameters(pack, snapshot, checked.params, localIsoDate(now));
  const existingId = findSameApplication(db, pack.id, raw.title, checked.params);

  const warnings: string[] = [];
  if (checked.skipped.length)
    warnings.push(
      `申报材料包中的「${checked.skipped.slice(0, 5).join('、')}」${checked.skipped.length > 5 ? `等 ${checked.skipped.length} 项` : ''}在本机的通知包中没有对应的参数或字段，将跳过`,
    );
  if (read.pack.version !== packVersionOf(pack))
    warnings.push('申报材料包制作时用的通知包版本与本机的不同，导入后请逐项核对各表');
  for (const p of rp.problems) warnings.push(`按本校的数据，导入后请核对申报参数：${p.message}`);
  const code = String(snapshot.school.creditCode ?? '');
  if (code && read.school.creditCode && code !== read.school.creditCode)
    warnings.push(
      `申报材料包属于「${read.school.name}」（统一社会信用代码 ${read.school.creditCode}），与当前学校的信用代码 ${code} 不同，请确认`,
    );
  const narratives = new Set(pack.fields.filter((f) => f.type === 'narrative').map((f) => f.key));
  const view: BundleInspectionView = {
    bundleName: read.bundleName,
    createdAt: read.createdAt,
    appVersion: read.appVersion,
    formatVersion: read.formatVersion,
    pack: read.pack,
    school: read.school,
    fileCount: read.fileCount,
    application: {
      action: existingId ? 'update' : 'add',
      ...(existingId ? { existingId } : {}),
      title: raw.title,
      packId: pack.id,
      params: pack.parameters
        .filter((p) => checked.params[p.key] !== undefined && checked.params[p.key] !== null)
        .map((p) => ({ label: p.label, value: paramShown(p.key, checked.params[p.key], rp.labels, raw.paramLabels) })),
      valueCount: Object.keys(checked.values).length,
      narrativeCount: Object.keys(checked.values).filter((k) => narratives.has(k)).length,
      acceptedCount: Object.values(checked.accepted).reduce((n, c) => n + c.length, 0),
      confirmationCount: Object.keys(checked.confirmations).length,
      evidenceCount: picks.length,
      evidenceMissing: picks.filter((p) => !p.present).map((p) => p.indexTitle || p.title || p.sha256.slice(0, 12)),
    },
    ignoredBaseData: read.ignoredBaseData,
    warnings,
  };
  return {
    pack,
    application: { ...checked, title: raw.title, packId: pack.id },
    picks,
    existingId,
    view,
  };
}
