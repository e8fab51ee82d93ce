// Benchmark: importing a 50,000-row equipment ledger vs exceljs's own streaming read of the same file,
// in-process, and as a user meets it: `npm run cli -- import` against a bare-read script, both whole
// Node processes run in turn. Run: npx tsx test/bench/importEquipment.ts (targets: ratio ≤ 1.5×, peak < 500 MB)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

import ExcelJS from 'exceljs';

import { applyImport } from '../../electron/core/imports/applyImport.js';
import { headerTextOf } from '../../electron/core/imports/headerTextOf.js';
import { prepareImport } from '../../electron/core/imports/previewImport.js';
import { openStore } from '../../electron/core/store/openStore.js';
import type { FieldType } from '../../shared/datasets/datasetDefinition.js';
import { equipmentDataset } from '../../shared/datasets/equipmentDataset.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-bench-import-'));
const file = path.join(dir, 'equipment.xlsx');

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

type LedgerField = (typeof equipmentDataset.fields)[number];

/** Sample cells by field type; any other type gets a text made from its label. */
const SAMPLE_BY_TYPE: Partial<Record<FieldType, (f: LedgerField, i: number) => ExcelJS.CellValue>> = {
  money: (_f, i) => Math.round(((i * 7919) % 500000) + 100) / 100 + 1000,
  integer: (f, i) => (f.key === 'roomId' ? null : 1 + (i % 5)),
  date: (_f, i) => new Date(Date.UTC(2010 + (i % 15), i % 12, 1 + (i % 28))),
  boolean: (_f, i) => (i % 7 === 0 ? '是' : '否'),
  choice: (f, i) => f.choices?.[i % f.choices.length] ?? null,
};

/** A deterministic ledger value for each field of the data set definition (no hard-coded columns). */
function valueFor(f: LedgerField, i: number): ExcelJS.CellValue {
  if (f.key === 'assetNo') return `SB${String(2000000 + i)}`;
  const sample = SAMPLE_BY_TYPE[f.type];
  return sample ? sample(f, i) : `${f.label}${i % 997}`;
}

/** One ledger row that keeps the data set's own row rules (金额 = 单价 × 数量), as a real ledger does. */
function rowValues(i: number): ExcelJS.CellValue[] {
  const byKey = new Map(equipmentDataset.fields.map((f) => [f.key, valueFor(f, i)]));
  for (const rule of equipmentDataset.rules ?? []) {
    if (rule.kind !== 'product') continue;
    const [a, b] = rule.factors.map((k) => Number(byKey.get(k)));
    byKey.set(rule.result, Math.round(a * b * 100) / 100);
  }
  return equipmentDataset.fields.map((f) => byKey.get(f.key) ?? null);
}

async function writeLedger() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet('设备台账');
  ws.addRow(['河南示范职业技术学院 仪器设备台账']).commit();
  ws.addRow(equipmentDataset.fields.map(headerTextOf)).commit();
  const dateCols = equipmentDataset.fields.map((f, i) => (f.type === 'date' ? i + 1 : 0)).filter(Boolean);
  for (let i = 0; i < ROWS; i++) {
    const row = ws.addRow(rowValues(i));
    for (const c of dateCols) row.getCell(c).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

async function baselineRead(): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([fs.readFileSync(file)]), {});
  let cells = 0;
  for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>) {
    for await (const row of ws) cells += (row.values as unknown[]).length;
  }
  return cells;
}

async function fullImport(round: number): Promise<number> {
  const dbPath = path.join(dir, `school-${round}.sqlite`);
  const store = await openStore(dbPath, { create: true, appVersion: 'bench' });
  try {
    const p = await prepareImport(
      equipmentDataset,
      { fileName: 'equipment.xlsx', bytes: fs.readFileSync(file) },
      { db: store.db, now: new Date() },
    );
    if (p.parsed.problemCount) throw new Error(`unexpected problems: ${JSON.stringify(p.parsed.problems.slice(0, 3))}`);
    const r = await applyImport(store.db, dbPath, equipmentDataset, p, new Date());
    return r.inserted;
  } finally {
    store.close();
  }
}

interface ProcessRun {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

/** One whole Node process, timed from outside; its CPU time and peak memory as it reports them at exit. */
function wholeProcess(args: string[], what: string): ProcessRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, SHENBAOTONG_PRINT_PEAK_RSS: '1' },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  const kb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpuMs = Number(/cpu-ms=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: cpuMs / 1000, peakMb: kb / 1024 };
}

