import { PDFDocument, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

import { AppError } from '../../../shared/api/apiError.js';
import { evidencePageRanges } from '../../../shared/bundles/evidencePageRanges.js';
import type { PdfPrinter } from '../appContext.js';

export interface EvidenceSource {
  /** How forms refer to this item (the key of the 佐证材料页码 map). */
  ref: string;
  title: string;
  fileName: string;
  sha256: string;
  mime: string;
  bytes: Uint8Array;
}

interface LoadedEvidence {
  src: EvidenceSource;
  pdf?: PDFDocument;
  pages: number;
}

export interface MeasuredEvidence {
  items: LoadedEvidence[];
  evidencePages: number;
  indexPdf: PDFDocument | null;
  indexPages: number;
  /** ref → stamped page range, e.g. 「3-5」. */
  ranges: Map<string, string>;
}

const A4 = { w: 595.28, h: 841.89 };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The 目录索引 page as HTML: Chinese text must go through Chromium, pdf-lib's fonts have no CJK glyphs. */
export function evidenceIndexHtml(heading: string, rows: { title: string; range: string }[]): string {
  const body = rows
    .map(
      (r, i) =>
        `<tr><td class="n">${i + 1}</td><td>${escapeHtml(r.title)}</td><td class="p">${escapeHtml(r.range)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "仿宋_GB2312", FangSong, "Noto Serif CJK SC", "AR PL UMing CN", serif; font-size: 12pt; }
h1 { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 18pt; text-align: center; margin: 0 0 6mm; font-weight: normal; }
p.sub { text-align: center; margin: 0 0 6mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.5pt solid #000; padding: 2mm; line-height: 1.4; }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
td.n, td.p { text-align: center; white-space: nowrap; }
</style></head><body><h1>佐证材料目录索引</h1><p class="sub">${escapeHtml(heading)}</p>
<table><thead><tr><th style="width:12mm">序号</th><th>佐证材料名称</th><th style="width:28mm">页码</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

async function loadOne(src: EvidenceSource): Promise<LoadedEvidence> {
  const where = { file: src.fileName };
  if (src.mime === 'application/pdf' || /\.pdf$/i.test(src.fileName)) {
    try {
      const pdf = await PDFDocument.load(src.bytes, { ignoreEncryption: true, updateMetadata: false });
      if (pdf.isEncrypted)
        throw new AppError(
          'EVIDENCE_ENCRYPTED',
          `佐证材料「${src.title}」是加密的 PDF，无法合并，请另存为未加密的 PDF 后重新上传`,
          where,
        );
      return { src, pdf, pages: pdf.getPageCount() };
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError(
        'EVIDENCE_BAD_PDF',
        `佐证材料「${src.title}」不是有效的 PDF 文件，无法合并：${(e as Error).message}`,
        where,
      );
    }
  }
  if (/^image\/(png|jpeg)$/.test(src.mime) || /\.(png|jpe?g)$/i.test(src.fileName)) return { src, pages: 1 };
  throw new AppError(
    'EVIDENCE_BAD_TYPE',
    `佐证材料「${src.title}」的文件类型（${src.mime || '未知'}）无法合并，请使用 PDF 或 PNG/JPG 图片`,
    where,
  );
}

/**
 * Loads every evidence file, counts its pages and prints the index page(s), so that page ranges and
 * the page limit are known before anything is written. The index is reprinted if its own length
 * turns out different from the estimate (the ranges depend on it).
 */
export async function measureEvidence(
  sources: readonly EvidenceSource[],
  heading: string,
  printer: PdfPrinter | undefined,
): Promise<MeasuredEvidence> {
  const items: LoadedEvidence[] = [];
  for (const s of sources) items.push(await loadOne(s));
  const evidencePages = items.reduce((n, it) => n + it.pages, 0);
  if (!items.length) return { items, evidencePages: 0, indexPdf: null, indexPages: 0, ranges: new Map() };
  if (!printer) throw new AppError('NO_PDF_PRINTER', '生成佐证材料目录索引需要 PDF 打印组件（Chromium），当前不可用');
  let indexPages = Math.max(1, Math.ceil(items.length / 18));
  for (let attempt = 0; ; attempt++) {
    const ranges = evidencePageRanges(
      items.map((it) => ({ ref: it.src.ref, pages: it.pages })),
      indexPages,
    );
    const html = evidenceIndexHtml(
      heading,
      items.map((it) => ({ title: it.src.title, range: ranges.get(it.src.ref) ?? '' })),
    );
    const indexPdf = await PDFDocument.load(await printer.printHtmlToPdf(html));
    const printed = indexPdf.getPageCount();
    if (printed === indexPages || attempt >= 2)
      return {
        items,
        evidencePages,
        indexPdf,
        indexPages: printed,
        ranges: evidencePageRanges(
          items.map((it) => ({ ref: it.src.ref, pages: it.pages })),
          printed,
        ),
      };
    indexPages = printed;
  }
}

function stampPageNumber(page: PDFPage, n: number, font: Awaited<ReturnType<PDFDocument['embedFont']>>): void {
  const text = `\u2014 ${n} \u2014`;
  const size = 10.5;
  const { width } = page.getSize();
  const x = width / 2 - font.widthOfTextAtSize(text, size) / 2;
  page.drawText(text, { x, y: 20, size, font, color: rgb(0, 0, 0) });
}

/** One PDF: the index, then every evidence item in order, a page number stamped on every page. */
export async function mergeEvidencePdf(measured: MeasuredEvidence, title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  out.setTitle(title);
  out.setCreator('申报通');
  if (measured.indexPdf) {
    const pages = await out.copyPages(measured.indexPdf, measured.indexPdf.getPageIndices());
    for (const p of pages) out.addPage(p);
  }
  for (const it of measured.items) {
    if (it.pdf) {
      const pages = await out.copyPages(it.pdf, it.pdf.getPageIndices());
      for (const p of pages) out.addPage(p);
      continue;
    }
    const isPng = it.src.mime === 'image/png' || /\.png$/i.test(it.src.fileName);
    const img = isPng ? await out.embedPng(it.src.bytes) : await out.embedJpg(it.src.bytes);
    const page = out.addPage([A4.w, A4.h]);
    const margin = 40;
    const scale = Math.min((A4.w - 2 * margin) / img.width, (A4.h - 2 * margin - 30) / img.height, 1);
    const w = img.width * scale;
    const h = img.height * scale;
    page.drawImage(img, { x: (A4.w - w) / 2, y: (A4.h - h) / 2 + 15, width: w, height: h });
  }
  const font = await out.embedFont(StandardFonts.Helvetica);
  out.getPages().forEach((p, i) => stampPageNumber(p, i + 1, font));
  return out.save({ useObjectStreams: true });
}
