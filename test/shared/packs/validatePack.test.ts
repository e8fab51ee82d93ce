/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- the tests break raw pack JSON on purpose */
import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { checkFieldValue } from '../../../shared/packs/checkFieldValue';
import { packJsonSchemaText } from '../../../shared/packs/packJsonSchema';
import { validatePack } from '../../../shared/packs/validatePack';

const fixture = () => JSON.parse(fs.readFileSync('test/fixtures/packs/minimal-pack.json', 'utf8'));
const problemsOf = (mutate: (p: any) => void) => {
  const p = fixture();
  mutate(p);
  const r = validatePack(p);
  expect(r.ok).toBe(false);
  return r.problems;
};

describe('validatePack', () => {
  it('accepts the minimal fixture pack and fills defaults (GB/T 9704 margins)', () => {
    const r = validatePack(fixture());
    expect(r.problems).toEqual([]);
    if (r.ok) {
      expect(r.pack.style.margins).toEqual({ top: 37, bottom: 35, binding: 28, outer: 26 });
      expect(r.pack.style.body.size).toBe('小四');
    }
  });

  it('committed assets/packs/pack.schema.json is up to date (npx tsx scripts/generatePackSchema.ts)', () => {
    expect(fs.readFileSync('assets/packs/pack.schema.json', 'utf8')).toBe(packJsonSchemaText());
  });

  it('accepts a narrative without a word limit, and checks such a text only for being filled', () => {
    const p = fixture();
    delete p.fields[5].wordLimit;
    const r = validatePack(p);
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    const field = r.pack.fields[5];
    expect(field.type).toBe('narrative');
    expect(checkFieldValue(field, '很长的叙述。'.repeat(2000))).toEqual([]);
    expect(checkFieldValue(field, '').map((x) => x.code)).toEqual(['required']);
  });

  it('reports a wrong field type with its place', () => {
    const ps = problemsOf((p) => {
      p.fields[1].type = 'currency';
    });
    expect(ps[0].path).toBe('fields[1].type');
    expect(ps[0].place).toContain('字段「equipmentTotal」');
  });

  it('reports an unknown binding (data set and field) with its place', () => {
    const ps = problemsOf((p) => {
      p.fields[1].bind = "sum(data.equipment, 'amout')";
      p.fields[3].bind = 'count(data.ledger)';
    });
    expect(ps.map((x) => x.path)).toEqual(['fields[1].bind', 'fields[3].bind']);
    expect(ps[0].message).toContain('没有字段「amout」');
    expect(ps[1].message).toContain('没有数据集「ledger」');
  });

  it('reports a broken expression with the character position', () => {
    const ps = problemsOf((p) => {
      p.eligibility.rules[0].expr = 'count(data.enterprises';
    });
    expect(ps[0].path).toBe('eligibility.rules[0].expr');
    expect(ps[0].place).toContain('条件「1」');
    expect(ps[0].message).toMatch(/第 \d+ 个字符/);
  });

  it('refuses an expression that loops or runs too long', () => {
    const ps = problemsOf((p) => {
      p.fields[3].bind = 'count(range(1, 100000000))';
    });
    expect(ps[0].path).toBe('fields[3].bind');
    expect(ps[0].message).toContain('计算量过大');
  });

  it('reports a layout whose spans do not add up, naming form, block and row', () => {
    const ps = problemsOf((p) => {
      p.forms[0].blocks[3].rows[1].cells[1].colSpan = 3;
    });
    expect(ps[0].path).toBe('forms[0].blocks[3].rows[1]');
    expect(ps[0].place).toBe('表单「main」 第 4 块（表格） 第 2 行');
    expect(ps[0].message).toContain('应等于表格的 4 列');
    const rowSpan = problemsOf((p) => {
      p.forms[0].blocks[3].rows[0].cells[0].rowSpan = 1;
    });
    expect(rowSpan.some((x) => x.path === 'forms[0].blocks[3].rows[1]')).toBe(true);
  });

  it('reports unknown field refs, duplicate keys, bad word limits and bad group rules', () => {
    const ps = problemsOf((p) => {
      p.forms[0].blocks[3].rows[0].cells[2].field = 'schoolNmae';
      p.fields.push({ key: 'schoolName', label: '重复', type: 'text' });
      p.fields[5].wordLimit = 0;
      p.eligibility.overall.groups[1].rules.push('9');
      p.forms[0].blocks[4].rows[1].cells[1].column = 'nmae';
      p.bundle.fileName = '{school}{nope}';
    });
    const text = ps.map((x) => `${x.path} ${x.message}`).join('\n');
    expect(text).toContain('forms[0].blocks[3].rows[0].cells[2].field 引用了不存在的字段「schoolNmae」');
    expect(text).toContain('fields[9].key 字段键名「schoolName」重复');
    expect(text).toContain('fields[5].wordLimit');
    expect(text).toContain('不存在的条件「9」');
    expect(text).toContain('没有列「nmae」');
    expect(text).toContain('{nope}');
  });

  it('accepts the notice’s 报送要求 (copies, seal, address, quota) and refuses one naming a missing form', () => {
    const p = fixture();
    p.submission = {
      deadlineText: '于11月15日前报送',
      items: [
        { what: '申报书', forms: ['main'], copies: 2, seal: true, electronic: true },
        { what: '佐证材料', evidence: true, copies: 1, maxPages: 50, binding: '单独装订成册' },
      ],
      address: '郑州市正光路11号',
      email: 'zhijiaochu2021@126.com',
      contacts: [{ name: '苗雪丽', role: '省教育厅联系人', phone: '0371-69691995' }],
      quota: { max: 1, text: '每所高等职业学校限报1个' },
    };
    const r = validatePack(p);
    expect(r.problems).toEqual([]);
    if (r.ok) expect(r.pack.submission?.items[0].copies).toBe(2);
    const ps = problemsOf((x) => {
      x.submission = { items: [{ what: '建设方案', forms: ['scheme'] }], quota: { max: 0, text: '' } };
    });
    const text = ps.map((x) => `${x.path} ${x.place} ${x.message}`).join('\n');
    expect(text).toContain('submission.quota.max');
    const missing = problemsOf((x) => {
      x.submission = { items: [{ what: '建设方案', forms: ['scheme'] }] };
    });
    expect(missing[0].path).toBe('submission.items[0].forms');
    expect(missing[0].place).toBe('报送要求 第 1 项材料 forms');
    expect(missing[0].message).toBe('报送材料「建设方案」引用了不存在的表单「scheme」');
  });
});
