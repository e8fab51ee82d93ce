import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { formatFenAsWanYuan, sumFen } from '../../../shared/format/money';
import { call, tempContext } from '../support/tempContext';

let t: ReturnType<typeof tempContext>;
beforeAll(async () => {
  t = tempContext();
  await call(t.ctx, 'store/createDemo', {});
});
afterAll(() => t.cleanup());

async function apiError(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await p.then(
    () => null,
    (err: { apiError: { code: string; message: string } }) => err.apiError,
  );
  expect(e).not.toBeNull();
  return e!;
}

describe('dataset/startYear (开始新年度)', () => {
  it('copies the 专业 list and the 指标 catalogue with empty figures, and leaves last year untouched', async () => {
    const before = await call(t.ctx, 'dataset/list', { dataset: 'majors', year: 2025 });
    const indBefore = await call(t.ctx, 'dataset/list', { dataset: 'indicators', year: 2025 });
    const r = await call(t.ctx, 'dataset/startYear', { fromYear: 2025, toYear: 2026 });
    expect(r.copied.majors).toBe(before.rows.length);
    expect(r.copied.indicators).toBe(indBefore.rows.length);
    expect(r.copied.awards).toBe(0);

    const next = await call(t.ctx, 'dataset/list', { dataset: 'majors', year: 2026 });
    expect(next.rows.map((m) => [m.code, m.name, m.groupName, m.status])).toEqual(
      before.rows.map((m) => [m.code, m.name, m.groupName, m.status]),
    );
    for (const m of next.rows) {
      expect(m.enrolled).toBeNull();
      expect(m.employmentRate).toBeNull();
    }
    const ind = await call(t.ctx, 'dataset/list', { dataset: 'indicators', year: 2026 });
    expect(ind.rows.every((i) => i.value === null && i.name !== '')).toBe(true);
    for (const ds of ['awards', 'training', 'funding', 'certificates'] as const) {
      expect((await call(t.ctx, 'dataset/list', { dataset: ds, year: 2026 })).rows).toEqual([]);
    }
    expect(await call(t.ctx, 'dataset/list', { dataset: 'majors', year: 2025 })).toEqual(before);
  });

  it('refuses a year that already has data, and a source year without any', async () => {
    const e = await apiError(call(t.ctx, 'dataset/startYear', { fromYear: 2025, toYear: 2026 }));
    expect(e.code).toBe('YEAR_HAS_DATA');
    expect(e.message).toContain('2026');
    const e2 = await apiError(call(t.ctx, 'dataset/startYear', { fromYear: 2030, toYear: 2031 }));
    expect(e2.code).toBe('YEAR_EMPTY');
    expect((await call(t.ctx, 'dataset/list', { dataset: 'majors', year: 2031 })).rows).toEqual([]);
  });
});

describe('dashboard/figures', () => {
  it('gives each year the school figures, with the equipment value summed exactly from the ledger', async () => {
    const { years } = await call(t.ctx, 'dashboard/figures', {});
    const y2023 = years.find((y) => y.year === 2023)!;
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const majors = (await call(t.ctx, 'dataset/list', { dataset: 'majors', year: 2023 })).rows;
    expect(y2023.enrolled).toBe(majors.reduce((s, m) => s + (m.enrolled as number), 0));
    expect(y2023.enrolled).toBeGreaterThanOrEqual(15000);

    const ledger = (await call(t.ctx, 'dataset/list', { dataset: 'equipment' })).rows;
    // Assets written off by the year's end (报废日期) are no longer counted in it; earlier years keep them.
    const held = (e: Record<string, unknown>, end: string) =>
      (e.purchaseDate as string) <= end && (!e.disposalDate || (e.disposalDate as string) > end);
    const fen = sumFen(ledger.filter((e) => held(e, '2023-12-31')).map((e) => e.amount as number));
    expect(y2023.equipmentValueFen).toBe(fen);
    const writtenOff2023 = ledger.filter((e) => e.disposalDate && (e.disposalDate as string) <= '2023-12-31');
    expect(writtenOff2023.length).toBeGreaterThan(0);
    const y2021 = years.find((y) => y.year === 2021)!;
    expect(y2021.equipmentValueFen).toBe(
      sumFen(ledger.filter((e) => held(e, '2021-12-31')).map((e) => e.amount as number)),
    );
    expect(
      writtenOff2023.every(
        (e) => (e.purchaseDate as string) <= '2021-12-31' && !(e.disposalDate as string).startsWith('2021'),
      ),
    ).toBe(true);
    expect(y2023.equipmentValueWan).toBe(formatFenAsWanYuan(fen, 2));
    expect(years[0].equipmentValueFen).toBeLessThan(years[4].equipmentValueFen);

    const awards = (await call(t.ctx, 'dataset/list', { dataset: 'awards', year: 2023 })).rows.filter((a) => a.grade);
    expect(y2023.awardsByLevel['国家级']).toBe(awards.filter((a) => a.level === '国家级').length);
    expect(y2023.awardsByLevel['省级']).toBe(awards.filter((a) => a.level === '省级').length);
    const training = (await call(t.ctx, 'dataset/list', { dataset: 'training', year: 2023 })).rows;
    expect(y2023.trainingPersonTimes).toBe(training.reduce((s, r) => s + (r.personTimes as number), 0));
    expect(y2023.enterprises).toBeGreaterThanOrEqual(20);
    // A partnership that ended in mid-2024 counts in 2023, not in 2024.
    const partners = (await call(t.ctx, 'dataset/list', { dataset: 'enterprises' })).rows.filter(
      (e) => e.kind === '企业',
    );
    const counted = (end: string) =>
      partners.filter(
        (e) =>
          (!e.cooperationSince || (e.cooperationSince as string) <= end) &&
          (!e.cooperationUntil || (e.cooperationUntil as string) > end),
      ).length;
    expect(partners.some((e) => e.cooperationUntil === '2024-06-30')).toBe(true);
    expect(y2023.enterprises).toBe(counted('2023-12-31'));
    expect(years.find((y) => y.year === 2024)!.enterprises).toBe(counted('2024-12-31'));
    expect(y2023.teachers).toBeGreaterThan(300);
    expect(y2023.doubleQualifiedRatio).toBeGreaterThanOrEqual(50);
    // The year just started has no figures yet, but durable records still count.
    const y2026 = years.find((y) => y.year === 2026)!;
    expect(y2026.enrolled).toBe(0);
    expect(y2026.trainingPersonTimes).toBe(0);
  });
});

describe('planned funding for a coming year (经费 计划, as the 346号 申报书 asks)', () => {
  it('neither makes that year a statistical year nor stops 开始新年度 from starting it', async () => {
    await call(t.ctx, 'dataset/save', {
      dataset: 'funding',
      year: 2027,
      upserts: [{ source: '财政投入', kind: '计划', amount: 5_000_000, purpose: '实训基地建设' }],
    });
    expect((await call(t.ctx, 'dashboard/figures', {})).years.map((y) => y.year)).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    const r = await call(t.ctx, 'dataset/startYear', { fromYear: 2026, toYear: 2027 });
    expect(r.copied.majors).toBeGreaterThan(0);
    const funding = (await call(t.ctx, 'dataset/list', { dataset: 'funding', year: 2027 })).rows;
    expect(funding.map((f) => [f.kind, f.amount])).toEqual([['计划', 500_000_000]]);
    expect((await call(t.ctx, 'dashboard/figures', {})).years.map((y) => y.year).at(-1)).toBe(2027);
  });
});
