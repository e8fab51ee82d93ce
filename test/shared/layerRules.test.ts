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
});
