import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';

import { createChromiumPdfPrinter } from '../../../electron/core/render/printPdfWithChromium.js';
import { renderHtml, renderHtmlParts } from '../../../shared/print/renderHtml.js';
import { tempDir } from './renderTestUtils.js';
import { SAMPLE_VALUES, sample346Document } from './sample346Document.js';
import { sampleSummarySheet } from './sampleSummarySheet.js';

const printer = createChromiumPdfPrinter();
afterAll(() => printer.close?.());

function pagesText(pdf: Uint8Array): string[] {
  const dir = tempDir('h6-pdf-');
  const file = path.join(dir, 'a.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

describe('HTML preview and PDF', () => {
  it('is self-contained, sets the page from the pack, escapes values, and styles by classes only', () => {
    const doc = sample346Document({ ...SAMPLE_VALUES, schoolName: '<script>alert(1)</script>学院' });
    const html = renderHtml(doc);
    expect(html).toContain('@page { size: 210mm 297mm;');
    expect(html).toMatch(/\.c\d+ \{ font-family: '仿宋_GB2312', 'FangSong', '仿宋', serif; font-size: 12pt;/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/(src|href)=/);
    // The app's CSP (style-src 'self') refuses inline styles: the preview adopts the stylesheet and
    // the markup carries classes only.
    const parts = renderHtmlParts(doc);
    expect(parts.body).not.toMatch(/\sstyle=/);
    expect(parts.body).not.toContain('<style');
    expect(parts.css).toContain('@page portrait-nonum');
  });

  it('prints with Chromium: blank back of the cover, «— n —» from 1, no number on the cover', async () => {
    const pdf = await printer.printHtmlToPdf(renderHtml(sample346Document()));
    const doc = await PDFDocument.load(pdf);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round((width / 72) * 25.4)).toBe(210);
    expect(Math.round((height / 72) * 25.4)).toBe(297);
    const pages = pagesText(pdf);
    expect(pages[0]).toContain('申报书');
    expect(pages[0]).not.toMatch(/—\s*\d+\s*—/);
    expect(pages[1].trim()).toBe('');
    expect(pages[2]).toContain('填写要求');
    expect(pages[2]).toMatch(/—\s*1\s*—/);
    expect(pages[3]).toMatch(/—\s*2\s*—/);
    expect(pages.join('').replace(/\s+/g, '')).toContain(SAMPLE_VALUES.enterprises[1].name);
  });

  it('prints a landscape form on landscape pages', async () => {
    const pdf = await PDFDocument.load(await printer.printHtmlToPdf(renderHtml(sampleSummarySheet())));
    for (const p of pdf.getPages()) expect(p.getWidth()).toBeGreaterThan(p.getHeight());
  });
});
