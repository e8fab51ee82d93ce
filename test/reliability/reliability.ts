// The reliability suite: kill -9 trials, mutated inputs, the HTTP fuzz. `runReliability` returns the
// figures; `formatReport` prints them; `failures` lists every figure whose goal is 0 and is not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { httpFuzz, type HttpFuzzResult } from './httpFuzz.js';
import { KILL_OPS, type KillOpName, type KillResult, killTrials } from './killTrials.js';
import { type InputKind, inputSpecs, type MutationResult, mutationTrials, NO_CHECKSUM } from './mutationTrials.js';
import { seededRandom } from './support/mutate.js';
import { makeWorkspace } from './workspace.js';

export interface ReliabilityOptions {
  seed: number;
  killPerOp: number;
  mutantsPerFile: number;
  httpRandom: number;
  killOps?: KillOpName[];
  inputKinds?: InputKind[];
  /** At most this many files of each kind (the slice in npm test takes one). */
  filesPerKind?: number;
  /** Keep the trial folders (to look at a failure). */
  keep?: boolean;
}

export interface ReliabilityReport {
  options: ReliabilityOptions;
  seconds: number;
  kill: KillResult[];
  mutation: MutationResult[];
  http: HttpFuzzResult | null;
}

export async function runReliability(o: ReliabilityOptions): Promise<ReliabilityReport> {
  const t0 = performance.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-reliability-'));
  try {
    const ops = KILL_OPS.filter((k) => o.killPerOp > 0 && (!o.killOps || o.killOps.includes(k.name)));
    const inputs = inputSpecs({ bundle: '', schoolPackage: '', pack: '' }).filter(
      (i) => o.mutantsPerFile > 0 && (!o.inputKinds || o.inputKinds.includes(i.kind)),
    );
    const ws = await makeWorkspace(root, {
      templates: new Set([...ops.map((k) => k.template), ...inputs.map((i) => i.template)]),
      bundle: ops.some((k) => k.name === 'bundle import') || inputs.some((i) => i.kind === 'bundle'),
      schoolPackage: ops.some((k) => k.name === 'school import') || inputs.some((i) => i.kind === 'package'),
    });
    const kill = o.killPerOp > 0 ? await killTrials(ws, o.killPerOp, seededRandom(o.seed), o.killOps) : [];
    const mutation =
      o.mutantsPerFile > 0
        ? await mutationTrials(ws, o.mutantsPerFile, seededRandom(o.seed + 1), o.inputKinds, o.filesPerKind)
        : [];
    const http =
      o.httpRandom >= 0 ? await httpFuzz(path.join(root, 'http'), o.httpRandom, seededRandom(o.seed + 2)) : null;
    return { options: o, seconds: (performance.now() - t0) / 1000, kill, mutation, http };
  } finally {
    if (!o.keep) fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Every figure with goal 0 that is not 0 (changed values of formats without checksums are reported, not failed). */
export function failures(r: ReliabilityReport): string[] {
  const out: string[] = [];
  for (const k of r.kill)
    for (const key of ['corrupt', 'partial', 'halfWritten', 'stray'] as const)
      if (k[key]) out.push(`kill -9 during ${k.op}: ${key} ${k[key]}`);
  for (const m of r.mutation) {
    const keys = ['crashed', 'hung', 'exit0Nothing', 'nonChinese', 'dbChangedOnFailure'] as const;
    for (const key of keys) if (m[key]) out.push(`mutated ${m.kind}: ${key} ${m[key]}`);
    if (m.changedValues && !NO_CHECKSUM.has(m.kind)) out.push(`mutated ${m.kind}: changedValues ${m.changedValues}`);
  }
  if (r.http && (!r.http.stillRunning || r.http.answered5xx || r.http.noAnswer || r.http.notes.length))
    out.push(`HTTP fuzz: ${r.http.stillRunning ? 'running' : 'NOT running'}, ${r.http.notes.length} bad answers`);
  return out;
}

function table(head: string[], rows: (string | number)[][]): string[] {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  '));
}

export function formatReport(r: ReliabilityReport): string {
  const o = r.options;
  const lines = [
    `Reliability suite — seed ${o.seed}, ${r.seconds.toFixed(0)} s, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}`,
    '',
  ];
  if (r.kill.length) {
    lines.push('kill -9 trials (CLI as a whole process, killed at a random moment; goal 0 in the last four columns)');
    lines.push(
      ...table(
        ['operation', 'trials', 'interrupted', 'corrupt DB', 'partial import', 'half-written output', 'stray files'],
        r.kill.map((k) => [k.op, k.trials, k.interrupted, k.corrupt, k.partial, k.halfWritten, k.stray]),
      ),
    );
    lines.push('');
  }
  if (r.mutation.length) {
    lines.push('mutated inputs (flipped, cut, inserted or zeroed bytes; 10 s limit; goal 0 from "crashed" on)');
    lines.push(
      ...table(
        [
          'kind',
          'files',
          'mutants',
          'refused',
          'same values',
          'crashed',
          'hung>10s',
          'exit 0 no import',
          'changed values',
          'non-Chinese',
          'DB changed on failure',
          'slowest',
        ],
        r.mutation.map((m) => [
          m.kind,
          m.files,
          m.mutants,
          m.refused,
          m.sameValues,
          m.crashed,
          m.hung,
          m.exit0Nothing,
          `${m.changedValues}${NO_CHECKSUM.has(m.kind) ? '*' : ''}`,
          m.nonChinese,
          m.dbChangedOnFailure,
          `${(m.slowestMs / 1000).toFixed(1)} s`,
        ]),
      ),
    );
    lines.push(
      '* no checksum in the format (xls, CSV, JSON pack, PDF outside compressed streams): a byte that turns into another',
      '  valid character or number cannot be told from an edit; counted, not failed. Every other kind is checksummed.',
      '',
    );
  }
  if (r.http) {
    const h = r.http;
    lines.push(
      `HTTP server fuzz: ${h.requests} requests — 4xx ${h.answered4xx}, 2xx ${h.answered2xx} (damage that left a valid request), 5xx ${h.answered5xx}, no answer ${h.noAnswer}; server still running: ${h.stillRunning ? 'yes' : 'NO'}`,
      '',
    );
  }
  const notes = [...r.kill.flatMap((k) => k.notes), ...r.mutation.flatMap((m) => m.notes), ...(r.http?.notes ?? [])];
  if (notes.length) lines.push('details:', ...notes.slice(0, 60).map((n) => `  ${n}`), '');
  const bad = failures(r);
  lines.push(bad.length ? `FAILED: ${bad.join('; ')}` : 'All goals met.');
  return lines.join('\n');
}
