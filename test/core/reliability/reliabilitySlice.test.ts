// A small fixed-seed slice of the reliability suite (`npm run reliability` runs the whole of it):
// the CLI as a whole process killed during an import and a restore, one damaged copy of each input
// kind it owns (bundles are the bundle importer's and run in the full suite), and the HTTP fuzz.
import { describe, expect, it } from 'vitest';

import { failures, formatReport, runReliability } from '../../reliability/reliability';

describe('reliability slice', () => {
  it('kill -9, damaged inputs and malformed requests leave no corrupt database, no partial import, no English', async () => {
    const report = await runReliability({
      seed: 7,
      killPerOp: 1,
      killOps: ['import', 'restore'],
      mutantsPerFile: 1,
      inputKinds: ['xlsx', 'xls', 'csv', 'pack', 'catalogue', 'pdf'],
      filesPerKind: 1,
      httpRandom: 40,
    });
    const text = formatReport(report);
    expect(failures(report), text).toEqual([]);
    expect(report.kill.map((k) => k.trials)).toEqual([1, 1]);
    expect(report.mutation.reduce((n, m) => n + m.mutants, 0)).toBe(6);
    expect(report.http?.stillRunning).toBe(true);
  }, 600_000);
});
