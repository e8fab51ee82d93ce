import path from 'node:path';
import type { Writable } from 'node:stream';

import type Database from 'better-sqlite3';

import type { OutputFile } from '../../../shared/api/callFields.js';
import { type AppContext, type PdfPrinter, requireStore } from '../appContext.js';
import { type RenameFn, writeFileAtomic } from '../files/writeFileAtomic.js';
import { createChromiumPdfPrinter } from '../render/printPdfWithChromium.js';
import { type BuiltBundle, type ExportProgress, prepareBundle, writeBundleZip } from './buildExportBundle.js';
import type { BundleFormRenderer, BundlePlan } from './bundlePlan.js';
import { hashingStream } from './hashingStream.js';

/** Where plans and renderers come from: the real packs/print modules, or fakes in tests. */
export interface BundleSource {
  loadPlan(ctx: AppContext, applicationId: number): Promise<BundlePlan> | BundlePlan;
  renderer(
    ctx: AppContext,
    applicationId: number,
    plan: BundlePlan,
    printer: PdfPrinter | undefined,
  ): BundleFormRenderer;
}

export interface ExportOptions {
  pdf?: boolean;
  onProgress?: (p: ExportProgress) => void;
  source: BundleSource;
  /** Tests: replaces the rename step of the atomic write. */
  rename?: RenameFn;
}

export interface ExportResult extends BuiltBundle {
  sha256: string;
  sizeBytes: number;
}

/** Records the export and marks a draft as 已导出 (a submitted application stays submitted). */
export function recordExport(
  db: Database.Database,
  applicationId: number,
  r: { fileName: string; sha256: string; sizeBytes: number; pdf: boolean; appVersion: string; at: Date },
): void {
  db.transaction(() => {
    db.prepare(
      'INSERT INTO application_export (application_id, exported_at, file_name, sha256, size_bytes, with_pdf, app_version) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(applicationId, r.at.toISOString(), r.fileName, r.sha256, r.sizeBytes, r.pdf ? 1 : 0, r.appVersion);
    db.prepare("UPDATE application SET status = 'exported', updated_at = ? WHERE id = ? AND status = 'draft'").run(
      r.at.toISOString(),
      applicationId,
    );
  })();
}

async function build(
  ctx: AppContext,
  applicationId: number,
  opts: ExportOptions,
  sink: (
    fileName: string,
    write: (out: Writable) => Promise<BuiltBundle>,
  ) => Promise<{ built: BuiltBundle; sha256: string; size: number }>,
): Promise<ExportResult> {
  // Without a printer from the shell (CLI, tests), a headless Chromium is launched on first use only.
  const own = ctx.pdfPrinter ? null : createChromiumPdfPrinter();
  const printer = ctx.pdfPrinter ?? own ?? undefined;
  const bopts = {
    pdf: !!opts.pdf,
    printer,
    appVersion: ctx.appVersion,
    now: ctx.now(),
    onProgress: opts.onProgress,
    installedFonts: (await ctx.fontCatalog?.installedFamilies()) ?? null,
  };
  let result: { built: BuiltBundle; sha256: string; size: number };
  try {
    // Everything that can refuse (missing data, limits) runs before the sink opens a file.
    const prep = await prepareBundle(() => opts.source.loadPlan(ctx, applicationId), bopts);
    const renderer = opts.source.renderer(ctx, applicationId, prep.plan, printer);
    result = await sink(prep.fileName, (out) => writeBundleZip(prep, renderer, out, bopts));
  } finally {
    await own?.close?.();
  }
  const { built, sha256, size } = result;
  recordExport(requireStore(ctx).db, applicationId, {
    fileName: built.fileName,
    sha256,
    sizeBytes: size,
    pdf: !!opts.pdf,
    appVersion: ctx.appVersion,
    at: bopts.now,
  });
  return { ...built, sha256, sizeBytes: size };
}

/** Streams the zip into `finalPath` atomically (never whole in memory), hashing it on the way. */
function fileSink(finalPath: (fileName: string) => string, rename?: RenameFn) {
  return async (fileName: string, write: (out: Writable) => Promise<BuiltBundle>) => {
    let built!: BuiltBundle;
    let digest = { sha256: '', size: 0 };
    await writeFileAtomic(
      finalPath(fileName),
      async (out) => {
        // The zip's own SHA-256, for the export record.
        const t = hashingStream();
        t.stream.pipe(out);
        built = await write(t.stream);
        digest = t.result();
      },
      { rename },
    );
    return { built, sha256: digest.sha256, size: digest.size };
  };
}

/** Writes the bundle into `outDir` atomically and returns where it went. */
export async function exportBundleToDir(
  ctx: AppContext,
  applicationId: number,
  outDir: string,
  opts: ExportOptions,
): Promise<ExportResult & { path: string }> {
  let finalPath = '';
  const r = await build(
    ctx,
    applicationId,
    opts,
    fileSink((fileName) => (finalPath = path.join(outDir, fileName)), opts.rename),
  );
  return { ...r, path: finalPath };
}

/** Writes the bundle into the outbox (for the API: the window saves it by token, its bytes never leave the core). */
export async function exportBundleToOutput(
  ctx: AppContext,
  applicationId: number,
  opts: ExportOptions,
): Promise<ExportResult & { file: OutputFile }> {
  let token = '';
  const r = await build(
    ctx,
    applicationId,
    opts,
    fileSink((fileName) => {
      const out = ctx.files.newOutput(fileName);
      token = out.token;
      return out.path;
    }, opts.rename),
  );
  return { ...r, file: ctx.files.describe(token) };
}
