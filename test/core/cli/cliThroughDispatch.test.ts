// Every CLI command reaches the core the way the window does: through defineCliCommand, whose only
// way in is dispatchCall (the contract's validation, the same handlers). A command module that
// imported a core module doing work itself (a repository, an importer, a renderer) would bypass it.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { CLI_COMMANDS } from '../../../electron/core/cli/commands/index';
import { defineCliCommand } from '../../../electron/core/cli/defineCliCommand';

const ROOT = path.resolve(__dirname, '../../..');
const COMMANDS = path.join(ROOT, 'electron/core/cli/commands');

/**
 * What a command module may import besides Node's own modules, shared/ and its sibling modules:
 * the runner, and the two ports a front door that owns paths needs (writing a file where the user
 * said, and naming the backups folder to the user).
 */
const ALLOWED_CORE = new Set([
  'electron/core/cli/cliCommand.ts',
  'electron/core/cli/defineCliCommand.ts',
  'electron/core/files/writeFileAtomic.ts',
  'electron/core/store/backupFiles.ts',
]);

/** The imports of a command module's text that reach the core other than through the runner. */
function bypassesIn(text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => m[1]);
  return specs.filter((spec) => {
    if (!spec.startsWith('.')) return false; // node:fs, a package
    const target = path.relative(ROOT, path.resolve(COMMANDS, spec)).replace(/\\/g, '/').replace(/\.js$/, '.ts');
    if (target.startsWith('shared/') || target.startsWith('electron/core/cli/commands/')) return false;
    return !ALLOWED_CORE.has(target);
  });
}

describe('every CLI command goes through the contract', () => {
  const files = fs.readdirSync(COMMANDS).filter((f) => f.endsWith('.ts'));

  it.each(files)('commands/%s imports no core module but the runner and the file ports', (name) => {
    expect(bypassesIn(fs.readFileSync(path.join(COMMANDS, name), 'utf8'))).toEqual([]);
  });

  it('the check catches what the import command did before: the importer called directly', () => {
    const before = [
      "import { applyImport } from '../../imports/applyImport.js';",
      "import { dispatchCall } from '../../api/dispatchCall.js';",
      "const { importHandlers } = await import('../../imports/importHandlers.js');",
      "import { defineCliCommand } from '../defineCliCommand.js';",
      "import { datasetArg } from './datasetArgs.js';",
      "import fs from 'node:fs';",
    ].join('\n');
    expect(bypassesIn(before)).toEqual([
      '../../imports/applyImport.js',
      '../../api/dispatchCall.js',
      '../../imports/importHandlers.js',
    ]);
  });

  it.each(CLI_COMMANDS.map((c) => [c.name, c] as const))('「%s」 is made by defineCliCommand', async (_name, cmd) => {
    expect((await cmd.load()).definedBy).toBe(defineCliCommand);
  });
});
