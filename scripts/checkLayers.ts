import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { checkLayers, listSourceFiles } from './layerRules.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const violations = checkLayers(root);
if (violations.length) {
  console.error(`Layer check failed: ${violations.length} violation(s)`);
  for (const v of violations) console.error(`  ${v.file}:${v.line}  ${v.message}`);
  process.exit(1);
}
console.log(`Layer check passed: ${listSourceFiles(root).length} files follow DESIGN.md's layers.`);
