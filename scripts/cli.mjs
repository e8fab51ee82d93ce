// `npm run cli -- …`: runs the built command-line tool (dist-cli), building it first when it is
// missing or older than a source it was built from (a fresh clone, or a developer's edit).
import { pathToFileURL } from 'node:url';

import { CLI_ENTRY, isCliStale } from './cliBuildState.mjs';

// For the benchmarks: the whole process's peak memory, as a user's task manager would show it.
if (process.env.SHENBAOTONG_PRINT_PEAK_RSS)
  process.on('exit', () => process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`));

if (isCliStale()) {
  const { buildCli } = await import('./buildCli.mjs');
  await buildCli();
}
await import(pathToFileURL(CLI_ENTRY).href);
