import { AppError } from '../../../shared/api/apiError.js';
import { bundleValueOf } from '../../../shared/bundles/bundleValueShape.js';
import { printedFields } from '../../../shared/bundles/printedFields.js';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import type { FieldValue, Pack, PackForm, ParamValue, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { describeFont } from '../../../shared/print/describeFonts.js';
import type { PrintDocument } from '../../../shared/print/printDocument.js';
import { fontsUsed } from '../../../shared/print/printDocument.js';
import { renderHtml } from '../../../shared/print/renderHtml.js';
import { type AppContext, type PdfPrinter, requireStore } from '../appContext.js';
import { readAccepted, readOverrides } from '../packs/applicationRepo.js';
import { readConfirmations } from '../packs/confirmationRepo.js';
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

/** The version a bundle records for its pack (packs without their own version: the format's). */
export function packVersionOf(pack: Pack): string {
  return String((pack as { version?: string | number }).version ?? pack.formatVersion);
}

/** Gathers the plan from a pack and a resolved application: names, forms and formats, limits, values. */
export function planFromPack(
  pack: Pack,
  resolved: ResolvedApplication,
  extra: {
    applicationId: number;
    /** The stored overrides (application_value). */
    overrides: Record<string, FieldValue>;
    accepted: Record<string, string[]>;
    confirmations?: Record<string, boolean>;
    evidence: BundleEvidencePlan[];
    schoolCreditCode: string;
  },
): BundlePlan {
  const warnings: string[] = [];
  const nameValues: Record<string, string> = { school: resolved.schoolName, 学校名称: resolved.schoolName };
  for (const key of resolved.fieldOrder) {
    const t = scalarText(resolved.fields[key]?.value);
    if (t !== undefined) nameValues[key] = t;
  }
  // Parameters keep their types (a year stays a number), so a re-import finds the same application.
  const params: Record<string, ParamValue> = {};
  const paramLabels: Record<string, string> = {};
  for (const [k, v] of Object.entries(resolved.params)) {
    if (v === null || v === undefined) continue;
    params[k] = typeof v === 'number' ? v : String(v);
    // A choice parameter shows its label in names (机电一体化技术, not its code).
    nameValues[k] = resolved.paramLabels[k] ?? String(v);
    paramLabels[k] = nameValues[k];
  }
  const rule = pack.bundle;
  const formFiles = rule?.files.filter((f) => f.kind === 'form' && f.form) ?? [];
  const formsById = new Map(pack.forms.map((f) => [f.id, f]));
  const chosen = formFiles.length
    ? formFiles.map((f) => ({ form: formsById.get(f.form!), file: f }))
    : pack.forms.map((form) => ({ form, file: undefined }));
  const forms: BundleFormPlan[] = [];
  const bundled: PackForm[] = [];
  for (const { form, file } of chosen) {
    if (!form) {
      warnings.push(`打包规则引用了不存在的表「${file?.form}」，已跳过`);
      continue;
    }
    bundled.push(form);
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
  const { values, leftOut } = printedValues(pack, bundled, extra.overrides);
  if (leftOut.length)
    warnings.push(
      `「${leftOut.slice(0, 3).join('、')}」${leftOut.length > 3 ? `等 ${leftOut.length} 项` : ''}填写内容没有印在申报材料包的任何表中，未放入材料包（重新导入时不会恢复）`,
    );
  const evidenceRule = rule?.files.find((f) => f.kind === 'evidence');
  const evidenceAsked = !rule || !!evidenceRule;
  if (!evidenceAsked && extra.evidence.length)
    warnings.push(`通知没有要求提交佐证材料，已选的 ${extra.evidence.length} 个佐证材料未放入申报材料包`);
  // Accepted problems are codes, not values: kept for every field of the pack.
  const accepted = Object.fromEntries(Object.entries(extra.accepted).filter(([k]) => k in resolved.fields));
  return {
    application: {
      id: extra.applicationId,
      title: resolved.title,
      params,
      paramLabels,
      values,
      accepted,
      ...(extra.confirmations ? { confirmations: extra.confirmations } : {}),
    },
    pack: {
      id: pack.id,
      version: packVersionOf(pack),
      docNo: pack.docNo,
      title: pack.title,
    },
    bundle: {
      fileName: rule?.fileName ?? `{school}${pack.title}申报材料`,
      evidenceMaxPages: rule?.evidenceMaxPages ?? evidenceRule?.maxPages,
      evidenceFileName: evidenceRule?.fileName,
      evidenceAsked,
    },
    nameValues,
    forms,
    evidence: evidenceAsked ? extra.evidence : [],
    school: { name: resolved.schoolName, creditCode: extra.schoolCreditCode },
    warnings,
  };
}

/** The overrides the bundle may carry: those of fields its forms print, cut to the printed columns. */
function printedValues(
  pack: Pack,
  forms: readonly PackForm[],
  overrides: Record<string, FieldValue>,
): { values: Record<string, FieldValue>; leftOut: string[] } {
  const printed = printedFields(forms);
  const byKey = new Map(pack.fields.map((f) => [f.key, f]));
  const values: Record<string, FieldValue> = {};
  const leftOut: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const field = byKey.get(key);
    if (!field) continue;
    if (!printed.fields.has(key)) leftOut.push(field.label);
    else values[key] = bundleValueOf(field, value, printed.columns.get(key));
  }
  return { values, leftOut };
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
      const db = requireStore(ctx).db;
      const plan = planFromPack(pack, resolved, {
        applicationId,
        overrides: readOverrides(db, applicationId),
        accepted: readAccepted(db, applicationId),
        confirmations: Object.fromEntries(
          Object.entries(readConfirmations(db, pack.id, applicationId)).map(([id, c]) => [id, c.answer]),
        ),
        evidence,
        schoolCreditCode: String(snapshot.school.creditCode ?? ''),
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
