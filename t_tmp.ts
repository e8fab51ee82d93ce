import fs from 'node:fs';
import { validatePack } from './shared/packs/validatePack.js';
import { resolveApplication } from './shared/packs/resolveApplication.js';
import { checkEligibility } from './shared/packs/checkEligibility.js';
const raw = JSON.parse(fs.readFileSync('test/fixtures/packs/minimal-pack.json', 'utf8'));
const v = validatePack(raw);
console.log(JSON.stringify(v.problems, null, 1));
if (v.ok) {
  const snap = { school: { name: '示范学院', ownership: '公办' }, years: [2022, 2023], data: { enterprises: [{ name: 'A', honors: 'x' }, { name: 'B', honors: 'y' }], equipment: [{ amount: 30000000 }, { amount: 30000001 }] } } as any;
  const r = resolveApplication({ pack: v.pack, snapshot: snap, params: {}, overrides: { summary: '一二三四五六七八九十十一' } });
  console.log(JSON.stringify(r, null, 1).slice(0, 3000));
  console.log(JSON.stringify(checkEligibility(v.pack, snap, {}), null, 1));
}
