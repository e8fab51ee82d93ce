import { fillBundleName } from '../../../shared/bundles/bundleFileName.js';
import { type BundleFileKind, MANIFEST_ENTRY } from '../../../shared/bundles/bundleManifest.js';
import { uniqueNames, windowsSafeEntryPath } from '../../../shared/bundles/windowsSafeName.js';
import type { BundleFormPlan, BundlePlan, FormFormat } from './bundlePlan.js';

/** One file the zip will hold, in zip order. */
export interface PlannedEntry {
  /** Path inside the zip (folder/name). */
  path: string;
  kind: BundleFileKind | 'manifest';
  title: string;
  formId?: string;
  format?: FormFormat;
}

export interface FormJob {
  form: BundleFormPlan;
  formats: FormFormat[];
  /** The entry path of each format. */
  paths: Partial<Record<FormFormat, string>>;
}

export interface BundleLayout {
  jobs: FormJob[];
  evidencePath: string | null;
  manifestPath: string;
  /** Every entry in the order they are written: DOCX, XLSX, PDF of the forms, 佐证材料, manifest. */
  entries: PlannedEntry[];
  /** Formats the pack lists that are left out because PDF was not asked for. */
  pdfLeftOut: string[];
}

function formFileStem(plan: BundlePlan, form: BundleFormPlan): string {
  if (form.fileName) return fillBundleName(form.fileName, plan.nameValues, '').fileName;
  return [form.attachment, form.title].filter(Boolean).join(' ');
}

/**
 * Decides every file of a bundle and its name before anything is rendered: the export writes
 * exactly these, and the export screen lists them before the user writes the zip.
 */
export function bundleLayout(
  plan: BundlePlan,
  zipFileName: string,
  opts: { pdf: boolean; evidence: boolean },
): BundleLayout {
  const folder = zipFileName.replace(/\.zip$/i, '');
  const entry = (name: string) => windowsSafeEntryPath([folder, name]);
  const pdfLeftOut: string[] = [];
  const raw = plan.forms.map((form) => {
    const formats = new Set<FormFormat>(form.formats ?? [form.kind === 'sheet' ? 'xlsx' : 'docx']);
    if (opts.pdf) formats.add('pdf');
    else if (formats.delete('pdf')) pdfLeftOut.push(form.title);
    return { form, formats: [...formats] };
  });
  const stems = uniqueNames(raw.map((j) => formFileStem(plan, j.form)));
  const jobs: FormJob[] = raw.map((j, i) => ({
    ...j,
    paths: Object.fromEntries(j.formats.map((f) => [f, entry(`${stems[i]}.${f}`)])),
  }));
  const entries: PlannedEntry[] = [];
  for (const kind of ['docx', 'xlsx', 'pdf'] as const)
    for (const job of jobs)
      if (job.paths[kind])
        entries.push({
          path: job.paths[kind],
          kind: `form-${kind}`,
          title: job.form.title,
          formId: job.form.id,
          format: kind,
        });
  let evidencePath: string | null = null;
  if (opts.evidence) {
    const name = plan.bundle.evidenceFileName
      ? fillBundleName(plan.bundle.evidenceFileName, plan.nameValues, '').fileName
      : '佐证材料';
    evidencePath = entry(`${name}.pdf`);
    entries.push({ path: evidencePath, kind: 'evidence-pdf', title: '佐证材料', format: 'pdf' });
  }
  const manifestPath = entry(MANIFEST_ENTRY);
  entries.push({ path: manifestPath, kind: 'manifest', title: '清单（文件校验值、通知、学校、申报的填写内容）' });
  return { jobs, evidencePath, manifestPath, entries, pdfLeftOut };
}
