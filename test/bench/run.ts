// `npm run bench`: runs every benchmark in turn, each in its own process so memory figures are its own.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const only = process.argv.slice(2);
const benches = [
  'cliStart.ts',
  'importEquipment.ts',
  'exportBundle.ts',
  'bundleImportMemory.ts',
  'gridRender.ts',
  'windowResponsiveness.ts',
  'formPdf.ts',
  'zipBomb.ts',
  'draftAttachment.ts',
].filter((b) => !only.length || only.some((o) => b.includes(o)));
let failed = 0;
for (const b of benches) {
  console.log(`\n=== ${b} ===`);
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(here, b)], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
