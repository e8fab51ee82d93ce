// Builds what the app runs from: the renderer (Vite) into dist/renderer, and the Electron main and
// preload (esbuild, one CommonJS file each; the preload must be a single sandboxed script).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, logLevel: 'warning', absWorkingDir: root };
await esbuild({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist-electron/main.cjs',
  // Native and heavy modules stay in node_modules (better-sqlite3's .node is unpacked from the asar).
  external: ['electron', 'better-sqlite3', 'playwright-core'],
});
await esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
if (!quiet) console.log('构建完成 / build done: dist/renderer, dist-electron');
