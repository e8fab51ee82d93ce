import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkRequiredParams } from '../../../electron/core/packs/checkGivenParams';
import { AppError } from '../../../shared/api/apiError';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot';
import type { Pack } from '../../../shared/packs/packSchema';
import { resolveParameters } from '../../../shared/packs/resolveParameters';

const pack346 = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../assets/packs/henan-2024-346.json'), 'utf8'),
) as Pack;
const EMPTY: BaseDataSnapshot = { school: { name: '新学校' }, years: [], data: {} };
const problemOf = (r: ReturnType<typeof resolveParameters>, key: string) =>
  r.problems.find((p) => p.key === key)?.message;

describe('resolveParameters refuses values a clerk mistyped', () => {
  it('a 统计年度 that is not a year (1800, 20233, abc) is a problem; 2023 is not', () => {
    for (const v of ['1800', '20233', 'abc', '2023.5']) {
      expect(problemOf(resolveParameters(pack346, EMPTY, { baseYear: v }, '2024-06-01'), 'baseYear')).toBe(
        `参数「统计年度」应为年份（2000—2100，如 2023），「${v}」不是`,
      );
    }
    const ok = resolveParameters(pack346, EMPTY, { baseYear: '2023' }, '2024-06-01');
    expect(problemOf(ok, 'baseYear')).toBeUndefined();
    expect(ok.params.baseYear).toBe(2023);
  });

  it('a choice read from base data the school has not entered says which data to enter', () => {
    const r = resolveParameters(pack346, EMPTY, { groupName: '智能制造专业群' }, '2024-06-01');
    expect(problemOf(r, 'groupName')).toBe(
      '参数「服务专业群」的值「智能制造专业群」不在可选项中：本校基础数据中还没有可选的「服务专业群」，请先在「专业群」中录入',
    );
  });
});

describe('checkRequiredParams: a new application needs every required parameter', () => {
  const required = { ...pack346, parameters: pack346.parameters.map((p) => ({ ...p, required: true })) } as Pack;

  it('refuses, naming the first missing parameter and where to enter its data', () => {
    const rp = resolveParameters(required, EMPTY, {}, '2024-06-01');
    let err: unknown;
    try {
      checkRequiredParams(required, rp);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('MISSING_PARAM');
    expect((err as AppError).message).toBe('本校基础数据中还没有可选的「申报专业」，请先在「专业」中录入；未新建申报');
    expect((err as AppError).where?.field).toBe('申报专业');
  });

  it('passes when every required parameter has a value', () => {
    const full = resolveParameters(required, EMPTY, {}, '2024-06-01');
    for (const p of required.parameters) full.params[p.key] = 'x';
    expect(() => checkRequiredParams(required, full)).not.toThrow();
  });
});
