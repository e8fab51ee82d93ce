// The CLI as one bundled file, so the reliability trials and benchmarks can start it hundreds of
// times as a whole process (≈0.5 s each) rather than through tsx (≈2.5 s each). Same source, same
// core; only better-sqlite3 (native) and playwright-core (PDF printing, unused here) stay outside.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT_DIR = path.join(ROOT, 'node_modules', '.cache', 'shenbaotong-reliability');

const built = new Map<string, Promise<string>>();

/** Builds (once per process) and returns the path of the bundled CLI. */
export function buildCli(): Promise<string> {
  return bundle('electron/core/cli/main.ts', 'cli');
}

/** Bundles one entry (a path from the repository root) into a .cjs file removed when this process exits. */
export function bundle(entry: string, name: string): Promise<string> {
  let done = built.get(entry);
  if (done) return done;
  done = (async () => {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const outfile = path.join(OUT_DIR, `${name}-${process.pid}.cjs`);
    await build({
      entryPoints: [path.join(ROOT, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'playwright-core'],
      logLevel: 'error',
      absWorkingDir: ROOT,
    });
    process.once('exit', () => fs.rmSync(outfile, { force: true }));
    return outfile;
  })();
  built.set(entry, done);
  return done;
}

/** A preload that reports the process's peak memory when it exits (on fd 2, one tagged line). */
export function maxRssProbe(): string {
  const file = path.join(OUT_DIR, 'max-rss-probe.cjs');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(
    file,
    "process.on('exit', () => process.stderr.write(`\\nSBT_MAX_RSS_KB=${process.resourceUsage().maxRSS}\\n`));\n",
  );
  return file;
}
