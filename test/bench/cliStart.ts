// Benchmark: how long `npm run cli -- --help` takes beyond Node's own start (target < 0.3 s), and a
// real command's start (`application list` on a fresh database), each as its own process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RUNS = Number(process.env.BENCH_ROUNDS ?? 7);

function wallMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, SHENBAOTONG_DB: '' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-bench-cli-'));
try {
  const db = path.join(dir, 'school.sqlite');
  wallMs(['scripts/cli.mjs', 'init', '--db', db, '--name', '基准测试学校']); // builds dist-cli when stale, outside the timing
  const bare: number[] = [];
  const help: number[] = [];
  const list: number[] = [];
  // Alternate the three so a busy moment of a shared machine hits each alike.
  for (let i = 0; i < RUNS; i++) {
    bare.push(wallMs(['-e', '0']));
    help.push(wallMs(['scripts/cli.mjs', '--help']));
    list.push(wallMs(['scripts/cli.mjs', 'application', 'list', '--db', db]));
  }
  const node = median(bare);
  const helpOver = median(help) - node;
  console.log(`node's own start (node -e 0), median of ${RUNS}: ${node.toFixed(0)} ms`);
  console.log(
    `npm run cli -- --help: ${median(help).toFixed(0)} ms, ${helpOver.toFixed(0)} ms after Node's start (target < 300 ms) ${helpOver < 300 ? 'OK' : 'OVER'}`,
  );
  console.log(
    `npm run cli -- application list (opens the database): ${median(list).toFixed(0)} ms, ${(median(list) - node).toFixed(0)} ms after Node's start`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
