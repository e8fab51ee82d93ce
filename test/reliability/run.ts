// `npm run reliability [-- --seed N --kill N --mutants N --http N --only kill,mutate,http
//    --ops import,export,… --kinds xlsx,csv,… --keep]`
// Prints the figures of issue 13's reliability suite; exits 1 when a goal-0 figure is not 0.
import { parseArgs } from 'node:util';

import type { KillOpName } from './killTrials.js';
import type { InputKind } from './mutationTrials.js';
import { failures, formatReport, runReliability } from './reliability.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20241101' },
    kill: { type: 'string', default: '10' },
    mutants: { type: 'string', default: '25' },
    http: { type: 'string', default: '300' },
    only: { type: 'string' },
    ops: { type: 'string' },
    kinds: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const only = new Set((values.only ?? 'kill,mutate,http').split(','));
const report = await runReliability({
  seed: Number(values.seed),
  killPerOp: only.has('kill') ? Number(values.kill) : 0,
  killOps: values.ops?.split(',') as KillOpName[] | undefined,
  inputKinds: values.kinds?.split(',') as InputKind[] | undefined,
  mutantsPerFile: only.has('mutate') ? Number(values.mutants) : 0,
  httpRandom: only.has('http') ? Number(values.http) : -1,
  keep: values.keep,
});
console.log(formatReport(report));
process.exitCode = failures(report).length ? 1 : 0;
