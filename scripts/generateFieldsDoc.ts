// Writes docs/fields.md from the data-set definitions and the field catalogue (test/shared/drafting
// checks that the committed file is current).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { fieldsDocText } from '../shared/drafting/fieldsDocText.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
fs.writeFileSync(path.join(root, 'docs/fields.md'), fieldsDocText());
console.log('已生成 docs/fields.md');
