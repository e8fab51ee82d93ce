// Writes assets/packs/pack.schema.json from shared/packs/packSchema.ts. Run after changing the schema:
//   npx tsx scripts/generatePackSchema.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { packJsonSchemaText } from '../shared/packs/packJsonSchema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'assets/packs/pack.schema.json');
fs.writeFileSync(out, packJsonSchemaText());
console.log(`已生成 ${path.relative(root, out)}`);
