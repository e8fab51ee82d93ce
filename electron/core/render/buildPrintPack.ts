// One PDF with everything to print, in order. For double-sided printing each document must start on
// a right-hand (odd) page, so a blank page is added after a document with an odd page count.
import { PDFDocument } from 'pdf-lib';

export interface PrintPackResult {
  pdf: Uint8Array;
  /** First page (1-based) of each input document in the pack. */
  startPages: number[];
  /** Blank pages added. */
  blanksAdded: number;
}

export async function buildPrintPack(pdfs: Uint8Array[], opts: { doubleSided: boolean }): Promise<PrintPackResult> {
  const out = await PDFDocument.create();
  out.setCreator('申报通');
  out.setProducer('申报通');
  const startPages: number[] = [];
  let blanksAdded = 0;
  for (const bytes of pdfs) {
    if (opts.doubleSided && out.getPageCount() % 2 === 1) {
      // Same size as the page before it, so the printer does not switch trays.
      const { width, height } = out.getPage(out.getPageCount() - 1).getSize();
      out.addPage([width, height]);
      blanksAdded++;
    }
    startPages.push(out.getPageCount() + 1);
    const src = await PDFDocument.load(bytes);
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const p of pages) out.addPage(p);
  }
  return { pdf: await out.save(), startPages, blanksAdded };
}
