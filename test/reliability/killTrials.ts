// kill -9 in the middle of an import, an export, a bundle import, a migration, a restore and a
// 学校数据包 restore, each
// run by the CLI as a whole process at a random moment between its start and its end. Afterwards the
// database must be intact, holding either all of the change or none of it; an output file under its
// final name must be whole; and once the program has started again, nothing may be left behind.
import fs from 'node:fs';
import path from 'node:path';

import { openVerifiedZip } from '../../electron/core/files/openVerifiedZip.js';
import { ROOT } from './support/buildCli.js';
import { type DbState, inspectDb } from './support/inspectDb.js';
import { runCli } from './support/runCli.js';
import { strayFiles } from './support/strayFiles.js';
import type { Template, Trial, Workspace } from './workspace.js';

export type KillOpName = 'import' | 'export' | 'bundle import' | 'migration' | 'restore' | 'school import';

export interface KillResult {
  op: KillOpName;
  trials: number;
  /** Runs the kill landed in (the rest had finished first). */
  interrupted: number;
  corrupt: number;
  partial: number;
  halfWritten: number;
  stray: number;
  notes: string[];
}

interface KillOp {
  name: KillOpName;
  template: Template;
  args(ws: Workspace, t: Trial): string[];
  /** Data tables whose row counts must be all-before or all-after. */
  counted: string[];
}

export const KILL_OPS: KillOp[] = [
  {
    name: 'import',
    template: 'empty',
    args: (_ws, t) => [
      'import',
      path.join(ROOT, 'test/fixtures/reliability/awards-3000.xlsx'),
      '--dataset',
      'awards',
      '--year',
      '2024',
      '--db',
      t.db,
    ],
    counted: ['award', 'import_batch'],
  },
  {
    name: 'export',
    template: 'demo',
    args: (_ws, t) => ['export', 'henan-2024-346', '--db', t.db, '--out', t.out],
    counted: [],
  },
  {
    name: 'bundle import',
    template: 'empty',
    args: (ws, t) => ['bundle', 'import', ws.bundle, '--db', t.db],
    counted: ['major', 'teacher', 'equipment', 'enterprise', 'award', 'application', 'application_value'],
  },
  {
    name: 'migration',
    template: 'old',
    args: (_ws, t) => ['db', 'check', '--db', t.db],
    counted: ['equipment', 'enterprise'],
  },
  {
    name: 'restore',
    template: 'restore',
    args: (ws, t) => ['backup', 'restore', ws.restoreBackup, '--db', t.db],
    counted: ['enterprise', 'major', 'teacher', 'equipment'],
  },
  {
    // The 学校数据包 replacing a school that holds data (after a backup of it).
    name: 'school import',
    template: 'empty',
    args: (ws, t) => ['school', 'import', ws.schoolPackage, '--db', t.db, '--replace'],
    counted: ['enterprise', 'major', 'teacher', 'equipment', 'application'],
  },
];

function countsOf(s: DbState, tables: string[]): string {
  return tables.map((t) => s.counts[t] ?? -1).join(',');
}

/**
 * Every output under its final name is a whole zip: every entry passes its CRC check and the entries
 * are those of an uninterrupted export (its size varies by a few bytes with the time in it).
 */
async function halfWritten(out: string, reference: { name: string; entries: string[] } | null): Promise<string[]> {
  const bad: string[] = [];
  for (const name of fs.readdirSync(out)) {
    if (name.startsWith('.')) continue; // a temporary name: a stray if it survives the next start
    try {
      const zip = await openVerifiedZip(fs.readFileSync(path.join(out, name)));
      await zip.verifyAll();
      if (reference && name === reference.name && zip.names.join('\n') !== reference.entries.join('\n')) bad.push(name);
    } catch {
      bad.push(name);
    }
  }
  return bad;
}

export async function killTrials(
  ws: Workspace,
  perOp: number,
  rnd: () => number,
  only?: KillOpName[],
): Promise<KillResult[]> {
  const results: KillResult[] = [];
  const startup = await runCli(ws.cli, ['--version'], { env: process.env, cwd: ws.root });
  for (const op of KILL_OPS.filter((o) => !only || only.includes(o.name))) {
    // One run to the end first: how long it takes, and what "all of it" looks like.
    const ref = ws.trial(op.template);
    const before = inspectDb(ref.db);
    const full = await runCli(ws.cli, op.args(ws, ref), { env: ws.env(ref), cwd: ref.dir, limitMs: 300_000 });
    if (full.code !== 0) throw new Error(`${op.name} did not complete once uninterrupted: ${full.stderr}`);
    const after = inspectDb(ref.db);
    const outName = fs.readdirSync(ref.out).find((f) => !f.startsWith('.'));
    const reference = outName
      ? { name: outName, entries: (await openVerifiedZip(fs.readFileSync(path.join(ref.out, outName)))).names }
      : null;
    const allowed = new Set([countsOf(before, op.counted), countsOf(after, op.counted)]);

    const r: KillResult = {
      op: op.name,
      trials: perOp,
      interrupted: 0,
      corrupt: 0,
      partial: 0,
      halfWritten: 0,
      stray: 0,
      notes: [],
    };
    for (let i = 0; i < perOp; i++) {
      const t = ws.trial(op.template);
      // Anywhere from late in the start-up to the end of a full run.
      const at = startup.ms * 0.8 + rnd() * (full.ms - startup.ms * 0.8);
      const run = await runCli(ws.cli, op.args(ws, t), {
        env: ws.env(t),
        cwd: t.dir,
        killAfterMs: at,
        limitMs: 300_000,
      });
      if (run.killed) r.interrupted++;
      const state = inspectDb(t.db);
      if (!state.intact) {
        r.corrupt++;
        r.notes.push(`${op.name} #${i}: database not intact after kill at ${at.toFixed(0)} ms`);
      }
      if (op.counted.length && !allowed.has(countsOf(state, op.counted))) {
        r.partial++;
        r.notes.push(`${op.name} #${i}: rows ${countsOf(state, op.counted)} are neither before nor after`);
      }
      const half = await halfWritten(t.out, reference);
      if (half.length) {
        r.halfWritten++;
        r.notes.push(`${op.name} #${i}: incomplete output ${half.join(', ')}`);
      }
      // The next start (opening the database) must clear whatever the kill left.
      await runCli(ws.cli, ['db', 'check', '--db', t.db], { env: ws.env(t), cwd: t.dir, limitMs: 120_000 });
      const stray = strayFiles(t.dir);
      if (stray.length) {
        r.stray++;
        r.notes.push(`${op.name} #${i}: left ${stray.join(', ')}`);
      }
      fs.rmSync(t.dir, { recursive: true, force: true });
    }
    fs.rmSync(ref.dir, { recursive: true, force: true });
    results.push(r);
  }
  return results;
}
