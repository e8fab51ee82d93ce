// The architecture of DESIGN.md as a check: who may import whom. `npm test` fails on a violation.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

export interface Violation {
  file: string;
  line: number;
  message: string;
}

type Layer = 'shared' | 'renderer' | 'core' | 'main' | 'preload' | 'other';

export function layerOf(rel: string): Layer {
  const p = rel.split(path.sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('electron/core/')) return 'core';
  if (p.startsWith('electron/main/')) return 'main';
  if (p.startsWith('electron/preload/')) return 'preload';
  return 'other';
}

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const NODE_ONLY_PACKAGES = new Set([
  'better-sqlite3',
  'electron',
  'exceljs',
  'docx',
  'yazl',
  'yauzl',
  'playwright-core',
  'iconv-lite',
  'pdf-lib',
]);
const DOM_GLOBALS = /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|XMLHttpRequest)\s*[.[(]/;

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

export function importsOf(source: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const line = source.slice(0, m.index + m[0].length).split('\n').length;
    out.push({ spec, line });
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

/** Checks one file's source against the rules; rel is its path from the repository root. */
export function checkFile(rel: string, source: string): Violation[] {
  const from = layerOf(rel);
  const v: Violation[] = [];
  const add = (line: number, message: string) => v.push({ file: rel, line, message });
  for (const { spec, line } of importsOf(source)) {
    const to = targetLayer(rel, spec);
    const pkg = to === 'package' ? packageName(spec) : '';
    switch (from) {
      case 'shared':
        if (to === 'builtin') add(line, `shared/ must stay pure: it imports the Node module '${spec}'`);
        else if (to !== 'shared' && to !== 'package') add(line, `shared/ may import only shared/, not ${spec}`);
        else if (pkg && (NODE_ONLY_PACKAGES.has(pkg) || pkg === 'react' || pkg === 'react-dom'))
          add(line, `shared/ must stay pure: it imports '${pkg}'`);
        break;
      case 'renderer':
        if (to === 'builtin') add(line, `renderer/ must not import Node built-ins ('${spec}')`);
        else if (to === 'core' || to === 'main' || to === 'preload')
          add(line, `renderer/ must reach the core only through the API, not import ${spec}`);
        else if (pkg && NODE_ONLY_PACKAGES.has(pkg))
          add(line, `renderer/ must not import '${pkg}' (Node or Electron only)`);
        break;
      case 'core':
        if (pkg === 'electron') add(line, `electron/core must never import 'electron'`);
        else if (to === 'main' || to === 'preload' || to === 'renderer')
          add(line, `electron/core must not import ${spec}`);
        break;
      case 'preload':
        if (to === 'core' || to === 'main' || to === 'renderer')
          add(line, `the preload exposes the API only; it must not import ${spec}`);
        break;
      case 'main':
        if (to === 'renderer') add(line, `electron/main must not import renderer code (${spec})`);
        break;
      case 'other':
        break;
    }
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
