import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { fieldsToDo, nextToDo } from '../../renderer/src/features/applications/fieldsToDo';
import { evidencePageKeys, keysInFormOrder } from '../../renderer/src/features/applications/formSections';
import { packSchema, type ResolvedField } from '../../shared/packs/packSchema';

const pack = packSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../assets/packs/henan-2024-346.json'), 'utf8')),
);

function field(key: string, value: ResolvedField['value'], problems: ResolvedField['problems'] = []): ResolvedField {
  return { key, label: key, type: 'text', bound: null, overridden: false, value, origin: 'empty', problems };
}

describe('「下一项待填」', () => {
  const order = keysInFormOrder(pack);
  const pages = evidencePageKeys(pack);
  // Every field blank, as in a fresh application without base data; two required ones flagged.
  const fields = Object.fromEntries(order.map((o) => [o.key, field(o.key, null)]));
  const required = order.filter((o) => pack.fields.find((f) => f.key === o.key)?.required).slice(0, 2);
  for (const r of required)
    fields[r.key].problems = [{ code: 'required', message: `「${r.key}」必须填写`, accepted: false }];

  it('finds the 佐证材料页码 cells of the 346号 申报书 and leaves them out of the walk and the count', () => {
    expect(pages.size).toBeGreaterThan(40);
    const todo = fieldsToDo(order, fields, pages);
    expect(todo.counted).toBe(order.length - pages.size);
    expect(todo.optional.some((t) => pages.has(t.key))).toBe(false);
  });

  it('goes through the fields that block the export first, then the optional blanks', () => {
    const todo = fieldsToDo(order, fields, pages);
    expect(todo.problems.map((t) => t.key)).toEqual(required.map((r) => r.key));
    const first = nextToDo(todo, order, null)!;
    const second = nextToDo(todo, order, first.key)!;
    const third = nextToDo(todo, order, second.key)!;
    expect([first.key, second.key, third.key]).toEqual([required[0].key, required[1].key, required[0].key]);
    // Once they are fixed, the optional blanks follow (never a 页码 cell).
    for (const r of required) fields[r.key] = field(r.key, '已填');
    const rest = fieldsToDo(order, fields, pages);
    expect(rest.problems).toEqual([]);
    expect(pages.has(nextToDo(rest, order, null)!.key)).toBe(false);
  });
});
