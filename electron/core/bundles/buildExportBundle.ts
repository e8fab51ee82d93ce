import type { Writable } from 'node:stream';

import { AppError } from '../../../shared/api/apiError.js';
import type { BundleApplication } from '../../../shared/bundles/bundleApplication.js';
import { fillBundleName } from '../../../shared/bundles/bundleFileName.js';
import { checkBundleLimits } from '../../../shared/bundles/bundleLimits.js';
import {
  BUNDLE_FORMAT_NAME,
  BUNDLE_FORMAT_VERSION,
  type BundleManifest,
} from '../../../shared/bundles/bundleManifest.js';
import { missingFontRemarks } from '../../../shared/fonts/missingFontRemarks.js';
import type { FontSpec } from '../../../shared/print/printDocument.js';
import type { PdfPrinter } from '../appContext.js';
import { bundleLayout, type FormJob } from './bundleEntries.js';
import type { BundleEvidencePlan, BundleFormRenderer, BundlePlan } from './bundlePlan.js';
import { BundleZipWriter } from './bundleZipWriter.js';
import { measureEvidence, mergeEvidencePdf } from './mergeEvidencePdf.js';

export const EXPORT_STAGES = ['data', 'evidence', 'layout', 'docx', 'xlsx', 'pdf', 'zip'] as const;
export type ExportStage = (typeof EXPORT_STAGES)[number];
export const EXPORT_STAGE_LABELS: Record<ExportStage, string> = {
  data: '读取数据',
  evidence: '整理佐证材料',
  layout: '排版',
  docx: '生成 Word 文档',
  xlsx: '生成 Excel 表格',
  pdf: '生成 PDF',
  zip: '打包',
};

export interface ExportProgress {
  stage: ExportStage;
  label: string;
  /** Overall 0–1, for a progress bar. */
  fraction: number;
  detail?: string;
}

export interface BuildBundleOptions {
  pdf: boolean;
  printer?: PdfPrinter;
  appVersion: string;
  now: Date;
  onProgress?: (p: ExportProgress) => void;
  /** The PC's font families (FontCatalog); a font of the forms missing there is named in the notes. */
  installedFonts?: ReadonlySet<string> | null;
}

export interface BuiltBundle {
  fileName: string;
  manifest: BundleManifest;
  warnings: string[];
  /** Milliseconds spent in each stage. */
  timings: Record<ExportStage, number>;
}

/** The part before the zip is opened: name, evidence pages, limits. Nothing is written here. */
export interface PreparedBundle {
  plan: BundlePlan;
  fileName: string;
  warnings: string[];
  evidence: Awaited<ReturnType<typeof measureEvidence>>;
  evidencePages: Record<string, string>;
  timings: Record<ExportStage, number>;
}

function stageTimer(opts: BuildBundleOptions, timings: Record<ExportStage, number>) {
  return async <T>(stage: ExportStage, fn: () => Promise<T> | T, detail?: string): Promise<T> => {
    opts.onProgress?.({
      stage,
      label: EXPORT_STAGE_LABELS[stage],
      fraction: EXPORT_STAGES.indexOf(stage) / EXPORT_STAGES.length,
      detail,
    });
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] += performance.now() - t0;
    }
  };
}

function emptyTimings(): Record<ExportStage, number> {
  return Object.fromEntries(EXPORT_STAGES.map((s) => [s, 0])) as Record<ExportStage, number>;
}

/** Loads the plan, measures the evidence and checks the pack's limits; refuses a breach before writing. */
export async function prepareBundle(
  loadPlan: () => Promise<BundlePlan> | BundlePlan,
  opts: BuildBundleOptions,
): Promise<PreparedBundle> {
  const timings = emptyTimings();
  const stage = stageTimer(opts, timings);
  const plan = await stage('data', loadPlan);
  const warnings = [...plan.warnings];
  const named = fillBundleName(plan.bundle.fileName, plan.nameValues);
  if (named.missing.length) warnings.push(`文件名中的「${named.missing.join('、')}」尚未填写，已用「××」代替`);
  const evidence = await stage('evidence', () =>
    measureEvidence(
      plan.evidence,
      `${plan.nameValues.school ?? plan.school.name} ${plan.application.title}`,
      opts.printer,
    ),
  );
  const breaches = checkBundleLimits(
    { evidenceMaxPages: plan.bundle.evidenceMaxPages },
    { evidencePages: evidence.evidencePages, indexPages: evidence.indexPages, docNo: plan.pack.docNo },
  );
  if (breaches.length) {
    throw new AppError(
      'LIMIT_EXCEEDED',
      breaches[0].message,
      { file: named.fileName },
      breaches.map((b) => ({ message: b.message })),
    );
  }
  const evidencePages: Record<string, string> = {};
  for (const item of plan.evidence) {
    const range = evidence.ranges.get(item.ref);
    if (!item.fieldKey || !range) continue;
    evidencePages[item.fieldKey] = evidencePages[item.fieldKey] ? `${evidencePages[item.fieldKey]}、${range}` : range;
  }
  return { plan, fileName: named.fileName, warnings, evidence, evidencePages, timings };
}

