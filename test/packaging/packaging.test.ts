// Packs the app with electron-builder --dir against a stub Electron folder (the real binary cannot be
// downloaded here) and checks what an installer would ship: the asar holds the built app and only
// the runtime modules, better-sqlite3's .node file is unpacked, and no sources, tests, docs or
// native build leftovers are inside. Also checks that the security fuses were flipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Fuse wire as in a real Electron binary: version 1, 8 fuses, the stock states ('1' on, '0' off).
const STOCK_FUSES = '10110010';
const FUSE_NAMES = [
  'runAsNode',
  'cookieEncryption',
  'nodeOptions',
  'nodeCliInspect',
  'asarIntegrity',
  'onlyLoadAppFromAsar',
  'browserV8Snapshot',
  'fileProtocolPrivileges',
];

let work: string;
let resources: string;
let files: string[];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0)
    throw new Error(`${path.basename(args[0] ?? cmd)} failed (${r.status ?? r.signal}):\n${out.slice(-4000)}`);
  return out;
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-pack-'));
  const stub = path.join(work, 'electron-dist');
  fs.mkdirSync(stub);
  const exe = path.join(stub, 'electron');
  fs.writeFileSync(
    exe,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stub Electron"\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from(STOCK_FUSES),
    ]),
  );
  fs.chmodSync(exe, 0o755);
  fs.writeFileSync(path.join(stub, 'version'), '45.4.1');

  // `npm test` builds before vitest; rebuilding the renderer here would empty dist/renderer under
  // an end-to-end test running at the same time, so only a missing renderer is built.
  const rendererBuilt = fs.existsSync(path.join(root, 'dist/renderer/index.html'));
  run(process.execPath, [
    path.join(root, 'scripts/build.mjs'),
    '--quiet',
    ...(rendererBuilt ? ['--electron-only'] : []),
  ]);
  const out = path.join(work, 'out');
  run(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--config',
      'build/electron-builder.yml',
      `-c.electronDist=${stub}`,
      '-c.electronVersion=45.4.1',
      `-c.directories.output=${out}`,
    ],
    // Keep electron-builder's caches out of the user's home and away from any update server.
    { ELECTRON_BUILDER_CACHE: path.join(work, 'cache'), ELECTRON_CACHE: path.join(work, 'cache'), CI: 'true' },
  );
  resources = path.join(out, 'linux-unpacked', 'resources');
  files = asar.listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((f) => f.split(path.sep).join('/'));
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --dir (stub Electron)', () => {
  it('packs the built app: main, preload, renderer, assets and package.json', () => {
    for (const f of [
      '/dist-electron/main.cjs',
      '/dist-electron/core.cjs',
      '/dist-electron/preload.cjs',
      '/dist/renderer/index.html',
      '/package.json',
      '/assets/demo/demoSchool.json',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('/assets/packs/'))).toBe(true);
    const pkg = JSON.parse(asar.extractFile(path.join(resources, 'app.asar'), 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it("unpacks better-sqlite3's native module and leaves its sources and build leftovers out", () => {
    const unpacked = path.join(
      resources,
      'app.asar.unpacked',
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    expect(fs.existsSync(unpacked)).toBe(true);
    expect(fs.statSync(unpacked).size).toBeGreaterThan(100_000);
    const stat = asar.statFile(
      path.join(resources, 'app.asar'),
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    ) as { unpacked?: boolean };
    expect(stat.unpacked).toBe(true);
    expect(files).toContain('/node_modules/better-sqlite3/lib/index.js');
    expect(files).toContain('/node_modules/bindings/bindings.js');

    const sqlite = files.filter((f) => f.startsWith('/node_modules/better-sqlite3/'));
    const leftovers = sqlite.filter(
      (f) =>
        /^\/node_modules\/better-sqlite3\/(deps|src)(\/|$)/.test(f) ||
        /\/build\/(deps|Debug)(\/|$)/.test(f) ||
        /\/build\/Release\/(obj|obj\.target|\.deps)(\/|$)/.test(f) ||
        /\.(c|cc|cpp|h|hpp|o|a|mk|gyp|gypi)$/.test(f) ||
        /(Makefile|binding\.gyp|config\.gypi|test_extension\.node)$/.test(f),
    );
    expect(leftovers).toEqual([]);
    const unpackedAll = listDir(path.join(resources, 'app.asar.unpacked'));
    expect(unpackedAll.filter((f) => /\.(c|cc|cpp|h|o|a|mk)$|Makefile$/.test(f))).toEqual([]);
  });

  it('ships no sources, tests, docs, source maps or dev tooling', () => {
    const bad = files.filter(
      (f) =>
        /\.(ts|tsx|mts|cts|map|md)$/.test(f) ||
        /\/(test|tests|__tests__|docs)\//.test(f) ||
        /^\/(shared|renderer|electron|scripts|build|test|docs|\.ci)(\/|$)/.test(f) ||
        /^\/node_modules\/(electron|electron-builder|vite|vitest|typescript|esbuild|tsx|playwright-core|react|react-dom)(\/|$)/.test(
          f,
        ),
    );
    expect(bad).toEqual([]);
  });

  it('contains every package the bundled main, core and preload require at run time', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const archive = path.join(resources, 'app.asar');
    for (const [entry, allowed] of [
      ['dist-electron/main.cjs', null],
      ['dist-electron/core.cjs', null],
      ['dist-electron/preload.cjs', ['electron']],
    ] as const) {
      const code = asar.extractFile(archive, entry).toString('utf8');
      const required = [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))].filter(
        (s) => !builtins.has(s) && s !== 'electron',
      );
      if (allowed) expect(required, entry).toEqual([]);
      for (const spec of required) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        expect(files, `${entry} requires ${name}`).toContain(`/node_modules/${name}/package.json`);
      }
    }
  });

  it('flips the security fuses in the Electron executable', () => {
    const exe = fs.readFileSync(path.join(resources, '..', 'shenbaotong'));
    const at = exe.indexOf(SENTINEL) + SENTINEL.length;
    const wire = exe.subarray(at + 2, at + 2 + 8).toString('latin1');
    const state = Object.fromEntries(FUSE_NAMES.map((n, i) => [n, wire[i]]));
    expect(state).toMatchObject({
      runAsNode: '0',
      nodeOptions: '0',
      nodeCliInspect: '0',
      asarIntegrity: '1',
      onlyLoadAppFromAsar: '1',
      fileProtocolPrivileges: '0',
    });
  });
});

function listDir(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
}
