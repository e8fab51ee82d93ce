// Draft → export with no edits → LibreOffice renders both the attachment and the export: how much
// of the attachment's text the export holds, its tables and merges, and the page counts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readAttachment } from '../../../../electron/core/drafting/readAttachment.js';
import { renderDocx } from '../../../../electron/core/render/renderDocx.js';
import { renderXlsx } from '../../../../electron/core/render/renderXlsx.js';
import type { BaseDataSnapshot } from '../../../../shared/datasets/baseDataSnapshot.js';
import { draftPack } from '../../../../shared/drafting/draftPack.js';
import type { DraftResult } from '../../../../shared/drafting/draftTypes.js';
import type { SourceDocument } from '../../../../shared/drafting/sourceDocument.js';
import type { Pack, ResolvedApplication } from '../../../../shared/packs/packSchema.js';
import { resolveApplication } from '../../../../shared/packs/resolveApplication.js';
import { validatePack } from '../../../../shared/packs/validatePack.js';
import { buildPrintDocument } from '../../../../shared/print/buildPrintDocument.js';
import { paginateCached } from '../../../../shared/print/paginate.js';
import { rowsCutAtPageEnds } from './tableShapes.js';
import { charCoverage, textCoverage } from './textCoverage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository's root. */
export const REPO_ROOT = path.resolve(here, '../../../..');
/** The folder of the six real attachments, beside the repository (never copied into it). */
export const SHARED_FORMS = path.resolve(REPO_ROOT, '../shared/forms');

/** The repository's fonts.conf (look-alikes for 仿宋_GB2312 and the like), unless one is set. */
export function fontEnv(): NodeJS.ProcessEnv {
  if (process.env.FONTCONFIG_FILE) return process.env;
  const conf = path.resolve(REPO_ROOT, 'test/support/fonts.conf');
  return fs.existsSync(conf) ? { ...process.env, FONTCONFIG_FILE: conf } : process.env;
}