/** exceljs's bare streaming read of the ledger as its own process: the yardstick, start-up included. */
function bareReadProcess(): ProcessRun {
  return wholeProcess([path.join(import.meta.dirname, 'support/exceljsBareRead.mjs'), file], 'bare read');
}

/** `npm run cli -- import …` as a user runs it: its own Node process, start-up included. */
function cliImport(round: number): ProcessRun {
  const dbPath = path.join(dir, `cli-${round}.sqlite`);
  const init = spawnSync(process.execPath, ['scripts/cli.mjs', 'init', '--db', dbPath, '--name', '基准测试学校'], {
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`cli init failed: ${init.stderr}`);
  return wholeProcess(['scripts/cli.mjs', 'import', file, '--dataset', 'equipment', '--db', dbPath], 'cli import');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [(performance.now() - t0) / 1000, v];
}

try {
  const [tw] = await time(writeLedger);
  console.log(`ledger: ${ROWS} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, written in ${tw.toFixed(2)} s`);
  // The machine is shared: run baseline and import alternately and compare the best of each.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  let tb = Infinity;
  let ti = Infinity;
  let cells = 0;
  let inserted = 0;
  for (let k = 0; k < rounds; k++) {
    const [b, c] = await time(baselineRead);
    const [i, n] = await time(() => fullImport(k));
    console.log(`round ${k + 1}: baseline ${b.toFixed(2)} s, import ${i.toFixed(2)} s`);
    tb = Math.min(tb, b);
    ti = Math.min(ti, i);
    cells = c;
    inserted = n;
  }
  // Whole processes, bare read and CLI import in turn (a busy moment of the shared machine hits both).
  const pairs: { bare: ProcessRun; cli: ProcessRun }[] = [];
  for (let k = 0; k < Math.max(3, rounds); k++) {
    const bare = bareReadProcess();
    const cli = cliImport(k);
    console.log(
      `pair ${k + 1}: bare read process ${bare.seconds.toFixed(2)} s (cpu ${bare.cpuSeconds.toFixed(2)} s), CLI import ${cli.seconds.toFixed(2)} s (cpu ${cli.cpuSeconds.toFixed(2)} s), peak ${cli.peakMb.toFixed(0)} MB`,
    );
    pairs.push({ bare, cli });
  }
  const rssAfterBaseline = process.memoryUsage().rss;
  if (inserted !== ROWS) throw new Error(`imported ${inserted} rows, expected ${ROWS}`);
  const ratio = ti / tb;
  console.log(`exceljs streaming read (baseline), best of ${rounds}: ${tb.toFixed(2)} s (${cells} cell slots)`);
  console.log(
    `our import (read + parse + validate + backup + write), best of ${rounds}: ${ti.toFixed(2)} s, ${inserted} rows`,
  );
  console.log(`ratio: ${ratio.toFixed(2)}× (target ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER'}`);
  const wallRatio = median(pairs.map((p) => p.cli.seconds / p.bare.seconds));
  const cpuRatio = median(pairs.map((p) => p.cli.cpuSeconds / p.bare.cpuSeconds));
  const cliPeak = Math.max(...pairs.map((p) => p.cli.peakMb));
  console.log(
    `CLI import vs exceljs bare read, both whole processes, median of ${pairs.length} pairs: CLI ${median(pairs.map((p) => p.cli.seconds)).toFixed(2)} s, bare ${median(pairs.map((p) => p.bare.seconds)).toFixed(2)} s; ratio ${wallRatio.toFixed(2)}× (target ≤ 1.5×) ${wallRatio <= 1.5 ? 'OK' : 'OVER'}; CPU-time ratio ${cpuRatio.toFixed(2)}×; CLI peak ${cliPeak.toFixed(0)} MB (target < 500 MB) ${cliPeak < 500 ? 'OK' : 'OVER'}; load average ${os.loadavg()[0].toFixed(1)}`,
  );
  console.log(
    `peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB (target < 500 MB) ${peakRss < 500 * 1024 * 1024 ? 'OK' : 'OVER'}; at end ${(rssAfterBaseline / 1024 / 1024).toFixed(0)} MB`,
  );
} finally {
  clearInterval(sampler);
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
