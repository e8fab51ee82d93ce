// Builds what the app runs from: the renderer (Vite) into dist/renderer, the Electron main and
// preload (esbuild, one CommonJS file each; the preload must be a single sandboxed script), and the
// command-line tool (esbuild, dist-cli).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

import { buildCli } from './buildCli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

// --electron-only: rebuild main and preload but leave dist/renderer alone (the packaging test uses
// it so it never empties the renderer folder under an end-to-end test running beside it).
const electronOnly = process.argv.includes('--electron-only');

if (!electronOnly)
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: root,
};
// The desktop app prints PDF with Electron's own printToPDF (ctx.pdfPrinter); playwright-core, the
// printer of the CLI and browser mode (a runtime dependency of those), is not shipped in app.asar. Core modules that import
// it for their fallback get this stub, so main.cjs does not fail at startup on a missing module.
const noPlaywright = {
  name: 'no-playwright-in-electron',
  setup(b) {
    b.onResolve({ filter: /^playwright-core$/ }, () => ({ path: 'playwright-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        "const fail = () => { throw new Error('桌面版使用 Electron 自带的 PDF 打印，不含 playwright-core'); };\nmodule.exports = { chromium: { launch: fail } };",
      loader: 'js',
    }));
  },
};
await esbuild({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist-electron/main.cjs',
  // Native modules stay in node_modules (better-sqlite3's .node is unpacked from the asar).
  external: ['electron', 'better-sqlite3'],
  plugins: [noPlaywright],
});
// The core's own process (Electron utilityProcess): database, imports, exports; PDFs print in main.
await esbuild({
  ...common,
  entryPoints: ['electron/core/host/utilityCoreEntry.ts'],
  outfile: 'dist-electron/core.cjs',
  external: ['better-sqlite3'],
  plugins: [noPlaywright],
});
await esbuild({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist-electron/preload.cjs',
  external: ['electron'],
});
if (!electronOnly) await buildCli();
if (!quiet)
  console.log(`构建完成 / build done: ${electronOnly ? 'dist-electron' : 'dist/renderer, dist-electron, dist-cli'}`);
