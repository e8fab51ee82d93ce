import type { BundleApplication } from '../../../shared/bundles/bundleApplication.js';
import type { ParamValue } from '../../../shared/packs/packSchema.js';
import type { FontSpec } from '../../../shared/print/printDocument.js';
import type { EvidenceSource } from './mergeEvidencePdf.js';

export type FormFormat = 'docx' | 'xlsx' | 'pdf';

export interface BundleFormPlan {
  id: string;
  title: string;
  /** e.g. 附件1 */
  attachment?: string;
  kind: 'document' | 'sheet';
  /** A name rule from the pack (placeholders like the bundle's); default 「附件1 标题」. */
  fileName?: string;
  /** Formats the pack asks for; default DOCX for documents, XLSX for sheets (PDF added with --pdf). */
  formats?: FormFormat[];
}

/** An evidence item with the form field whose 佐证材料页码 it fills. */
export interface BundleEvidencePlan extends EvidenceSource {
  fieldKey?: string;
  /** The title the user gave the pick ('' when the index title is made from the field and file name). */
  pickTitle?: string;
}

/**
 * Everything an export needs, gathered in the data stage from the pack and the application. Built
 * by bundleSource.ts from the real modules, or by hand in tests. It holds no base data: the bundle
 * carries the forms as printed and what re-import needs, nothing else.
 */
export interface BundlePlan {
  application: {
    id: number;
    title: string;
    params: Record<string, ParamValue | boolean>;
    /** Choice parameters as they read (申报专业 → 机电一体化技术). */
    paramLabels?: Record<string, string>;
    /** Typed values (narratives included) of fields the bundle's forms print, as they go into the manifest. */
    values: BundleApplication['values'];
    accepted: Record<string, string[]>;
    /** The school's yes/no to conditions it confirms by hand, by rule id. */
    confirmations?: Record<string, boolean>;
  };
  pack: { id: string; version: string; docNo?: string; title?: string };
  bundle: {
    fileName: string;
    evidenceMaxPages?: number;
    evidenceFileName?: string;
    /** The notice asks for a 佐证材料 volume (the pack's bundle rule lists one, or there is no rule). */
    evidenceAsked: boolean;
  };
  /** Values for name placeholders: school, parameters (and their labels), scalar field values. */
  nameValues: Record<string, string>;
  forms: BundleFormPlan[];
  evidence: BundleEvidencePlan[];
  school: { name: string; creditCode: string };
  /** Problems found while resolving (shown, not blocking). */
  warnings: string[];
}

/**
 * Lays out and renders forms. `layout` builds one form's print model with the 佐证材料页码 fields
 * (field key → 「3-5」) filled; the renderers turn a model into file bytes.
 */
export interface BundleFormRenderer<M = unknown> {
  layout(formId: string, evidencePages: Record<string, string>): Promise<M> | M;
  docx(model: M): Promise<Uint8Array>;
  xlsx(model: M): Promise<Uint8Array>;
  pdf(model: M): Promise<Uint8Array>;
  /** The fonts a model is set in, described for the manifest. */
  fonts?(model: M): string[];
  /** The same fonts as specs, checked against the PC's fonts for the export's notes. */
  fontSpecs?(model: M): FontSpec[];
}
