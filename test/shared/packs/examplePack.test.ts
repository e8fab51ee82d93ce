// docs/example-pack.json is the complete example the pack manual points to: it must stay valid and
// print, with its computed total following its parts.
import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { resolveApplication } from '../../../shared/packs/resolveApplication';
import { validatePack } from '../../../shared/packs/validatePack';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument';
import { documentCellTexts } from '../../../shared/print/printDocument';

describe('docs/example-pack.json', () => {
  it('is a valid pack that prints, its 合计 the sum of what was typed', () => {
    const r = validatePack(JSON.parse(fs.readFileSync('docs/example-pack.json', 'utf8')));
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    const app = resolveApplication({
      today: '2024-11-01',
      pack: r.pack,
      snapshot: { school: { name: '示例学院' }, years: [2024], data: {} },
      params: {},
      overrides: { fundGov: 120, fundEnterprise: 35.5, fundTotal: 1 },
    });
    expect(app.fields.fundTotal.value).toBe(155.5);
    const doc = buildPrintDocument(r.pack, r.pack.forms[0], app);
    // The row's label states 万元, so the value prints bare, as the form has it.
    expect(documentCellTexts(doc)).toContain('155.50');
  });
});
