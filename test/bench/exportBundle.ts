// The 346号 upload bundle of the demo school, without 佐证材料: its size (target < 1 MB — it once
// carried the whole base data, 8.3 MB unzipped) and export time, in process by stage (without PDF
// target < 1 s, with PDFs < 5 s) and as a user meets it through the CLI (whole process). Then the
// 学校数据包 of the same school: size, and the CLI's export and restore times.
// Run: npx tsx test/bench/exportBundle.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { EXPORT_STAGES } from '../../electron/core/bundles/buildExportBundle.js';
import { defaultBundleSource } from '../../electron/core/bundles/bundleSource.js';
import { exportBundleToDir } from '../../electron/core/bundles/exportApplicationBundle.js';
import { readBundleZip } from '../../electron/core/bundles/readBundleZip.js';
import { createChromiumPdfPrinter } from '../../electron/core/render/printPdfWithChromium.js';
import { DEMO_NOTICE as NOTICE, demoApplication } from './support/demoApplication.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const MB = 1024 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');

/** A CLI command as a script runs it: its own process, timed from spawn to exit. */
function cliTimed(args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const stdout = execFileSync(process.execPath, [path.join(ROOT, 'scripts/cli.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, SHENBAOTONG_DB: '' },
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toString('utf8');
  return { ms: performance.now() - t0, stdout };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bundle-'));
  const printer = createChromiumPdfPrinter();
  const { ctx, dbPath, appId } = await demoApplication(dir, printer);
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  const rows: string[] = [];
  const measure = async (label: string, pdf: boolean, target: number) => {
    const t0 = performance.now();
    const r = await exportBundleToDir(ctx, appId, out, { pdf, source: defaultBundleSource });
    const ms = performance.now() - t0;
    const unzipped = (await readBundleZip(fs.readFileSync(r.path), r.path)).reduce((n, e) => n + e.bytes.length, 0);
    const slowest = EXPORT_STAGES.reduce((a, b) => (r.timings[b] > r.timings[a] ? b : a));
    rows.push(
      `${label.padEnd(10)} total ${ms.toFixed(0).padStart(5)} ms (target < ${target} ms: ${verdict(ms < target)})  ` +
        `size ${kb(r.sizeBytes)} zipped, ${kb(unzipped)} unzipped (target < 1 MB: ${verdict(r.sizeBytes < MB)})  ` +
        EXPORT_STAGES.map((s) => `${s} ${r.timings[s].toFixed(0)}`).join(' · ') +
        `  slowest: ${slowest}`,
    );
  };
  // A first run warms module loading and (with PDF) starts Chromium, as the app does once per session.
  await measure('warm-up', false, 1000);
  await measure('no PDF', false, 1000);
  await measure('PDF cold', true, 5000);
  await measure('with PDF', true, 5000);
  await printer.close?.();
  ctx.store?.close();
  for (const r of rows) console.log(r);

  // As a user meets it: `npm run cli -- export` as one process (start-up, database, render, zip).
  const cliOut = path.join(dir, 'cli');
  const run = cliTimed(['export', NOTICE, '--db', dbPath, '--out', cliOut]);
  const zip = run.stdout.trim().split('\n').at(-1)!;
  console.log(
    `CLI export (whole process, no PDF): ${run.ms.toFixed(0)} ms  size ${kb(fs.statSync(zip).size)} (target < 1 MB: ${verdict(fs.statSync(zip).size < MB)})`,
  );

  const pkg = path.join(dir, 'demo.sbtdata');
  const exp = cliTimed(['school', 'export', '--db', dbPath, '--out', pkg]);
  const imp = cliTimed(['school', 'import', pkg, '--db', path.join(dir, 'restored', 'school.sqlite')]);
  console.log(
    `学校数据包 (demo, no 佐证材料): ${(fs.statSync(pkg).size / MB).toFixed(1)} MB  CLI school export ${exp.ms.toFixed(0)} ms  school import ${imp.ms.toFixed(0)} ms (whole processes)`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
