import type { BundleContents } from '../../../shared/api/bundleCalls.js';
import { fillBundleName } from '../../../shared/bundles/bundleFileName.js';
import { type AppContext, requireStore } from '../appContext.js';
import { readAccepted, readOverrides } from '../packs/applicationRepo.js';
import { resolveStoredApplication } from '../packs/resolveStoredApplication.js';
import { bundleLayout } from './bundleEntries.js';
import { planFromPack } from './bundleSource.js';
import { listEvidencePicks } from './evidencePicks.js';

/** Index rows per page of the 目录索引, as the printed index has them (an estimate before printing). */
const INDEX_ROWS_PER_PAGE = 18;

/**
 * The files an export would write, named as it names them, without rendering or writing anything:
 * the export screen shows this list before the user makes the zip. The 佐证材料 volume is estimated
 * from the stored page counts (the exact index length is known only when it is printed).
 */
export function planBundleContents(ctx: AppContext, applicationId: number, pdf: boolean): BundleContents {
  const db = requireStore(ctx).db;
  // The editor has just read the base data for this application: a listing reuses that read.
  const { pack, resolved, snapshot } = resolveStoredApplication(db, applicationId, ctx.now(), false);
  const picks = listEvidencePicks(db, applicationId);
  const plan = planFromPack(pack, resolved, {
    applicationId,
    overrides: readOverrides(db, applicationId),
    accepted: readAccepted(db, applicationId),
    // Only the count matters here; the files are read when the export runs.
    evidence: picks.map((p, i) => ({
      ref: String(i),
      title: p.title,
      fileName: p.name,
      sha256: p.hash,
      mime: p.mime,
      bytes: new Uint8Array(),
      fieldKey: p.evidenceKey,
    })),
    schoolCreditCode: String(snapshot.school.creditCode ?? ''),
  });
  const named = fillBundleName(plan.bundle.fileName, plan.nameValues);
  const layout = bundleLayout(plan, named.fileName, { pdf, evidence: plan.evidence.length > 0 });
  const evidencePages = picks.reduce((n, p) => n + (p.pages ?? 1), 0);
  const indexPages = Math.ceil(picks.length / INDEX_ROWS_PER_PAGE);
  const limit = plan.bundle.evidenceMaxPages;
  const folder = `${named.fileName.replace(/\.zip$/i, '')}/`;
  return {
    fileName: named.fileName,
    files: layout.entries.map((e) => ({
      name: e.path.startsWith(folder) ? e.path.slice(folder.length) : e.path,
      kind: e.kind,
      title: e.title,
      ...(e.kind === 'evidence-pdf'
        ? {
            note: `${picks.length} 份材料，约 ${evidencePages + indexPages} 页（含目录索引）${limit ? `，通知规定不超过 ${limit} 页` : ''}`,
          }
        : {}),
    })),
    pdfLeftOut: layout.pdfLeftOut,
    valueCount: Object.keys(plan.application.values).length,
    evidenceAsked: plan.bundle.evidenceAsked,
    evidenceOverLimit: !!limit && picks.length > 0 && evidencePages + indexPages > limit,
    warnings: [
      ...plan.warnings,
      ...(named.missing.length ? [`文件名中的「${named.missing.join('、')}」尚未填写，将用「××」代替`] : []),
    ],
  };
}
