import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkFile, checkLayers } from '../../scripts/layerRules';

describe('layer check', () => {
  it('passes on the repository as it is', () => {
    expect(checkLayers(path.resolve(__dirname, '../..'))).toEqual([]);
  });

  it('fails when the renderer imports electron/ or a Node built-in', () => {
    expect(
      checkFile('renderer/src/x.tsx', "import { openStore } from '../../electron/core/store/openStore';"),
    ).toHaveLength(1);
    expect(checkFile('renderer/src/x.tsx', "import fs from 'node:fs';")).toHaveLength(1);
    expect(checkFile('renderer/src/x.tsx', "import path from 'path';")).toHaveLength(1);
    expect(checkFile('renderer/src/x.tsx', "import { api } from './api/apiClient';\nimport { z } from 'zod';")).toEqual(
      [],
    );
  });

  it("fails when electron/core or shared imports 'electron'", () => {
    expect(checkFile('electron/core/x.ts', "import { app } from 'electron';")[0].message).toMatch(
      /never import 'electron'/,
    );
    expect(checkFile('electron/core/x.ts', "const { app } = require('electron');")).toHaveLength(1);
    expect(checkFile('shared/x.ts', "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(checkFile('electron/main/x.ts', "import { app } from 'electron';")).toEqual([]);
  });

  it('fails when core or shared code reads the wall clock itself instead of the context clock', () => {
    expect(checkFile('electron/core/imports/x.ts', 'const t = Date.now();')[0].message).toMatch(/ctx\.now\(\)/);
    expect(checkFile('electron/core/x.ts', 'ensureCatalogue(db, new Date());')).toHaveLength(1);
    expect(checkFile('electron/core/x.ts', 'const now = opts.now ?? Date.now;')).toHaveLength(1);
    expect(checkFile('shared/packs/x.ts', 'const today = new Date( ).toISOString();')).toHaveLength(1);
    // A given moment, a duration, a comment, the clock module itself and the renderer's own UI are fine.
    expect(
      checkFile('electron/core/x.ts', 'const d = new Date(iso);\nconst t0 = performance.now(); // not Date.now()'),
    ).toEqual([]);
    expect(checkFile('electron/core/clock/systemClock.ts', 'export const systemClock = () => new Date();')).toEqual([]);
    expect(checkFile('renderer/src/x.tsx', 'const shown = new Date();')).toEqual([]);
  });

  it('fails when shared imports Node or uses DOM or process APIs', () => {
    expect(checkFile('shared/x.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(checkFile('shared/x.ts', "import { x } from '../electron/core/y';")).toHaveLength(1);
    expect(checkFile('shared/x.ts', 'export const w = window.innerWidth;')).toHaveLength(1);
    expect(checkFile('shared/x.ts', 'export const h = process.env.HOME;')).toHaveLength(1);
    expect(
      checkFile(
        'shared/x.ts',
        "import { z } from 'zod';\nexport const n = z.number(); // window.x in a comment is fine",
      ),
    ).toEqual([]);
  });

  it('allows only what each layer’s allow-list names: no new package, no test code, no state library in shared', () => {
    expect(checkFile('shared/x.ts', "import { create } from 'zustand';")).toHaveLength(1);
    expect(checkFile('shared/x.ts', "import * as XLSX from '@e965/xlsx';")).toHaveLength(1);
    expect(
      checkFile('renderer/src/x.tsx', "import { tempContext } from '../../test/core/support/tempContext';"),
    ).toHaveLength(1);
    expect(checkFile('electron/core/x.ts', "import _ from 'lodash';")[0].message).toMatch(/allow-list/);
    expect(checkFile('electron/preload/x.ts', "import { dispatchCall } from '../core/api/dispatchCall';")).toHaveLength(
      1,
    );
    expect(
      checkFile('renderer/src/x.tsx', "import { useState } from 'react';\nimport { create } from 'zustand';"),
    ).toEqual([]);
  });

  it('keeps file access, the database driver and child processes in the modules that own them', () => {
    expect(checkFile('electron/core/imports/x.ts', "import fs from 'node:fs';")[0].message).toMatch(
      /only by its owners/,
    );
    expect(checkFile('electron/core/files/x.ts', "import fs from 'node:fs';")).toEqual([]);
    expect(checkFile('electron/core/packs/x.ts', "import Database from 'better-sqlite3';")).toHaveLength(1);
    expect(checkFile('electron/core/packs/x.ts', "import type Database from 'better-sqlite3';")).toEqual([]);
    expect(checkFile('electron/core/store/x.ts', "import Database from 'better-sqlite3';")).toEqual([]);
    expect(checkFile('electron/core/bundles/x.ts', "import { spawn } from 'node:child_process';")).toHaveLength(1);
    expect(checkFile('electron/core/bundles/x.ts', "import { chromium } from 'playwright-core';")).toHaveLength(1);
    expect(checkFile('electron/core/bundles/x.ts', "import * as XLSX from '@e965/xlsx';")).toHaveLength(1);
    // One reader of archives from outside: a new one in bundles would skip its bounds and CRC checks.
    expect(checkFile('electron/core/bundles/x.ts', "import yauzl from 'yauzl';")).toHaveLength(1);
    expect(checkFile('electron/core/files/x.ts', "import yauzl from 'yauzl';")).toEqual([]);
  });
});