/**
 * Renders every file of a prepared bundle and streams the zip to `out`: forms (DOCX, XLSX, PDF with
 * --pdf), the merged 佐证材料 PDF when the notice asks for one and, last, manifest.json with every
 * file's SHA-256 and the application (what re-import needs). No base data goes in.
 */
export async function writeBundleZip(
  prep: PreparedBundle,
  renderer: BundleFormRenderer,
  out: Writable,
  opts: BuildBundleOptions,
): Promise<BuiltBundle> {
  const { plan, timings } = prep;
  const stage = stageTimer(opts, timings);
  const zip = new BundleZipWriter(out, opts.now);
  const layout = bundleLayout(plan, prep.fileName, { pdf: opts.pdf, evidence: prep.evidence.items.length > 0 });
  const { jobs } = layout;

  const models = new Map<string, unknown>();
  const fonts = new Map<string, string[]>();
  const specs: FontSpec[] = [];
  for (const job of jobs) {
    const model = await stage('layout', () => renderer.layout(job.form.id, prep.evidencePages), job.form.title);
    models.set(job.form.id, model);
    const used = renderer.fonts?.(model);
    if (used?.length) fonts.set(job.form.id, used);
    specs.push(...(renderer.fontSpecs?.(model) ?? []));
  }
  // A font missing on this PC is replaced silently and moves the layout: say which, and what stands in.
  const warnings = [...prep.warnings, ...missingFontRemarks(specs, opts.installedFonts ?? null)];
  const formExtra = (job: FormJob) => ({
    formId: job.form.id,
    title: job.form.title,
    ...(fonts.has(job.form.id) ? { fonts: fonts.get(job.form.id) } : {}),
  });
  for (const kind of ['docx', 'xlsx'] as const) {
    for (const job of jobs) {
      const path = job.paths[kind];
      if (!path) continue;
      const bytes = await stage(kind, () => renderer[kind](models.get(job.form.id)), job.form.title);
      zip.add(path, bytes, `form-${kind}`, formExtra(job));
    }
  }
  const evidenceTitle =
    layout.evidencePath
      ?.split('/')
      .pop()
      ?.replace(/\.pdf$/i, '') ?? '佐证材料';
  // Chromium prints the forms concurrently (it waits on its own processes), the evidence merge runs meanwhile.
  const pdfJobs = jobs.filter((job) => job.paths.pdf);
  const [formPdfs, evidencePdf] = await stage('pdf', () =>
    Promise.all([
      Promise.all(pdfJobs.map((job) => renderer.pdf(models.get(job.form.id)))),
      layout.evidencePath ? mergeEvidencePdf(prep.evidence, evidenceTitle) : Promise.resolve(null),
    ]),
  );
  pdfJobs.forEach((job, k) => zip.add(job.paths.pdf!, formPdfs[k], 'form-pdf', formExtra(job)));
  if (evidencePdf && layout.evidencePath)
    zip.add(layout.evidencePath, evidencePdf, 'evidence-pdf', { title: '佐证材料' });

  return stage('zip', async () => {
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT_NAME,
      formatVersion: BUNDLE_FORMAT_VERSION,
      createdAt: opts.now.toISOString(),
      appVersion: opts.appVersion,
      pack: plan.pack,
      school: plan.school,
      bundleName: prep.fileName,
      files: zip.files,
      application: applicationSection(prep),
    };
    zip.addUnlisted(layout.manifestPath, new TextEncoder().encode(JSON.stringify(manifest, null, 2)));
    await zip.end();
    opts.onProgress?.({ stage: 'zip', label: '完成', fraction: 1 });
    return { fileName: prep.fileName, manifest, warnings, timings };
  });
}

/** The manifest's application: parameters, typed values of printed fields, accepted problems, picks. */
function applicationSection(prep: PreparedBundle): BundleApplication {
  const { plan, evidence } = prep;
  return {
    packId: plan.pack.id,
    packVersion: plan.pack.version,
    title: plan.application.title,
    params: plan.application.params,
    ...(plan.application.paramLabels ? { paramLabels: plan.application.paramLabels } : {}),
    values: plan.application.values,
    accepted: plan.application.accepted,
    ...(plan.application.confirmations ? { confirmations: plan.application.confirmations } : {}),
    evidence: evidence.items.map((it) => {
      const src = it.src as BundleEvidencePlan;
      return {
        evidenceKey: src.fieldKey ?? '',
        sha256: src.sha256,
        title: src.pickTitle ?? '',
        indexTitle: src.title,
        pages: it.pages,
        range: evidence.ranges.get(src.ref) ?? '',
      };
    }),
  };
}
