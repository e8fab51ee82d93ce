// Benchmark: a 600 MB zip bomb given to `import` as a user meets it — the CLI as a whole process —
// refused in < 1 s and < 200 MB. Also a bomb that lies about its size (declares 1 MB), and the same
// CLI on a small real file for comparison. Peak memory is the process's own maxRSS. The time target
// applies to what the bomb adds to a CLI start that loads the same import code (the start itself is
// the same for any file and grows with the machine's load), and to the refusal inside one process.
// Run: npx tsx test/bench/zipBomb.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { readWorkbookFile } from '../../electron/core/imports/readWorkbookFile.js';
import { xlsxAround, zeroBombEntry } from '../core/support/craftZip.js';
import { buildCli, maxRssProbe, ROOT } from '../reliability/support/buildCli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-bench-bomb-'));
try {
  const cli = await buildCli();
  const probe = maxRssProbe();
  const env = {
    ...process.env,
    SHENBAOTONG_DATA_DIR: path.join(dir, 'data'),
    SHENBAOTONG_ASSETS_DIR: path.join(ROOT, 'assets'),
  };
  const run = (...args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-r', probe, cli, ...args], { env, encoding: 'utf8', cwd: dir });
    const ms = performance.now() - t0;
    const rss = Number(/SBT_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
    return { ms, rss, code: r.status, err: r.stderr.replace(/\s*SBT_MAX_RSS_KB=\d+\s*/, '').trim() };
  };
  const db = path.join(dir, 'school.sqlite');
  run('init', '--db', db, '--name', '测试学校');
  const files = {
    '600 MB bomb (honest sizes)': xlsxAround(zeroBombEntry('s', 600)),
    '600 MB bomb (declares 1 MB)': xlsxAround(zeroBombEntry('s', 600, 1048576)),
  };
  // The CLI loads a command's code only when it runs: the baseline is `import` refusing a small file
  // that is not a workbook at all (the same start and modules as for the bomb, nothing inflated).
  const notZip = path.join(dir, '不是表格.xlsx');
  fs.writeFileSync(notZip, '这不是 Excel 文件'.repeat(40));
  const idle = run('import', notZip, '--dataset', 'equipment', '--db', db);
  console.log(
    `CLI start with the import code (a non-workbook refused, exit ${idle.code}): ${idle.ms.toFixed(0)} ms, ${idle.rss.toFixed(0)} MB`,
  );
  const real = run(
    'import',
    path.join(ROOT, 'test/fixtures/reliability/equipment-1500.xlsx'),
    '--dataset',
    'equipment',
    '--db',
    db,
  );
  console.log(
    `real 1,500-row ledger imported: ${real.ms.toFixed(0)} ms, ${real.rss.toFixed(0)} MB (exit ${real.code})`,
  );
  let ok = true;
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(dir, '设备台账.xlsx');
    fs.writeFileSync(file, bytes);
    const r = run('import', file, '--dataset', 'equipment', '--db', db);
    const t0 = performance.now();
    const rss0 = process.memoryUsage().rss;
    await readWorkbookFile('设备台账.xlsx', bytes).catch(() => undefined);
    const inProcess = performance.now() - t0;
    const grew = (process.memoryUsage().rss - rss0) / 1048576;
    const extra = r.ms - idle.ms;
    const within = r.code === 1 && extra < 1000 && inProcess < 1000 && r.rss < 200;
    ok &&= within;
    console.log(
      `${name} (${(bytes.length / 1024).toFixed(0)} KB file): exit ${r.code}, whole process ${r.ms.toFixed(0)} ms (${extra.toFixed(0)} ms more than a CLI start), peak ${r.rss.toFixed(0)} MB; in one process refused in ${inProcess.toFixed(0)} ms, memory +${grew.toFixed(0)} MB — ${within ? 'OK' : 'OVER'} (targets < 1000 ms, < 200 MB)`,
    );
    console.log(`  ${r.err}`);
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
