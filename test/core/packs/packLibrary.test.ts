import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { PACK_FILE_MAX_BYTES } from '../../../shared/api/packCalls';
import { chosenFile, expectChosenFileRefusals } from '../support/chosenFile';
import { call, tempContext } from '../support/tempContext';

const fixtureText = fs.readFileSync('test/fixtures/packs/minimal-pack.json', 'utf8');

/** The parts of the fixture pack the tests below change (to make it invalid, or a new pack). */
interface EditablePack {
  id: string;
  title: string;
  fields: { bind?: string }[];
  forms: { blocks: { rows: { cells: { colSpan?: number }[] }[] }[] }[];
}
const editablePack = () => JSON.parse(fixtureText) as EditablePack;

const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-seedpacks-'));
let env: ReturnType<typeof tempContext>;
/** A pack file as the user would choose it: its token. */
const packFile = (name: string, text: string) => chosenFile(env.ctx, name, text);

beforeAll(async () => {
  fs.writeFileSync(path.join(seedDir, 'test-minimal.json'), fixtureText);
  process.env.SHENBAOTONG_SEED_PACKS_DIR = seedDir;
  env = tempContext();
  await call(env.ctx, 'store/createEmpty', { schoolName: '测试学院' });
  await call(env.ctx, 'dataset/save', {
    dataset: 'enterprises',
    upserts: [
      { name: '甲公司', honors: '国家专精特新“小巨人”企业' },
      { name: '乙公司', honors: '' },
    ],
  });
  // 30 万元 + 0.01 元: the total must come out exact.
  await call(env.ctx, 'dataset/save', {
    dataset: 'equipment',
    upserts: [
      { assetNo: 'A1', name: '车床', amount: '300000', quantity: 1, purchaseDate: '2020-01-01' },
      { assetNo: 'A2', name: '量具', amount: '0.01', quantity: 1, purchaseDate: '2020-01-01' },
    ],
  });
});
afterAll(() => {
  env.cleanup();
  delete process.env.SHENBAOTONG_SEED_PACKS_DIR;
  fs.rmSync(seedDir, { recursive: true, force: true });
});

