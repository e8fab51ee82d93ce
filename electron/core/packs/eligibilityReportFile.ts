import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import { buildEligibilityReportDocument, reportFileBase } from '../../../shared/packs/eligibilityReportDocument.js';
import { type AppContext, requireStore } from '../appContext.js';
import { PRINT_MIME, type PrintFormat, renderPrintDocument, safeFileName } from '../render/exportFormFile.js';
import { eligibilityFor, type EligibilityRequest } from './eligibilityFor.js';

export interface ReportFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  html?: string;
}

/** The 自查表 of a notice (or of one of its applications) as DOCX, XLSX, PDF or HTML. */
export async function eligibilityReportFile(
  ctx: AppContext,
  req: EligibilityRequest,
  format: PrintFormat,
): Promise<ReportFile> {
  const db = requireStore(ctx).db;
  const { pack, report, app, snapshot } = eligibilityFor(db, req, ctx.now());
  const schoolName = typeof snapshot.school.name === 'string' ? snapshot.school.name : '';
  const doc = buildEligibilityReportDocument(pack, report, {
    schoolName,
    date: localIsoDate(ctx.now()),
    applicationTitle: app?.title,
  });
  const { bytes, html } = await renderPrintDocument(doc, format, ctx.pdfPrinter);
  return {
    fileName: `${safeFileName(reportFileBase(pack, schoolName))}.${format}`,
    mime: PRINT_MIME[format],
    bytes,
    ...(html !== undefined ? { html } : {}),
  };
}
