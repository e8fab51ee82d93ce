// `npm run cli -- …`: runs the built command-line tool (dist-cli), building it first when it is
// missing or older than a source it was built from (a fresh clone, or a developer's edit).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { CLI_ENTRY, isCliStale } from './cliBuildState.mjs';

/**
 * This program's own peak memory. Linux carries ru_maxrss (resourceUsage().maxRSS) across fork and
 * exec, so a command spawned by a large benchmark process would report that process's peak; VmHWM
 * belongs to this program's image alone.
 */
function peakRssKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: Windows and macOS do not carry the parent's figure.
  }
  return process.resourceUsage().maxRSS;
}

// For the benchmarks: the whole process's peak memory (as a user's task manager would show it) and CPU time.
if (process.env.SHENBAOTONG_PRINT_PEAK_RSS)
  process.on('exit', () => {
    const u = process.resourceUsage();
    process.stderr.write(`peak-rss-kb=${peakRssKb()} cpu-ms=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
  });

if (isCliStale()) {
  const { buildCli } = await import('./buildCli.mjs');
  await buildCli();
}
await import(pathToFileURL(CLI_ENTRY).href);
