// Damaged copies of real inputs (written by openpyxl, LibreOffice, Python's csv module, the app's own
// export), each given to the CLI as a whole process. A run must not crash, hang past 10 s, exit 0
// without importing, import values other than the undamaged file's, print anything but Chinese, or
// change the database when it refuses.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { ROOT } from './support/buildCli.js';
import { nonChineseLines } from './support/chineseOnly.js';
import { inspectDb, tableContent } from './support/inspectDb.js';
import { mutate } from './support/mutate.js';
import { runCli } from './support/runCli.js';
import type { Template, Trial, Workspace } from './workspace.js';

export type InputKind = 'xlsx' | 'xls' | 'csv' | 'bundle' | 'package' | 'pack' | 'catalogue' | 'pdf';

/** Kinds whose format carries no checksum: a byte changed into another valid character cannot be told. */
export const NO_CHECKSUM: ReadonlySet<InputKind> = new Set(['xls', 'csv', 'pack', 'pdf']);

interface InputSpec {
  kind: InputKind;
  file: string;
  template: Template;
  args(file: string, t: Trial): string[];
  /** The tables an accepted run writes, the first always (none: nothing is imported, e.g. pack validate). */
  tables: string[];
}

const FIXTURES = path.join(ROOT, 'test/fixtures/reliability');
/** The school's data a 学校数据包 carries (equipment first: the empty template has none). */
const SCHOOL_TABLES = [
  'equipment',
  'major',
  'teacher',
  'enterprise',
  'award',
  'room',
  'funding',
  'indicator',
  'school',
  'application',
  'application_value',
  'evidence_file',
  'evidence_link',
];

export function inputSpecs(ws: Pick<Workspace, 'bundle' | 'schoolPackage' | 'pack'>): InputSpec[] {
  const importArgs = (dataset: string, year?: string) => (file: string, t: Trial) => [
    'import',
    file,
    '--dataset',
    dataset,
    ...(year ? ['--year', year] : []),
    '--db',
    t.db,
  ];
  return [
    {
      kind: 'xlsx',
      file: path.join(FIXTURES, 'awards-3000.xlsx'),
      template: 'empty',
      args: importArgs('awards', '2024'),
      tables: ['award'],
    },
    {
      kind: 'xlsx',
      file: path.join(FIXTURES, 'equipment-1500.xlsx'),
      template: 'empty',
      args: importArgs('equipment'),
      tables: ['equipment'],
    },
    {
      kind: 'xls',
      file: path.join(FIXTURES, 'awards-800-libreoffice.xls'),
      template: 'empty',
      args: importArgs('awards', '2024'),
      tables: ['award'],
    },
    {
      kind: 'xls',
      file: path.join(FIXTURES, 'equipment-1500-libreoffice.xls'),
      template: 'empty',
      args: importArgs('equipment'),
      tables: ['equipment'],
    },
    {
      kind: 'csv',
      file: path.join(FIXTURES, 'awards-gbk.csv'),
      template: 'empty',
      args: importArgs('awards', '2024'),
      tables: ['award'],
    },
    {
      kind: 'csv',
      file: path.join(FIXTURES, 'awards-utf8-bom.csv'),
      template: 'empty',
      args: importArgs('awards', '2024'),
      tables: ['award'],
    },
    {
      kind: 'bundle',
      file: ws.bundle,
      template: 'empty',
      args: (f, t) => ['bundle', 'import', f, '--db', t.db],
      // An upload bundle brings back the application, never base data.
      tables: ['application', 'application_value'],
    },
    {
      // The 学校数据包 over a school that holds data: accepted, it replaces everything.
      kind: 'package',
      file: ws.schoolPackage,
      template: 'empty',
      args: (f, t) => ['school', 'import', f, '--db', t.db, '--replace'],
      tables: SCHOOL_TABLES,
    },
    {
      kind: 'pack',
      file: ws.pack,
      template: 'empty',
      args: (f, t) => ['pack', 'import', f, '--db', t.db],
      tables: ['pack'],
    },
    {
      kind: 'catalogue',
      file: path.join(FIXTURES, 'catalogue-supplement.xlsx'),
      template: 'empty',
      args: (f, t) => ['catalogue', 'import', f, '--db', t.db],
      tables: ['major_catalogue'],
    },
    {
      kind: 'pdf',
      file: path.join(FIXTURES, 'evidence-certificate.pdf'),
      template: 'empty',
      args: (f, t) => ['evidence', 'add', f, '--dataset', 'enterprises', '--row', '1', '--db', t.db],
      tables: ['evidence_file', 'evidence_link'],
    },
  ];
}

export interface MutationResult {
  kind: InputKind;
  files: number;
  mutants: number;
  refused: number;
  /** Accepted with exactly the undamaged file's values (the damage hit bytes no value depends on). */
  sameValues: number;
  crashed: number;
  hung: number;
  exit0Nothing: number;
  changedValues: number;
  nonChinese: number;
  dbChangedOnFailure: number;
  slowestMs: number;
  notes: string[];
}

