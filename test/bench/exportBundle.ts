// Speed of the export bundle: the complete 346号 bundle for the demo school, without PDF (target
// < 1 s) and with PDFs (target < 5 s), with the time of each stage so the slowest is visible.
// Run: npx tsx test/bench/exportBundle.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { dispatchCall } from '../../electron/core/api/dispatchCall.js';
import { createAppContext } from '../../electron/core/appContext.js';
import { APP_VERSION } from '../../electron/core/appVersion.js';
import { EXPORT_STAGES } from '../../electron/core/bundles/buildExportBundle.js';
import { defaultBundleSource } from '../../electron/core/bundles/bundleSource.js';
import { exportBundleToDir } from '../../electron/core/bundles/exportApplicationBundle.js';
import { findApplicationForNotice } from '../../electron/core/bundles/findApplicationForNotice.js';
import { createChromiumPdfPrinter } from '../../electron/core/render/printPdfWithChromium.js';

const NOTICE = 'henan-2024-346';

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bundle-'));
  const printer = createChromiumPdfPrinter();
  const ctx = createAppContext({
    dbPath: path.join(dir, 'demo.sqlite'),
    dataDir: dir,
    appVersion: APP_VERSION,
    pdfPrinter: printer,
  });
  const created = await dispatchCall(ctx, 'store/createDemo', {});
  if (!created.ok) throw new Error(created.error.message);
  const appId = findApplicationForNotice(ctx.store!.db, NOTICE, {});
  if (!appId) throw new Error(`demo school has no application for ${NOTICE}`);
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  const rows: string[] = [];
  const measure = async (label: string, pdf: boolean, target: number) => {
    const t0 = performance.now();
    const r = await exportBundleToDir(ctx, appId, out, { pdf, source: defaultBundleSource });
    const ms = performance.now() - t0;
    const slowest = EXPORT_STAGES.reduce((a, b) => (r.timings[b] > r.timings[a] ? b : a));
    rows.push(
      `${label.padEnd(10)} total ${ms.toFixed(0).padStart(5)} ms (target < ${target} ms: ${ms < target ? 'OK' : 'MISSED'})  size ${(r.sizeBytes / 1024).toFixed(0)} KB  ` +
        EXPORT_STAGES.map((s) => `${s} ${r.timings[s].toFixed(0)}`).join(' · ') +
        `  slowest: ${slowest}`,
    );
  };
  // A first run warms module loading and (with PDF) starts Chromium, as the app does once per session.
  await measure('warm-up', false, 1000);
  await measure('no PDF', false, 1000);
  await measure('PDF cold', true, 5000);
  await measure('with PDF', true, 5000);
  for (const r of rows) console.log(r);
  await printer.close?.();
  ctx.store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