describe('pack library', () => {
  it('lists seed packs with days left from ctx.now()', async () => {
    const list = await call(env.ctx, 'pack/list', {});
    const p = list.find((x) => x.id === 'test-minimal')!;
    expect(p.docNo).toBe('测试〔2024〕1号');
    expect(p.daysLeft).toBe(14); // now 2024-11-01, deadline 2024-11-15
    expect(p.origin).toBe('seed');
  });

  it('refuses a pack with errors with every place, leaving the library unchanged', async () => {
    const before = await call(env.ctx, 'pack/list', {});
    const bad = editablePack();
    bad.id = 'test-bad';
    bad.fields[1].bind = "sum(data.equipment, 'amout')";
    bad.forms[0].blocks[3].rows[1].cells[1].colSpan = 3;
    const r = await dispatchCall(env.ctx, 'pack/import', {
      file: packFile('bad.json', JSON.stringify(bad)),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('PACK_INVALID');
      expect(r.error.details?.length).toBe(2);
      expect(r.error.details?.[0].where?.path).toBe('fields[1].bind');
      expect(r.error.details?.[1].message).toContain('表单「main」 第 4 块（表格） 第 2 行');
    }
    expect(await call(env.ctx, 'pack/list', {})).toEqual(before);
    const notJson = await dispatchCall(env.ctx, 'pack/import', { file: packFile('x.json', '{"id": ') });
    expect(!notJson.ok && notJson.error.code).toBe('PACK_NOT_JSON');
    const empty = await dispatchCall(env.ctx, 'pack/import', { file: packFile('空.json', '') });
    expect(empty).toMatchObject({ ok: false, error: { code: 'EMPTY_FILE', message: '文件「空.json」是空的' } });
    for (const name of ['pack/validate', 'pack/import'] as const)
      await expectChosenFileRefusals(env.ctx, name, (file) => ({ file }), {
        maxBytes: PACK_FILE_MAX_BYTES,
        fileName: '通知包.json',
      });
    const checked = await call(env.ctx, 'pack/validate', { file: packFile('bad.json', JSON.stringify(bad)) });
    expect(checked.ok).toBe(false);
    expect(checked.problems.map((x) => x.path)).toEqual(['fields[1].bind', expect.stringContaining('forms[0]')]);
    expect(await call(env.ctx, 'pack/list', {})).toEqual(before);
  });

  it('saves the designer’s pack to the library as the object it is (no file crosses), with the same checks', async () => {
    const designed = editablePack();
    designed.id = 'test-designed';
    designed.title = '设计器里做的通知';
    expect(await call(env.ctx, 'pack/save', { pack: designed })).toMatchObject({
      id: 'test-designed',
      title: '设计器里做的通知',
    });
    expect((await call(env.ctx, 'pack/get', { packId: 'test-designed' })).fileName).toBe('test-designed.json');
    const before = await call(env.ctx, 'pack/list', {});
    const broken = { ...designed, fields: 'x' };
    const r = await dispatchCall(env.ctx, 'pack/save', { pack: broken });
    expect(r).toMatchObject({ ok: false, error: { code: 'PACK_INVALID' } });
    expect(await call(env.ctx, 'pack/list', {})).toEqual(before);
    await call(env.ctx, 'pack/remove', { packId: 'test-designed' });
  });

  it('imports a valid pack, refuses to replace a seed pack, and removes only imported ones', async () => {
    const good = editablePack();
    good.id = 'test-imported';
    expect((await call(env.ctx, 'pack/import', { file: packFile('good.json', JSON.stringify(good)) })).id).toBe(
      'test-imported',
    );
    expect((await call(env.ctx, 'pack/list', {})).find((p) => p.id === 'test-imported')?.origin).toBe('imported');
    const seedClash = await dispatchCall(env.ctx, 'pack/import', {
      file: packFile('seed.json', fixtureText),
    });
    expect(!seedClash.ok && seedClash.error.code).toBe('PACK_IS_SEED');
    const rmSeed = await dispatchCall(env.ctx, 'pack/remove', { packId: 'test-minimal' });
    expect(!rmSeed.ok && rmSeed.error.code).toBe('PACK_IS_SEED');
    await call(env.ctx, 'pack/remove', { packId: 'test-imported' });
    expect((await call(env.ctx, 'pack/list', {})).some((p) => p.id === 'test-imported')).toBe(false);
  });

  it('checks eligibility: figures, thresholds, pass/fail and the overall verdict', async () => {
    const r = await call(env.ctx, 'eligibility/check', { packId: 'test-minimal', params: {} });
    expect(r.rules.map((x) => [x.id, x.figure, x.passed])).toEqual([
      ['1', 2, true],
      ['2', 30, false],
      ['3', null, null],
    ]);
    expect(r.rules[1].hint).toBe('补录设备台账');
    expect(r.groups.map((g) => g.passed)).toEqual([true, null]);
    expect(r.verdict).toBeNull();
  });
});

describe('applications', () => {
  it('resolves bound defaults, keeps overrides, resets them and reports problems', async () => {
    const { id } = await call(env.ctx, 'application/create', {
      packId: 'test-minimal',
      params: { enterprise1: '乙公司' },
    });
    const got = await call(env.ctx, 'application/get', { applicationId: id });
    const f = got.resolved.fields;
    expect(f.schoolName.value).toBe('测试学院');
    expect(f.equipmentTotal.value).toBe(30);
    expect(f.equipmentTotal.boundSource).toBe('仪器设备台账·金额合计');
    expect(f.enterpriseName.value).toBe('乙公司');
    expect(f.partners.value).toEqual([
      { name: '甲公司', honors: '国家专精特新“小巨人”企业' },
      { name: '乙公司', honors: '' },
    ]);
    expect(f.funding.value).toEqual({ 2022: 22, 2023: 23 });
    expect(f.summary.problems[0].code).toBe('required');
    expect(got.resolved.exportBlocked).toBe(true);

    const set = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'equipmentTotal',
      value: '31.5',
    });
    expect(set.field).toMatchObject({ value: 31.5, bound: 30, overridden: true, origin: 'user' });
    const reset = await call(env.ctx, 'application/resetValue', { applicationId: id, fieldKey: 'equipmentTotal' });
    expect(reset.field).toMatchObject({ value: 30, overridden: false, origin: 'data' });

    // Too long: stored and reported, export blocked until fixed or accepted.
    const long = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'summary',
      value: '一二三四五六七八九十 abc',
    });
    expect(long.field.value).toBe('一二三四五六七八九十 abc');
    expect(long.field.wordCount).toBe(11);
    expect(long.field.problems).toEqual([expect.objectContaining({ code: 'wordLimit', accepted: false })]);
    const bad = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'enterpriseCount',
      value: 500,
    });
    expect(bad.field.problems[0].code).toBe('max');
    await call(env.ctx, 'application/acceptProblem', { applicationId: id, fieldKey: 'summary', code: 'wordLimit' });
    const accepted = await call(env.ctx, 'application/acceptProblem', {
      applicationId: id,
      fieldKey: 'enterpriseCount',
      code: 'max',
    });
    expect(accepted.field.problems[0].accepted).toBe(true);
    expect(accepted.exportBlocked).toBe(false);

    const unknown = await dispatchCall(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'nope',
      value: 1,
    });
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_FIELD');

    await call(env.ctx, 'application/setStatus', { applicationId: id, status: 'exported' });
    expect((await call(env.ctx, 'pack/list', {})).find((p) => p.id === 'test-minimal')?.applications).toEqual({
      draft: 0,
      exported: 1,
      submitted: 0,
    });
    await call(env.ctx, 'application/delete', { applicationId: id });
    expect(await call(env.ctx, 'application/list', {})).toEqual([]);
  });

  it('refuses a parameter value that is not among the options', async () => {
    const r = await dispatchCall(env.ctx, 'application/create', {
      packId: 'test-minimal',
      params: { enterprise1: '丙公司' },
    });
    expect(!r.ok && r.error.code).toBe('BAD_PARAM');
  });
});