/** Converts files to PDF in one LibreOffice run with its own profile. */
export function toPdf(files: string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-draft-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: 300_000, stdio: 'pipe', env: fontEnv() },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const pdf = path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice produced no PDF for ${f}`);
    return pdf;
  });
}

export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return text.split('\f').slice(0, -1);
}

const MM = 72 / 25.4;

/**
 * The text of each page's body: words inside the top and bottom margins. Page headers and footers
 * (a promotion in the footer, 河 南 省 教 育 厅 on every page) are not the form's content.
 */
export function pdfBodyPages(pdf: string, margins: { top: number; bottom: number }): string[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const pages: string[] = [];
  for (const page of xml.split('<page ').slice(1)) {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 842);
    const top = (margins.top - 2) * MM;
    const bottom = height - (margins.bottom - 2) * MM;
    // Words in reading order as the eye meets them: by line (top to bottom), then left to right.
    const words: { x: number; y: number; t: string }[] = [];
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      const y0 = Number(m[2]);
      const y1 = Number(m[3]);
      if (y0 >= top && y1 <= bottom) words.push({ x: Number(m[1]), y: (y0 + y1) / 2, t: m[4] });
    }
    words.sort((a, b) => a.y - b.y);
    const lines: { y: number; words: typeof words }[] = [];
    for (const w of words) {
      const line = lines.find((l) => Math.abs(l.y - w.y) < 4);
      if (line) line.words.push(w);
      else lines.push({ y: w.y, words: [w] });
    }
    const text = lines
      .map((l) =>
        l.words
          .sort((a, b) => a.x - b.x)
          .map((w) => w.t)
          .join(' '),
      )
      .join('\n');
    pages.push(
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"'),
    );
  }
  return pages;
}

export interface ExportedDraft {
  draft: DraftResult;
  pack: Pack;
  app: ResolvedApplication;
  files: string[];
  /** Per file, per table piece as print drew them: whether the piece starts with the rest of a row cut at the page end. */
  cuts: boolean[][];
  sources: SourceDocument[];
}

/** Drafts the attachments and writes each form as the app exports it (DOCX, or XLSX for a sheet). */
export async function draftAndExport(
  sources: string[],
  snapshot: BaseDataSnapshot,
  outDir: string,
  params: Record<string, unknown> = {},
): Promise<ExportedDraft> {
  const docs: SourceDocument[] = [];
  for (const f of sources) docs.push((await readAttachment(fs.readFileSync(f), path.basename(f))).document);
  const draft = draftPack(docs, { today: '2024-11-01' });
  const v = validatePack(draft.pack);
  if (!v.ok)
    throw new Error(`draft of ${sources.join(', ')} is not a valid pack: ${JSON.stringify(v.problems.slice(0, 5))}`);
  const app = resolveApplication({ pack: v.pack, snapshot, params, overrides: {}, today: '2024-11-01' });
  const files: string[] = [];
  const cuts: boolean[][] = [];
  for (const [i, form] of v.pack.forms.entries()) {
    const doc = buildPrintDocument(v.pack, form, app);
    cuts.push(rowsCutAtPageEnds(paginateCached(doc).pages));
    const ext = form.kind === 'sheet' ? 'xlsx' : 'docx';
    const file = path.join(outDir, `export-${String(i + 1).padStart(2, '0')}-${form.id}.${ext}`);
    fs.writeFileSync(file, ext === 'xlsx' ? await renderXlsx(doc) : await renderDocx(doc));
    files.push(file);
  }
  return { draft, pack: v.pack, app, files, cuts, sources: docs };
}

export interface Fidelity {
  /** Share of the original's characters the export prints (each as often). */
  coverage: number;
  /** Share of the original's characters the export prints in the same order (layout changes lower it). */
  inOrder: number;
  originalPages: number;
  exportPages: number;
  /**
   * Pages of each attachment: the original's from one 「附件N」 page to the next, the export's per
   * file (each form is its own file). Only where the counts of attachments agree.
   */
  perAttachment?: { original: number; exported: number }[];
}

/**
 * Compares what LibreOffice prints of the original with what it prints of the exports. A file
 * holding the notice and its attachments is compared from its first 附件 page on (the notice itself
 * becomes the notice's facts, not a form).
 */
export function compareRendered(
  originalPdfs: string[],
  exportPdfs: string[],
  fromAttachment: boolean,
  margins: { top: number; bottom: number },
  furniture: string[] = [],
): Fidelity {
  // Page headers and footers repeat on every page and are not the form (a footer may reach into
  // the body area, as the 无锡 form's QR-code advert does).
  const strip = (page: string) => furniture.reduce((t, f) => t.split(f).join(''), page.replace(/\s+/g, ''));
  let original = originalPdfs.flatMap((p) => pdfBodyPages(p, margins));
  const mark = /^\s*附\s*件\s*[0-9一二三四五六七八九十]+\s*[:：]?\s*$/;
  const marked = (p: string) =>
    p
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 3)
      .some((l) => mark.test(l));
  if (fromAttachment) {
    const first = original.findIndex(marked);
    if (first > 0) original = original.slice(first);
  }
  const starts = fromAttachment ? original.flatMap((p, i) => (marked(p) ? [i] : [])) : [];
  original = original.map(strip);
  const files = exportPdfs.map((p) => pdfBodyPages(p, margins));
  const exported = files.flat();
  const perAttachment =
    starts.length > 1 && starts[0] === 0 && starts.length === files.length
      ? starts.map((s, i) => ({ original: (starts[i + 1] ?? original.length) - s, exported: files[i].length }))
      : undefined;
  return {
    coverage: charCoverage(original.join('\n'), exported.join('\n')),
    inOrder: textCoverage(original.join('\n'), exported.join('\n')),
    originalPages: original.length,
    exportPages: exported.length,
    ...(perAttachment ? { perAttachment } : {}),
  };
}

/** The smallest top and bottom margins of a document's sections (the body is inside them on every page). */
export function bodyMargins(doc: SourceDocument): { top: number; bottom: number } {
  return {
    top: Math.min(...doc.sections.map((s) => s.page.margins.top)),
    bottom: Math.min(...doc.sections.map((s) => s.page.margins.bottom)),
  };
}

/** Texts of a DOCX's page headers and footers (each paragraph, spacing removed). */
export async function headerFooterTexts(file: string): Promise<string[]> {
  const { readZipParts } = await import('../../../../electron/core/drafting/readZipParts.js');
  const parts = await readZipParts(fs.readFileSync(file), path.basename(file), (n) =>
    /^word\/(header|footer)\d*\.xml$/.test(n),
  );
  const out: string[] = [];
  for (const xml of parts.values())
    for (const p of xml.toString('utf8').match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
      const t = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/\s+/g, '');
      if (t && !/^\d+$/.test(t)) out.push(t);
    }
  return out;
}

/** A drafted attachment's valid pack (the test fails with the validation problems otherwise). */
export function draftedPack(doc: SourceDocument): Pack {
  const v = validatePack(draftPack([doc], { today: '2024-11-01' }).pack);
  if (!v.ok) throw new Error(`draft of ${doc.fileName} is not a valid pack: ${JSON.stringify(v.problems.slice(0, 3))}`);
  return v.pack;
}

/** A form of a pack as print lays it out for a school with no data yet. */
export function blankPrintDocument(pack: Pack, form: Pack['forms'][number]) {
  const snapshot: BaseDataSnapshot = { school: {}, years: [], data: {} };
  const app = resolveApplication({ pack, snapshot, params: {}, overrides: {}, today: '2024-11-01' });
  return buildPrintDocument(pack, form, app);
}
