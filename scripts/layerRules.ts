// The architecture of DESIGN.md as a check: who may import whom. `npm test` fails on a violation.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

export interface Violation {
  file: string;
  line: number;
  message: string;
}

type Layer = 'shared' | 'renderer' | 'core' | 'main' | 'preload' | 'data' | 'other';

export function layerOf(rel: string): Layer {
  const p = rel.split(path.sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('electron/core/')) return 'core';
  if (p.startsWith('electron/main/')) return 'main';
  if (p.startsWith('electron/preload/')) return 'preload';
  // Shipped data files the code may import: the demo school, the app's own package.json (version).
  if (p.startsWith('assets/') || p === 'package.json') return 'data';
  return 'other';
}

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * What each layer may import, as allow-lists (as VS Code's layer rules): its own layer and those
 * named, Node's built-ins only where said, and only the packages listed. Anything else — a new
 * package, test/ code, another layer — is a violation until a rule here says why it is allowed.
 */
const ALLOWED: Record<Exclude<Layer, 'other' | 'data'>, { layers: Layer[]; builtins: boolean; packages: string[] }> = {
  // Pure TypeScript both sides can run: schemas and the expression parser.
  shared: { layers: ['shared'], builtins: false, packages: ['zod', 'jsep'] },
  renderer: {
    layers: ['renderer', 'shared'],
    builtins: false,
    packages: ['react', 'react-dom', 'zustand', 'recharts', '@tanstack/react-virtual', 'zod'],
  },
  core: {
    layers: ['core', 'shared', 'data'],
    builtins: true,
    packages: [
      'better-sqlite3',
      'zod',
      'jsep',
      'exceljs',
      'docx',
      'pdf-lib',
      'yazl',
      'yauzl',
      'iconv-lite',
      'saxes',
      '@e965/xlsx',
      'playwright-core',
    ],
  },
  // The Electron shell: windows, dialogs, IPC; it reaches the core process through core/host.
  main: { layers: ['main', 'core', 'shared'], builtins: true, packages: ['electron', 'zod'] },
  preload: { layers: ['preload', 'shared'], builtins: false, packages: ['electron'] },
};

/**
 * Modules that touch the machine (ports, as Actual Budget keeps them): only the files and folders
 * named may import them, so file access, the database driver and child processes stay in a few
 * places a reader can audit. Type-only imports are free (a function may take a Database handle).
 */
const OWNED: { spec: string[]; owners: string[]; why: string }[] = [
  {
    spec: ['better-sqlite3'],
    owners: ['electron/core/store/', 'electron/core/schoolPackage/'],
    why: 'the database driver is opened by the store (and checked in a school package) only',
  },
  {
    spec: ['node:child_process', 'child_process'],
    owners: [
      'electron/core/files/folderOpener.ts',
      'electron/core/fonts/',
      'electron/core/drafting/convertWithLibreOffice.ts',
    ],
    why: 'other programs are started only to open a folder, list fonts or convert a Word file',
  },
  {
    spec: ['@e965/xlsx'],
    owners: ['electron/core/imports/readXlsSheets.ts'],
    why: 'the .xls reader (a republish of SheetJS) is fenced behind one adapter',
  },
  {
    spec: ['yauzl'],
    owners: ['electron/core/files/', 'electron/core/drafting/readZipParts.ts'],
    why: 'archives from outside are read through one bounded, CRC-checked reader (files/openVerifiedZip); drafting reads a few parts of an Office file with its own bounds',
  },
  {
    spec: ['playwright-core'],
    owners: ['electron/core/render/printPdfWithChromium.ts'],
    why: 'Chromium is driven for PDF printing in one module',
  },
  {
    spec: ['node:fs', 'fs', 'node:fs/promises', 'fs/promises'],
    owners: [
      'electron/core/files/',
      'electron/core/store/',
      // The log writes and rotates its own file; diagnostics reads it and the disk's free space.
      'electron/core/log/',
      'electron/core/diagnostics/',
      'electron/core/paths/',
      'electron/core/evidence/evidenceStore.ts',
      'electron/core/schoolPackage/',
      'electron/core/render/printPdfWithChromium.ts',
      'electron/core/browserMode/',
      'electron/core/cli/',
      'electron/main/',
    ],
    why: 'files are read and written by the file, store, log and package modules, and by the front doors that take paths (CLI, browser mode, Electron main)',
  },
];

/** The one module that reads the wall clock for core and shared code; everything else takes ctx.now or a `now`. */
const CLOCK_OWNER = 'electron/core/clock/systemClock.ts';
const WALL_CLOCK = /\bDate\.now\b|\bnew Date\(\s*\)/;

const DOM_GLOBALS = /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|XMLHttpRequest)\s*[.[(]/;

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s([^'"`;]*?)from\s*['"]([^'"]+)['"]|(?:^|[^.\w])(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

export function importsOf(source: string): { spec: string; line: number; typeOnly: boolean }[] {
  const out: { spec: string; line: number; typeOnly: boolean }[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[2] ?? m[3] ?? m[4];
    const line = source.slice(0, m.index + m[0].length).split('\n').length;
    out.push({ spec, line, typeOnly: m[1] !== undefined && /^\s*type\s/.test(m[1]) });
  }
  return out;
}

function targetLayer(fromRel: string, spec: string): Layer | 'package' | 'builtin' {
  if (NODE_BUILTINS.has(spec)) return 'builtin';
  if (!spec.startsWith('.')) return 'package';
  const resolved = path.normalize(path.join(path.dirname(fromRel), spec));
  return layerOf(resolved);
}

function packageName(spec: string): string {
  return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
}

const LAYER_NAMES: Record<Layer, string> = {
  shared: 'shared/',
  renderer: 'renderer/',
  core: 'electron/core',
  main: 'electron/main',
  preload: 'electron/preload',
  data: 'assets/',
  other: 'test/ or scripts/',
};

/** Checks one file's source against the rules; rel is its path from the repository root. */
export function checkFile(rel: string, source: string): Violation[] {
  const file = rel.split(path.sep).join('/');
  const from = layerOf(rel);
  const v: Violation[] = [];
  const add = (line: number, message: string) => v.push({ file: rel, line, message });
  for (const { spec, line, typeOnly } of importsOf(source)) {
    const to = targetLayer(rel, spec);
    if (from !== 'other' && from !== 'data') {
      const rule = ALLOWED[from];
      if (to === 'builtin') {
        if (!rule.builtins) add(line, `${LAYER_NAMES[from]} must not import Node built-ins ('${spec}')`);
      } else if (to === 'package') {
        const pkg = packageName(spec);
        if (pkg === 'electron' && from === 'core') add(line, `electron/core must never import 'electron'`);
        else if (!rule.packages.includes(pkg) && !typeOnly)
          add(line, `${LAYER_NAMES[from]} may not import '${pkg}' (not in its allow-list in scripts/layerRules.ts)`);
      } else if (!rule.layers.includes(to)) {
        add(
          line,
          from === 'renderer' && (to === 'core' || to === 'main')
            ? `renderer/ must reach the core only through the API, not import ${spec}`
            : `${LAYER_NAMES[from]} may not import ${LAYER_NAMES[to]} (${spec})`,
        );
      }
    }
    if (typeOnly) continue;
    const owned = OWNED.find((o) => o.spec.includes(spec) || o.spec.includes(packageName(spec)));
    if (owned && (from === 'core' || from === 'main') && !owned.owners.some((o) => file.startsWith(o)))
      add(line, `'${spec}' is imported only by its owners (${owned.why}); ${file} is not one`);
  }
  if ((from === 'core' || from === 'shared') && file !== CLOCK_OWNER) {
    source.split('\n').forEach((text, i) => {
      if (WALL_CLOCK.test(text.replace(/\/\/.*$/, '')))
        add(
          i + 1,
          `the wall clock is read only in ${CLOCK_OWNER}: take the time from the context (ctx.now()) or a \`now\` argument; measure durations with performance.now()`,
        );
    });
  }
  if (from === 'shared') {
    source.split('\n').forEach((text, i) => {
      const code = text.replace(/\/\/.*$/, '');
      if (DOM_GLOBALS.test(code) || /\bprocess\.(env|platform|cwd|argv)\b/.test(code) || /\bBuffer\./.test(code)) {
        add(i + 1, 'shared/ must not use DOM or Node APIs (window, document, process, Buffer …)');
      }
    });
  }
  return v;
}

export function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|mts|cts)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const top of ['shared', 'renderer', 'electron']) if (fs.existsSync(path.join(root, top))) walk(top);
  return out;
}

export function checkLayers(root: string): Violation[] {
  return listSourceFiles(root).flatMap((rel) => checkFile(rel, fs.readFileSync(path.join(root, rel), 'utf8')));
}
