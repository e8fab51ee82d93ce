import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { formSections, formTabLabel, keysInFormOrder } from '../../renderer/src/features/applications/formSections';
import { packSchema } from '../../shared/packs/packSchema';

const pack = packSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../assets/packs/henan-2024-346.json'), 'utf8')),
);

describe('editor field grouping', () => {
  it('groups the 申报书 fields by the form headings, starting with the cover', () => {
    const form = pack.forms.find((f) => f.id === 'application')!;
    const sections = formSections(pack, form);
    expect(sections[0].title).toBe('封面');
    const basic = sections.find((s) => s.title.includes('基本情况'))!;
    // 申报单位 stands on the cover first: edited there, not again under 基本情况.
    expect(sections[0].keys).toContain('schoolName');
    expect(basic.keys).not.toContain('schoolName');
    expect(basic.keys).toContain('schoolCreditCode');
    expect(basic.keys).toContain('e1CreditCode');
    // each field is edited in one place only
    const all = sections.flatMap((s) => s.keys);
    expect(new Set(all).size).toBe(all.length);
  });

  it('names the tabs as the notice names its attachments', () => {
    expect(pack.forms.map(formTabLabel)).toEqual(['附件1 申报书', '附件2 建设方案', '附件3 汇总表']);
  });

  it('lists every field of a form once, in tab order, for 下一项', () => {
    const order = keysInFormOrder(pack);
    expect(order[0].formId).toBe('application');
    expect(order.some((o) => o.formId === 'scheme' && o.key === 'schemeGoal')).toBe(true);
    expect(new Set(order.map((o) => o.key)).size).toBe(order.length);
  });
});
