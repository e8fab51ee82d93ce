// One form of one application as a file: DOCX, XLSX, PDF (Chromium) or HTML. The bundle (H7) and the
// render/form call both go through here so every export of a form is laid out the same way.
import { AppError } from '../../../shared/api/apiError.js';
import { windowsSafeName } from '../../../shared/bundles/windowsSafeName.js';
import type { Pack, PackForm, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument.js';
import type { PrintDocument } from '../../../shared/print/printDocument.js';
import { renderHtml } from '../../../shared/print/renderHtml.js';
import { type AppContext, type PdfPrinter, requireStore } from '../appContext.js';
import { resolveStoredApplication } from '../packs/resolveStoredApplication.js';
import { createChromiumPdfPrinter } from './printPdfWithChromium.js';
import { renderDocx } from './renderDocx.js';
import { renderXlsx } from './renderXlsx.js';

export type PrintFormat = 'docx' | 'xlsx' | 'pdf' | 'html';

export const PRINT_MIME: Record<PrintFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export interface FormFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  /** HTML exports: the page itself, for the preview. */
  html?: string;
  /** The document it was rendered from (for timing and the bundle's checks). */
  document: PrintDocument;
}

/** A file name (without extension) Windows accepts: the one sanitizer, with the forms' own fallback. */
export function safeFileName(name: string): string {
  return windowsSafeName(name, 120, '表单');
}

export function formFileBaseName(form: PackForm): string {
  return safeFileName(`${form.attachment ? `${form.attachment} ` : ''}${form.title}`);
}

export function findForm(pack: Pack, formId: string): PackForm {
  const form = pack.forms.find((f) => f.id === formId);
  if (!form) throw new AppError('FORM_NOT_FOUND', `通知「${pack.docNo}」中没有表「${formId}」`, { field: 'formId' });
  return form;
}

/** Renders an already laid-out document. A PDF uses the given printer, or a headless Chromium for this call. */
export async function renderPrintDocument(
  document: PrintDocument,
  format: PrintFormat,
  printer?: PdfPrinter,
): Promise<{ bytes: Uint8Array; html?: string }> {
  switch (format) {
    case 'docx':
      return { bytes: await renderDocx(document) };
    case 'xlsx':
      return { bytes: await renderXlsx(document) };
    case 'html': {
      const html = renderHtml(document);
      return { bytes: new TextEncoder().encode(html), html };
    }
    case 'pdf': {
      const own = printer ? null : createChromiumPdfPrinter();
      try {
        const landscape = document.page.orientation === 'landscape';
        return { bytes: await (printer ?? own!).printHtmlToPdf(renderHtml(document), { landscape }) };
      } finally {
        await own?.close?.();
      }
    }
  }
}

function printSourceOf(ctx: AppContext, applicationId: number): { pack: Pack; app: ResolvedApplication } {
  const { pack, resolved } = resolveStoredApplication(requireStore(ctx).db, applicationId, ctx.now());
  return { pack, app: resolved };
}

export async function exportFormFile(
  ctx: AppContext,
  applicationId: number,
  formId: string,
  format: PrintFormat,
  opts: { evidencePages?: Record<string, string>; resolved?: { pack: Pack; app: ResolvedApplication } } = {},
): Promise<FormFile> {
  // One loader for every path: the editor, the preview and the printout resolve an application alike
  // (same overrides, accepted problems and local date).
  const { pack, app } = opts.resolved ?? printSourceOf(ctx, applicationId);
  const form = findForm(pack, formId);
  const document = buildPrintDocument(pack, form, app, { evidencePages: opts.evidencePages });
  const { bytes, html } = await renderPrintDocument(document, format, ctx.pdfPrinter);
  return {
    fileName: `${formFileBaseName(form)}.${format}`,
    mime: PRINT_MIME[format],
    bytes,
    ...(html !== undefined ? { html } : {}),
    document,
  };
}
