// Regenerates the seed packs assets/packs/*.json from scripts/seedPacks/pack*.ts and checks each
// against the pack schema and every expression against the data set definitions:
//   npx tsx scripts/seedPacks/buildSeedPacks.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { DATASETS } from '../../shared/datasets/datasetRegistry.js';
import { checkExpression } from '../../shared/packs/expression/checkExpression.js';
import type { PackInput } from '../../shared/packs/packSchema.js';
import { validatePack } from '../../shared/packs/validatePack.js';
import { buildPack38 } from './pack38.js';
import { buildPack258 } from './pack258.js';
import { buildPack346 } from './pack346.js';
import { buildPack52, buildPack189 } from './packProgrammes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every expression of a pack with where it is, for the static check. */
function expressionsOf(pack: PackInput): { where: string; expr: string; vars?: string[] }[] {
  const out: { where: string; expr: string; vars?: string[] }[] = [];
  for (const p of pack.parameters ?? [])
    if (p.source) out.push({ where: `parameters.${p.key}.source`, expr: p.source });
  for (const f of pack.fields ?? []) {
    if (f.bind) out.push({ where: `fields.${f.key}.bind`, expr: f.bind, vars: f.perYear ? ['year'] : [] });
    if (f.optionsExpr) out.push({ where: `fields.${f.key}.optionsExpr`, expr: f.optionsExpr });
  }
  for (const r of pack.eligibility?.rules ?? []) {
    if (r.expr) out.push({ where: `eligibility.rules[${r.id}].expr`, expr: r.expr });
    if (r.thresholdExpr) out.push({ where: `eligibility.rules[${r.id}].thresholdExpr`, expr: r.thresholdExpr });
    if (r.appliesWhen) out.push({ where: `eligibility.rules[${r.id}].appliesWhen`, expr: r.appliesWhen });
  }
  return out;
}

const builders: [string, () => PackInput][] = [
  ['henan-2024-346', buildPack346],
  ['henan-2023-258', buildPack258],
  ['henan-2023-189', buildPack189],
  ['henan-2022-52', buildPack52],
  ['zhengzhou-2023-38', buildPack38],
];

let failed = false;
for (const [id, build] of builders) {
  const pack = build();
  const problems: string[] = [];
  const result = validatePack(JSON.parse(JSON.stringify(pack)));
  if (!result.ok) for (const p of result.problems) problems.push(`${p.place}（${p.path}）：${p.message}`);
  const ctx = {
    datasets: DATASETS,
    paramKeys: (pack.parameters ?? []).map((p) => p.key),
    fieldKeys: (pack.fields ?? []).map((f) => f.key),
  };
  for (const e of expressionsOf(pack)) {
    for (const p of checkExpression(e.expr, { ...ctx, vars: e.vars })) problems.push(`${e.where}: ${p.message}`);
  }
  const file = path.join(root, 'assets/packs', `${id}.json`);
  fs.writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
  if (problems.length) {
    failed = true;
    console.log(`✗ ${id}: ${problems.length} 处问题`);
    for (const p of problems) console.log(`   ${p}`);
  } else {
    console.log(`✓ ${id}`);
  }
}
if (failed) process.exitCode = 1;
