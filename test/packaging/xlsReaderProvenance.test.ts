// The .xls reader is SheetJS Community Edition 0.20.3 as republished on the npm registry by @e965
// (SheetJS itself publishes fixed builds only on cdn.sheetjs.com, which school build machines and
// this project's CI cannot reach; the registry's own `xlsx` is the vulnerable 0.18.5). It parses
// untrusted files, so its exact tarball is pinned: a version bump or a different republish fails
// here and must be reviewed (and this record updated) on purpose.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const PINNED = {
  name: '@e965/xlsx',
  version: '0.20.3',
  // `npm view @e965/xlsx@0.20.3 dist.integrity`, checked when the package was adopted.
  integrity: 'sha512-703RN/3OdsRD5mtse2HBX7Um7xwaP9tlswEG6svOtjqokXoX7rJdQj7DyabD2I+xk22RgaIIU+R6BHgkpZGB/w==',
  // SheetJS's own tarball of the same version (cdn.sheetjs.com/xlsx-0.20.3/xlsx-0.20.3.tgz) has
  // sha512-oLDq3jw7…AJA==; the republish is a different tarball (its package.json is renamed), so
  // the two hashes cannot be compared directly — hence this pin of the republish itself.
};
/** The one module that may import the reader, so its size and time bounds cannot be bypassed. */
const ADAPTER = 'electron/core/imports/readXlsSheets.ts';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [rel] : [];
  });
}

describe('the .xls reader (SheetJS CE republished as @e965/xlsx)', () => {
  it('is the pinned tarball from the npm registry, in package.json, package-lock.json and node_modules', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies[PINNED.name]).toBe(PINNED.version);
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string; integrity: string; resolved?: string }>;
    };
    const locked = lock.packages[`node_modules/${PINNED.name}`];
    expect(locked.version).toBe(PINNED.version);
    expect(locked.integrity).toBe(PINNED.integrity);
    if (locked.resolved)
      expect(locked.resolved).toMatch(/^https:\/\/registry\.npmjs\.org\/@e965\/xlsx\/-\/xlsx-0\.20\.3\.tgz$/);
    const installed = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules', PINNED.name, 'package.json'), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe(PINNED.version);
    const XLSX = (await import('@e965/xlsx')) as { version: string };
    expect(XLSX.version).toBe(PINNED.version);
  });

  it('is imported by one adapter only', () => {
    const importers = ['electron', 'shared', 'renderer', 'scripts']
      .flatMap(sourceFiles)
      .filter((f) => /from '@e965\/xlsx'|import\('@e965\/xlsx'\)/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(importers).toEqual([ADAPTER]);
  });
});
