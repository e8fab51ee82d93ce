// `npm run cli -- …`: runs the built command-line tool (dist-cli), building it first when it is
// missing or older than a source it was built from (a fresh clone, or a developer's edit).
import { pathToFileURL } from 'node:url';

import { CLI_ENTRY, isCliStale } from './cliBuildState.mjs';

// For the benchmarks: the whole process's peak memory (as a user's task manager would show it) and CPU time.
if (process.env.SHENBAOTONG_PRINT_PEAK_RSS)
  process.on('exit', () => {
    const u = process.resourceUsage();
    process.stderr.write(`peak-rss-kb=${u.maxRSS} cpu-ms=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
  });

if (isCliStale()) {
  const { buildCli } = await import('./buildCli.mjs');
  await buildCli();
}
await import(pathToFileURL(CLI_ENTRY).href);