function emptyResult(kind: InputKind): MutationResult {
  return {
    kind,
    files: 0,
    mutants: 0,
    refused: 0,
    sameValues: 0,
    crashed: 0,
    hung: 0,
    exit0Nothing: 0,
    changedValues: 0,
    nonChinese: 0,
    dbChangedOnFailure: 0,
    slowestMs: 0,
    notes: [],
  };
}

/** The files of a folder that a refused run must not have added to (backups, evidence). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

/** What an accepted input amounts to: the tables' content, or what a PDF shows. */
function acceptedValue(spec: InputSpec, bytes: Buffer, t: Trial): string {
  if (spec.kind === 'pdf') {
    // What the PDF shows, as poppler reads it: text, and the page count.
    const text = spawnSync('pdftotext', ['-q', '-', '-'], { input: bytes, encoding: 'utf8' });
    const info = spawnSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' });
    if (text.error) return bytes.toString('base64');
    return `${text.status}:${text.stdout}:${/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? ''}`;
  }
  return spec.tables.map((table) => tableContent(t.db, table)).join(',');
}

function crashed(run: { code: number | null; signal: string | null; stderr: string; hung: boolean }): boolean {
  if (run.hung) return false;
  return (
    run.signal !== null ||
    ![0, 1, 2].includes(run.code ?? -1) ||
    /\n\s+at .+:\d+:\d+/.test(run.stderr) ||
    /内部错误/.test(run.stderr)
  );
}

export async function mutationTrials(
  ws: Workspace,
  perFile: number,
  rnd: () => number,
  only?: InputKind[],
  filesPerKind = Infinity,
  concurrency = 2,
): Promise<MutationResult[]> {
  const byKind = new Map<InputKind, MutationResult>();
  for (const spec of inputSpecs(ws).filter((s) => !only || only.includes(s.kind))) {
    const r = byKind.get(spec.kind) ?? emptyResult(spec.kind);
    byKind.set(spec.kind, r);
    if (r.files >= filesPerKind) continue;
    r.files++;
    const original = fs.readFileSync(spec.file);
    const name = path.basename(spec.file);

    // The undamaged file, run once when first needed: what accepting it means.
    let expectedValue: Promise<string> | null = null;
    const expected = () =>
      (expectedValue ??= (async () => {
        const ref = ws.trial(spec.template);
        const refFile = path.join(ref.dir, name);
        fs.writeFileSync(refFile, original);
        const full = await runCli(ws.cli, spec.args(refFile, ref), {
          env: ws.env(ref),
          cwd: ref.dir,
          limitMs: 120_000,
        });
        if (full.code !== 0) throw new Error(`${name} is refused undamaged: ${full.stderr}`);
        const value = acceptedValue(spec, original, ref);
        fs.rmSync(ref.dir, { recursive: true, force: true });
        return value;
      })());

    const mutants = Array.from({ length: perFile }, () => mutate(original, rnd));
    let next = 0;
    const worker = async () => {
      while (next < mutants.length) {
        const m = mutants[next++];
        const t = ws.trial(spec.template);
        const file = path.join(t.dir, name);
        fs.writeFileSync(file, m.bytes);
        const before = spec.tables.length ? inspectDb(t.db) : null;
        const folders = [path.join(t.dir, 'backups'), path.join(t.dir, 'evidence')];
        const filesBefore = folders.map(filesUnder);
        const run = await runCli(ws.cli, spec.args(file, t), { env: ws.env(t), cwd: t.dir, limitMs: 10_000 });
        r.mutants++;
        r.slowestMs = Math.max(r.slowestMs, run.ms);
        const label = `${name} ${m.how}@${m.at}`;
        // The file's name, and its name without extension (a CSV's sheet is named after it).
        const names = [name, name.replace(/\.[^.]+$/, '')];
        const english = nonChineseLines(`${run.stdout}\n${run.stderr}`, names);
        if (english.length) {
          r.nonChinese++;
          r.notes.push(`${label}: ${english[0].slice(0, 160)}`);
        }
        if (run.hung) {
          r.hung++;
          r.notes.push(`${label}: still running after 10 s`);
        } else if (crashed(run)) {
          r.crashed++;
          r.notes.push(`${label}: crashed (${run.code ?? run.signal}) ${run.stderr.slice(0, 160)}`);
        } else if (run.code === 0) {
          const after = spec.tables.length ? inspectDb(t.db) : null;
          const first = spec.tables[0];
          if (before && after && after.counts[first] === before.counts[first]) {
            r.exit0Nothing++;
            r.notes.push(`${label}: exit 0 and nothing imported`);
          } else if (acceptedValue(spec, m.bytes, t) === (await expected())) r.sameValues++;
          else {
            r.changedValues++;
            r.notes.push(`${label}: accepted with values other than the undamaged file's`);
          }
        } else {
          r.refused++;
          const after = before ? inspectDb(t.db) : null;
          const changedFiles = folders.map(filesUnder).some((f, i) => !isDeepStrictEqual(f, filesBefore[i]));
          if ((before && after && after.fingerprint !== before.fingerprint) || changedFiles) {
            r.dbChangedOnFailure++;
            r.notes.push(`${label}: refused but the database or its folders changed`);
          }
        }
        fs.rmSync(t.dir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  return [...byKind.values()];
}
