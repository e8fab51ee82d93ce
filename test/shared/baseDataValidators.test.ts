import { describe, expect, it } from 'vitest';

import { columnOf } from '../../shared/datasets/datasetDefinition';
import { DATASETS, findDataset } from '../../shared/datasets/datasetRegistry';
import { type FieldParse, parseFieldValue } from '../../shared/datasets/validateFieldValue';
import { formatFenAsWanYuan, parseYuanToFen, sumFen } from '../../shared/format/money';
import { countWordChars } from '../../shared/validation/countWordChars';
import { checkCreditCode, creditCodeCheckChar } from '../../shared/validation/creditCode';
import { checkIdCardNumber } from '../../shared/validation/idCardNumber';

// A small deterministic generator, so the cases are the same on every run.
function seededRandom(seed: number) {
  let x = seed;
  return { int: (min: number, max: number) => min + ((x = (x * 1103515245 + 12345) % 2147483648) % (max - min + 1)) };
}

const field = (dataset: string, key: string) => findDataset(dataset)!.fields.find((f) => f.key === key)!;
/** The refusal message, or null when the value was accepted (so toContain then fails). */
const refusalOf = (r: FieldParse) => (r.ok ? null : r.message);

describe('data set definitions', () => {
  it('cover the twelve CLI data sets, with unique keys, Chinese labels and no header used twice', () => {
    expect(DATASETS.map((d) => d.name).sort()).toEqual(
      [
        'awards',
        'certificates',
        'enterprises',
        'equipment',
        'funding',
        'indicators',
        'majorGroups',
        'majors',
        'rooms',
        'school',
        'teachers',
        'training',
      ].sort(),
    );
    for (const d of DATASETS) {
      const keys = d.fields.map((f) => f.key);
      expect(new Set(keys).size, d.name).toBe(keys.length);
      const headers = d.fields.flatMap((f) => [f.label, ...(f.synonyms ?? [])]);
      const dup = headers.filter((h, i) => headers.indexOf(h) !== i);
      expect(dup, `${d.name}: a header would match two fields`).toEqual([]);
      for (const f of d.fields) expect(f.label, `${d.name}.${f.key}`).toMatch(/[\u4e00-\u9fa5]/);
      for (const k of d.carryOverFields ?? []) expect(keys, d.name).toContain(k);
      for (const f of d.fields) expect(columnOf(f.key)).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('match the ledger synonyms real files use (资产编号/设备编号/编号)', () => {
    expect([field('equipment', 'assetNo').label, ...field('equipment', 'assetNo').synonyms!]).toEqual(
      expect.arrayContaining(['资产编号', '设备编号', '编号']),
    );
  });
});

describe('field validation', () => {
  it('keeps a 就业率 within 0–100 %', () => {
    const f = field('majors', 'employmentRate');
    expect(parseFieldValue(f, '96.5%')).toEqual({ ok: true, value: 96.5 });
    expect(refusalOf(parseFieldValue(f, '120'))).toContain('初次就业率');
    expect(parseFieldValue(f, '-1').ok).toBe(false);
  });

  it('accepts the 称号 of the 346号 list and names the one that is not', () => {
    const f = field('enterprises', 'honorTypes');
    expect(parseFieldValue(f, '国家专精特新“小巨人”、省级“瞪羚”')).toEqual({
      ok: true,
      value: '国家专精特新“小巨人”、省级“瞪羚”',
    });
    const bad = parseFieldValue(f, '中国500强、优秀企业');
    expect(refusalOf(bad)).toContain('「优秀企业」');
  });

  it('requires what the forms require and reads yes/no as office staff type it', () => {
    expect(parseFieldValue(field('equipment', 'assetNo'), ' ')).toMatchObject({
      ok: false,
      message: '「资产编号」不能为空',
    });
    expect(parseFieldValue(field('teachers', 'doubleQualified'), '是')).toEqual({ ok: true, value: true });
    expect(parseFieldValue(field('teachers', 'doubleQualified'), '√')).toEqual({ ok: true, value: true });
    expect(parseFieldValue(field('teachers', 'roles'), '专业带头人，骨干教师')).toEqual({
      ok: true,
      value: '专业带头人、骨干教师',
    });
    expect(parseFieldValue(field('equipment', 'purchaseDate'), '2019年3月5日')).toEqual({
      ok: true,
      value: '2019-03-05',
    });
  });
});

describe('统一社会信用代码', () => {
  it('names the wrong character and the expected check character', () => {
    const good = '91410100MA3X5K7P2X';
    expect(checkCreditCode(good)).toEqual({ ok: true, code: good });
    const r = checkCreditCode('91410100MA3X5K7P2Y');
    expect(r).toMatchObject({ ok: false, position: 18 });
    expect(!r.ok && r.message).toContain('应为「X」');
    const o = checkCreditCode('91410100MAOX5K7P2X');
    expect(o).toMatchObject({ ok: false, position: 11 });
    expect(!o.ok && o.message).toContain('「O」');
    expect(checkCreditCode('9141010').ok).toBe(false);
    const viaField = parseFieldValue(field('enterprises', 'creditCode'), '91410100MA3X5K7P21');
    expect(refusalOf(viaField)).toContain('第 18 位');
  });

  it('computes check characters that the checker accepts, for any body', () => {
    const rnd = seededRandom(7);
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 200; i++) {
      let body = '91410100';
      while (body.length < 17) body += chars[rnd.int(0, 30)];
      expect(checkCreditCode(body + creditCodeCheckChar(body)).ok).toBe(true);
    }
  });
});

describe('公民身份号码', () => {
  it('accepts a correct number and refuses a wrong check digit or date', () => {
    expect(checkIdCardNumber('11010519491231002X')).toMatchObject({ ok: true, birthDate: '1949-12-31' });
    expect(checkIdCardNumber('110105194912310021').ok).toBe(false);
    expect(checkIdCardNumber('110105194913310028').ok).toBe(false);
  });
});

describe('字数 (Word-compatible)', () => {
  it('counts CJK characters and punctuation one each, and a Latin word or number as one', () => {
    expect(countWordChars('校企合作，共建实训中心。')).toBe(12);
    expect(countWordChars('2024年建成 PLC 实训室')).toBe(8);
    expect(countWordChars('')).toBe(0);
  });
});

describe('money in 分', () => {
  it('parses 元 exactly and formats 万元 half up', () => {
    expect(parseYuanToFen('1,234.56')).toBe(123456);
    expect(parseYuanToFen('0.1')).toBe(10);
    expect(parseYuanToFen(186000.005)).toBe(18600001);
    expect(formatFenAsWanYuan(123456789, 2)).toBe('123.46');
  });

  it('sums a 20,000-row ledger exactly where floats drift', () => {
    const rnd = seededRandom(2024);
    const yuanTexts = Array.from(
      { length: 20000 },
      () => `${rnd.int(300, 500000)}.${String(rnd.int(0, 99)).padStart(2, '0')}`,
    );
    const fen = yuanTexts.map((t) => parseYuanToFen(t)!);
    const exact = yuanTexts.reduce((s, t) => s + BigInt(t.replace('.', '')), 0n);
    expect(BigInt(sumFen(fen))).toBe(exact);
    expect(formatFenAsWanYuan(sumFen(fen), 2)).toBe(formatFenAsWanYuan(Number(exact), 2));
  });
});
