// What a PDF shows page by page, read by poppler (pdftotext -bbox and -raw), independent of how it
// was made: the page size, the page number printed at its foot, words that fall outside the page.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { decode, fontEnv } from './renderTestUtils.js';

const run = promisify(execFile);

export interface PdfPage {
  widthPt: number;
  heightPt: number;
  landscape: boolean;
  /** The «— n —» printed at the foot of the page, or null. */
  number: number | null;
  /** Words (text) whose box is not inside the page. */
  outside: string[];
  text: string;
}

export async function readPdfPages(file: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const m of stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const widthPt = Number(m[1]);
    const heightPt = Number(m[2]);
    const words = [
      ...m[3].matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: decode(w[5]) }));
    // The number is the lowest line of the page («— n —» in the bottom margin).
    const lowest = Math.max(-Infinity, ...words.map((w) => w.y0));
    const foot = words
      .filter((w) => w.y0 > lowest - 3 && w.y0 > heightPt * 0.75)
      .sort((a, b) => a.x0 - b.x0)
      .map((w) => w.text)
      .join(' ');
    const dashed = /—\s*(\d+)\s*—/.exec(foot);
    pages.push({
      widthPt,
      heightPt,
      landscape: widthPt > heightPt,
      number: dashed ? Number(dashed[1]) : null,
      outside: words.filter((w) => w.x0 < 0 || w.y0 < 0 || w.x1 > widthPt || w.y1 > heightPt).map((w) => w.text),
      text: words.map((w) => w.text).join(''),
    });
  }
  return pages;
}

/** The text in drawing order (each table cell's lines together), without white space. */
export async function pdfRawText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/\s+/g, '');
}

/**
 * Converts files to PDF with LibreOffice headless: one soffice process per batch (each with its own
 * profile, so the batches can run at once), `batches` at a time. Returns the PDF path of each file.
 */
export async function convertAllWithLibreOffice(files: string[], outDir: string, batches = 2): Promise<string[]> {
  const groups: string[][] = Array.from({ length: Math.min(batches, files.length) }, () => []);
  files.forEach((f, i) => groups[i % groups.length].push(f));
  await Promise.all(
    groups.map(async (group) => {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-pages-'));
      try {
        await run(
          'soffice',
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            outDir,
            ...group,
          ],
          { timeout: 600_000, env: fontEnv() },
        );
      } finally {
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }),
  );
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice produced no PDF for ${f}`);
    return out;
  });
}
