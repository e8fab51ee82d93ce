// Builds the command-line tool (`npm run cli`) with the bundler the Electron main uses (esbuild), so
// a command starts from plain JavaScript instead of transpiling TypeScript at every start. ESM with
// code splitting: each command's modules are their own chunk, loaded only when that command runs, so
// `--help` never loads Excel, Word or PDF code. node_modules stay external (resolved at run time).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

import { CLI_OUT_DIR } from './cliBuildState.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  // Built beside and swapped in, so a CLI already running from dist-cli keeps its chunks.
  const tmp = `${CLI_OUT_DIR}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const r = await build({
    absWorkingDir: root,
    entryPoints: ['electron/core/cli/main.ts'],
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  // The sources this build read: the launcher rebuilds when any of them is newer than the build.
  fs.writeFileSync(path.join(tmp, 'inputs.json'), JSON.stringify(Object.keys(r.metafile.inputs)));
  fs.rmSync(CLI_OUT_DIR, { recursive: true, force: true });
  fs.renameSync(tmp, CLI_OUT_DIR);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
