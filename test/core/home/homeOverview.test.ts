// First run and the home page: a new school gives its 办学层次 and 统一社会信用代码; the notices
// offered follow each pack's own 适用范围 (openTo), and the first steps follow the data.
import fs from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import type { AppContext } from '../../../electron/core/appContext';
import { listLibraryPacks } from '../../../electron/core/packs/packLibrary';
import { schoolDataset } from '../../../shared/datasets/schoolDataset';
import { packAudience } from '../../../shared/packs/packAudience';
import type { PackInput } from '../../../shared/packs/packSchema';
import { validatePack } from '../../../shared/packs/validatePack';
import { EDUCATION_LEVELS } from '../../../shared/school/educationLevels';
import { call, tempContext } from '../support/tempContext';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function fresh(): AppContext {
  const t = tempContext();
  cleanup = () => t.cleanup();
  return t.ctx;
}

describe('first run', () => {
  it('stores the 办学层次 and the checked 信用代码 of a new school', async () => {
    const ctx = fresh();
    await call(ctx, 'store/createEmpty', {
      schoolName: '郑州某某中等职业学校',
      educationLevel: '中职',
      creditCode: ' 12410000mb1a2c3d4x ',
    });
    const row = ctx.store!.db.prepare('SELECT name, education_level, credit_code FROM school').get();
    expect(row).toEqual({ name: '郑州某某中等职业学校', education_level: '中职', credit_code: '12410000MB1A2C3D4X' });
  });

  it('refuses a wrong check digit, naming it, and makes no database', async () => {
    const ctx = fresh();
    await expect(
      call(ctx, 'store/createEmpty', { schoolName: '某校', educationLevel: '中职', creditCode: '12410000MB1A2C3D4Y' }),
    ).rejects.toThrow('第 18 位（校验码）「Y」有误');
    expect(fs.existsSync(ctx.dbPath)).toBe(false);
  });

  it('refuses a level the app does not know', async () => {
    const ctx = fresh();
    await expect(
      call(ctx, 'store/createEmpty', { schoolName: '某校', educationLevel: '高中' as never }),
    ).rejects.toThrow();
  });
});

describe('home overview', () => {
  it('offers a 中职 school no notice that is for 高职 only (346号), and says so', async () => {
    const ctx = fresh();
    await call(ctx, 'store/createEmpty', {
      schoolName: '郑州某某中等职业学校',
      educationLevel: '中职',
      creditCode: '12410000MB1A2C3D4X',
    });
    const home = await call(ctx, 'home/overview', {});
    const offered = home.notices.map((n) => n.docNo);
    expect(offered).not.toContain('教职成〔2024〕346号');
    expect(offered).toContain('教办职成〔2023〕258号');
    expect(home.notOpen.map((n) => n.docNo)).toContain('教职成〔2024〕346号');
    expect(home.school.missing).toEqual([]);
    expect(home.counts).toMatchObject({ majors: 0, equipment: 0, applications: 0 });
  });

  it('derives "open to" from the pack data alone: every seed pack with openTo is judged by it', () => {
    for (const { pack } of listLibraryPacks(null)) {
      for (const level of EDUCATION_LEVELS) {
        const expected = !pack.openTo || pack.openTo.includes(level) ? 'open' : 'closed';
        expect(packAudience(pack, level), `${pack.docNo} / ${level}`).toBe(expected);
      }
    }
    const p346 = listLibraryPacks(null).find((p) => p.pack.docNo === '教职成〔2024〕346号')!.pack;
    expect(p346.openTo).toEqual(['高职（专科）', '高职（本科）']);
    // An imported pack without openTo is open to every school; with one, to the levels it names.
    const bare = { ...(p346 as PackInput), id: 'x-test', openTo: undefined };
    const parsed = validatePack(bare);
    expect(parsed.ok && packAudience(parsed.pack, '中职')).toBe('open');
    expect(validatePack({ ...bare, openTo: ['高中'] }).ok).toBe(false);
  });

  it('shows the demo school every step done and its 346 application under the notice', async () => {
    const ctx = fresh();
    await call(ctx, 'store/createDemo', {});
    const home = await call(ctx, 'home/overview', {});
    expect(home.school).toMatchObject({ educationLevel: '高职（专科）', missing: [] });
    expect(home.counts.majors).toBeGreaterThan(0);
    expect(home.counts.equipment).toBeGreaterThan(1000);
    const n346 = home.notices.find((n) => n.docNo === '教职成〔2024〕346号')!;
    expect(n346.applications.length).toBeGreaterThan(0);
    expect(home.notOpen.map((n) => n.docNo)).toEqual(['教高〔2022〕52号']);
  });

  it('lists the school facts still missing when they were left for later', async () => {
    const ctx = fresh();
    await call(ctx, 'store/createEmpty', { schoolName: '某校' });
    const home = await call(ctx, 'home/overview', {});
    expect(home.school.missing).toEqual(['办学层次', '统一社会信用代码']);
    // Without a level nothing is hidden: the school sees every notice until it says what it is.
    expect(home.notOpen).toEqual([]);
  });

  it('uses the same 办学层次 names as 学校基本信息', () => {
    const field = schoolDataset.fields.find((f) => f.key === 'educationLevel')!;
    expect([...(field.choices ?? [])].sort()).toEqual([...EDUCATION_LEVELS].sort());
  });
});
