// Independent readers for the renderers' output: the DOCX's own XML (yauzl), the XLSX read back by
// exceljs, the HTML parsed by regex, and LibreOffice headless as a third-party reader.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import yauzl from 'yauzl';

import type { PagedDocument } from '../../../shared/print/paginate.js';
import { cellTextsOf } from '../../../shared/print/printDocument.js';

export async function readZipEntry(bytes: Uint8Array, name: string): Promise<string> {
  return (await readZipEntryBytes(bytes, name)).toString('utf8');
}

/** One entry of a zip (e.g. a DOCX inside an export bundle) as bytes. */
export function readZipEntryBytes(bytes: Uint8Array, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) return reject(e2 ?? new Error(`cannot read ${name}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks));
          });
        });
      });
      zip.on('end', () => reject(new Error(`zip has no ${name}`)));
      zip.readEntry();
    });
  });
}

/** XML/HTML entities back to characters. */
export const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Table cell texts of a DOCX in order; vertically merged continuation cells are skipped. */
export async function docxCellTexts(bytes: Uint8Array): Promise<string[]> {
  const xml = await readZipEntry(bytes, 'word/document.xml');
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
    const tc = m[1];
    if (/<w:vMerge(?: w:val="continue")?\/>/.test(tc)) continue;
    const paras = [...tc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''),
    );
    out.push(paras.join('\n'));
  }
  return out;
}

/** Cell texts of the pages as paginate() laid them out (what the DOCX and the HTML draw, page by page). */
export function pagedCellTexts(paged: PagedDocument): string[] {
  return cellTextsOf(paged.pages);
}

/** Texts of bordered (table) cells of every sheet, row by row; merged cells counted once. */
export async function xlsxCellTexts(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        if (!cell.border?.top) continue;
        out.push(cell.text ?? '');
      }
    }
  });
  return out;
}

/** Texts of the HTML's <td> cells in order, paragraphs joined by newlines. */
export function htmlCellTexts(html: string): string[] {
  return [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) =>
    [...m[1].matchAll(/<(p|h\d)[^>]*>([\s\S]*?)<\/\1>/g)].map((p) => decode(p[2].replace(/<[^>]+>/g, ''))).join('\n'),
  );
}

/** Uses the repo's test/support/fonts.conf (look-alikes for 仿宋_GB2312 etc.) unless the caller set one. */
export function fontEnv(): NodeJS.ProcessEnv {
  const conf = path.resolve(__dirname, '../../support/fonts.conf');
  return process.env.FONTCONFIG_FILE ? process.env : { ...process.env, FONTCONFIG_FILE: conf };
}

/** Converts a file with LibreOffice headless in its own profile; returns the output path. */
export function convertWithLibreOffice(file: string, format: 'pdf' | 'txt' | 'csv', outDir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-h6-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        format === 'txt'
          ? 'txt:Text (encoded):UTF8'
          : format === 'csv'
            ? 'csv:Text - txt - csv (StarCalc):44,34,76'
            : format,
        '--outdir',
        outDir,
        file,
      ],
      {
        timeout: 180_000,
        stdio: 'pipe',
        env: fontEnv(),
      },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice produced no ${format} for ${file}`);
  return out;
}

export function pdfToText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Asserts that every needle occurs in text in the given order; returns the first one missing or out of order. */
export function firstOutOfOrder(text: string, needles: string[]): string | null {
  let at = 0;
  for (const n of needles) {
    const i = text.indexOf(n, at);
    if (i < 0) return n;
    at = i + n.length;
  }
  return null;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
