import { AppError } from '../../../shared/api/apiError.js';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import type { Pack, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { describeFont } from '../../../shared/print/describeFonts.js';
import type { PrintDocument } from '../../../shared/print/printDocument.js';
import { fontsUsed } from '../../../shared/print/printDocument.js';
import { renderHtml } from '../../../shared/print/renderHtml.js';
import { type AppContext, type PdfPrinter, requireStore } from '../appContext.js';
import { readOverrides } from '../packs/applicationRepo.js';
import { renderDocx } from '../render/renderDocx.js';
import { renderXlsx } from '../render/renderXlsx.js';
import type { BundleEvidencePlan, BundleFormPlan, BundleFormRenderer, BundlePlan } from './bundlePlan.js';
import type { BundleSource } from './exportApplicationBundle.js';
import { packAccess } from './packAccess.js';

export interface LoadedApplication {
  pack: Pack;
  resolved: ResolvedApplication;
  snapshot: BaseDataSnapshot;
}

/** What the bundle needs from the packs and print modules (H4, H6, H1), behind one small interface. */
export interface PackAccess {
  /** The application's pack, the application resolved, and the base data it was resolved against. */
  load(ctx: AppContext, applicationId: number): LoadedApplication | Promise<LoadedApplication>;
  /** The print model of one form, with 佐证材料页码 text fields (field key → 「3-5」) filled. */
  layoutForm(
    ctx: AppContext,
    pack: Pack,
    resolved: ResolvedApplication,
    formId: string,
    evidencePages: Record<string, string>,
  ): PrintDocument | Promise<PrintDocument>;
  /** The application's evidence picks in merge order, with the field each one's pages fill. */
  evidence(
    ctx: AppContext,
    pack: Pack,
    resolved: ResolvedApplication,
    applicationId: number,
  ): BundleEvidencePlan[] | Promise<BundleEvidencePlan[]>;
}

function scalarText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return undefined;
}

/** Gathers the plan from a pack and a resolved application: names, forms and formats, limits, data. */
export function planFromPack(
  pack: Pack,
  resolved: ResolvedApplication,
  extra: {
    applicationId: number;
    values: Record<string, unknown>;
    baseData: BundlePlan['baseData'];
    evidence: BundleEvidencePlan[];
  },
): BundlePlan {
  const warnings: string[] = [];
  const nameValues: Record<string, string> = { school: resolved.schoolName, 学校名称: resolved.schoolName };
  for (const key of resolved.fieldOrder) {
    const t = scalarText(resolved.fields[key]?.value);
    if (t !== undefined) nameValues[key] = t;
  }
  // Parameters keep their types (a year stays a number), so a re-import finds the same application.
  const params: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(resolved.params)) {
    if (v === null || v === undefined) continue;
    params[k] = typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
    // A choice parameter shows its label in names (机电一体化技术, not its code).
    nameValues[k] = resolved.paramLabels[k] ?? String(v);
  }
  const rule = pack.bundle;
  const formFiles = rule?.files.filter((f) => f.kind === 'form' && f.form) ?? [];
  const formsById = new Map(pack.forms.map((f) => [f.id, f]));
  const chosen = formFiles.length
    ? formFiles.map((f) => ({ form: formsById.get(f.form!), file: f }))
    : pack.forms.map((form) => ({ form, file: undefined }));
  const forms: BundleFormPlan[] = [];
  for (const { form, file } of chosen) {
    if (!form) {
      warnings.push(`打包规则引用了不存在的表「${file?.form}」，已跳过`);
      continue;
    }
    const formats = file?.formats?.filter((f): f is 'docx' | 'xlsx' | 'pdf' => f !== 'html');
    forms.push({
      id: form.id,
      title: form.title,
      attachment: form.attachment,
      kind: form.kind,
      fileName: file?.fileName,
      formats: formats?.length ? formats : undefined,
    });
  }
  const evidenceRule = rule?.files.find((f) => f.kind === 'evidence');
  const printed: Record<string, unknown> = {};
  for (const key of resolved.fieldOrder) printed[key] = resolved.fields[key]?.value ?? null;
  return {
    application: { id: extra.applicationId, title: resolved.title, params, values: extra.values, printed },
    pack: {
      id: pack.id,
      version: String((pack as { version?: string | number }).version ?? pack.formatVersion),
      docNo: pack.docNo,
      title: pack.title,
    },
    bundle: {
      fileName: rule?.fileName ?? `{school}${pack.title}申报材料`,
      evidenceMaxPages: rule?.evidenceMaxPages ?? evidenceRule?.maxPages,
      evidenceFileName: evidenceRule?.fileName,
    },
    nameValues,
    forms,
    evidence: extra.evidence,
    baseData: extra.baseData,
    school: { name: resolved.schoolName, creditCode: String(extra.baseData.school.creditCode ?? '') },
    warnings,
  };
}

/** The renderers of the print model: DOCX, XLSX, and HTML printed to PDF by Chromium. */
export function printModelRenderer(
  printer: PdfPrinter | undefined,
  layout: (formId: string, pages: Record<string, string>) => Promise<PrintDocument> | PrintDocument,
): BundleFormRenderer<PrintDocument> {
  return {
    layout,
    docx: (doc) => renderDocx(doc),
    xlsx: (doc) => renderXlsx(doc),
    fonts: (doc) => fontsUsed(doc).map(describeFont),
    fontSpecs: (doc) => fontsUsed(doc),
    pdf: async (doc) => {
      if (!printer) throw new AppError('NO_PDF_PRINTER', '生成 PDF 需要 Chromium，当前不可用');
      return printer.printHtmlToPdf(renderHtml(doc), { landscape: doc.page.orientation === 'landscape' });
    },
  };
}

export function makeBundleSource(access: PackAccess): BundleSource {
  const cache = new WeakMap<BundlePlan, { pack: Pack; resolved: ResolvedApplication }>();
  return {
    async loadPlan(ctx, applicationId) {
      // The base data is read once, by the loader: the ledger can have tens of thousands of rows.
      const { pack, resolved, snapshot } = await access.load(ctx, applicationId);
      if (resolved.exportBlocked) {
        const n = resolved.completeness.invalid;
        throw new AppError('EXPORT_BLOCKED', `申报中还有 ${n} 处填写不符合要求，请修改或确认接受后再导出`);
      }
      const evidence = await access.evidence(ctx, pack, resolved, applicationId);
      const plan = planFromPack(pack, resolved, {
        applicationId,
        values: readOverrides(requireStore(ctx).db, applicationId),
        baseData: snapshot,
        evidence,
      });
      cache.set(plan, { pack, resolved });
      return plan;
    },
    renderer(ctx, _applicationId, plan, printer) {
      const { pack, resolved } = cache.get(plan)!;
      return printModelRenderer(printer, (formId, pages) => access.layoutForm(ctx, pack, resolved, formId, pages));
    },
  };
}

/** The source the API and CLI use: the real packs, applications, print builder and evidence store. */
export const defaultBundleSource: BundleSource = makeBundleSource(packAccess);
