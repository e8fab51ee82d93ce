import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot';
import { buildPack38 } from '../../../scripts/seedPacks/pack38';
import { buildPack258 } from '../../../scripts/seedPacks/pack258';
import { buildPack346 } from '../../../scripts/seedPacks/pack346';
import { buildPack52, buildPack189 } from '../../../scripts/seedPacks/packProgrammes';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot';
import { checkEligibility } from '../../../shared/packs/checkEligibility';
import type { Pack, PackCell, PackField } from '../../../shared/packs/packSchema';
import { resolveApplication } from '../../../shared/packs/resolveApplication';
import { validatePack } from '../../../shared/packs/validatePack';
import { demoStore } from '../support/demoStore';

const root = path.resolve(__dirname, '../../..');
const SEEDS: [string, () => unknown][] = [
  ['henan-2024-346', buildPack346],
  ['henan-2023-258', buildPack258],
  ['henan-2023-189', buildPack189],
  ['henan-2022-52', buildPack52],
  ['zhengzhou-2023-38', buildPack38],
];
const readPack = (id: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(root, 'assets/packs', `${id}.json`), 'utf8'));
const loadPack = (id: string): Pack => {
  const r = validatePack(readPack(id));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return r.pack;
};
const notice = (file: string) => fs.readFileSync(path.join(root, 'docs/notices', file), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('seed packs', () => {
  it.each(SEEDS)('%s validates, and the JSON is what scripts/seedPacks generates', (id, build) => {
    const r = validatePack(readPack(id));
    expect(r.ok ? [] : r.problems.map((p) => `${p.place}: ${p.message}`)).toEqual([]);
    expect(readPack(id)).toEqual(JSON.parse(JSON.stringify(build())));
  });

  it('346 sets no word limit the notice does not state', () => {
    // The notice (and its attachments) name no 字数 anywhere, so no narrative of the pack may carry one.
    expect(notice('henan-2024-346-shixun-zhongxin.txt')).not.toMatch(/\d+\s*字/);
    const limited = loadPack('henan-2024-346')
      .fields.filter((f) => f.wordLimit !== undefined)
      .map((f) => f.key);
    expect(limited).toEqual([]);
    expect(loadPack('henan-2023-258').fields.find((f) => f.key === 'featuresInnovation')?.wordLimit).toBe(2000); // stated: 2000 字以内
  });

  it('346 一、基本情况 has every label of the notice table, in the notice order', () => {
    const text = notice('henan-2024-346-shixun-zhongxin.txt');
    const start = text.indexOf('一、基本情况');
    const end = text.indexOf('二、申报条件', start);
    expect(start).toBeGreaterThan(0);
    // Cells are separated by tabs and line breaks; a label spanning rows stands once, in pieces.
    const tokens = text
      .slice(start + '一、基本情况'.length, end)
      .split(/[\t\n]+/)
      .map(squash)
      .filter(Boolean);
    expect(tokens.length).toBeGreaterThan(60);

    const pack = loadPack('henan-2024-346');
    const form = pack.forms.find((f) => f.id === 'application')!;
    const at = form.blocks.findIndex((b) => b.type === 'heading' && b.text === '一、基本情况');
    const table = form.blocks[at + 1];
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    const fields = new Map<string, PackField>(pack.fields.map((f) => [f.key, f]));
    // What each cell shows on an empty form: fixed text ({{field}} stands for the notice's XX), a field's hint, check box options.
    const shown = (c: PackCell): string => {
      if (c.text !== undefined) return c.text.replace(/\{\{\w+\}\}/g, 'XX');
      if (c.field) return fields.get(c.field)?.placeholder ?? '';
      if (c.checkboxes) return (c.checkboxes.options ?? fields.get(c.checkboxes.field)?.options ?? []).join('');
      return '';
    };
    const packText = squash(table.rows.flatMap((r) => [...(r.lead ?? []), ...r.cells].map(shown)).join('|'));
    let cursor = 0;
    const missing: string[] = [];
    for (const t of tokens) {
      const i = packText.indexOf(t, cursor);
      if (i < 0) missing.push(`${t}（在位置 ${cursor} 之后）`);
      else cursor = i + t.length;
    }
    expect(missing).toEqual([]);
  });

  it('346 has conditions 1–10 with the notice thresholds and the rule «1–4 all, at least 4 of 5–10»', () => {
    const pack = loadPack('henan-2024-346');
    const rule = (id: string) => pack.eligibility!.rules.find((r) => r.id === id)!;
    expect([
      rule('1').threshold,
      rule('2.1').threshold,
      rule('2.5').threshold,
      rule('2.6').threshold,
      rule('3.1').threshold,
    ]).toEqual([15000, 3000, 80, 75, 500]);
    expect(rule('3.2').thresholdExpr).toMatch(/100, 60/);
    expect(rule('3.3').threshold).toBe(100);
    const groups = pack.eligibility!.overall!.groups;
    expect(groups[0]).toMatchObject({ all: true });
    expect(groups[0].rules.every((id) => /^[1-4](\.|$)/.test(id))).toBe(true);
    expect(groups[1]).toMatchObject({ atLeast: 4, rules: ['5', '6', '7', '8', '9', '10'] });
  });

  it('38 lists all 29 tasks of the 工作任务清单', () => {
    const pack = loadPack('zhengzhou-2023-38');
    const table = pack.forms[0].blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(30);
    const nums = table?.type === 'table' ? table.rows.slice(1).map((r) => r.cells[0].text) : [];
    expect(nums).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
  });

  it('programme notices carry their project types and quotas', () => {
    expect(loadPack('henan-2023-189').projectTypes?.map((p) => p.quota)).toContain('建设 200个');
    expect(loadPack('henan-2022-52').projectTypes?.map((p) => p.quota)).toEqual(
      expect.arrayContaining([
        '每年遴选认定 3-5所',
        '每年遴选认定 50 个',
        '每年遴选 50 个左右',
        '每年遴选认定 100项',
        '建立 50 个左右',
        '组建 10个左右',
      ]),
    );
  });
});

describe('seed packs on the demo school', () => {
  let demo: Awaited<ReturnType<typeof demoStore>>;
  let snapshot: BaseDataSnapshot;
  beforeAll(async () => {
    demo = await demoStore();
    snapshot = loadBaseDataSnapshot(demo.store.db);
  }, 120_000);
  afterAll(() => demo?.cleanup());

  it('the demo school passes the 346 eligibility with the default parameters', () => {
    const report = checkEligibility(loadPack('henan-2024-346'), snapshot, {}, '2024-11-01');
    const failed = report.rules
      .filter((r) => r.passed === false || r.error)
      .map((r) => `${r.id} ${r.figure} ${r.error ?? ''}`);
    expect(failed).toEqual([]);
    expect(report.verdict).toBe(true);
    expect(report.selfCheck).toBe(false);
    expect(report.verdictText).toBe('符合申报条件');
  });

  it('the demo school has a figure for every 38号 target the base data can measure', () => {
    const report = checkEligibility(loadPack('zhengzhou-2023-38'), snapshot, {}, '2025-12-31');
    const measurable = loadPack('zhengzhou-2023-38')
      .eligibility!.rules.filter((r) => r.expr)
      .map((r) => r.id);
    const missing = report.rules
      .filter((r) => measurable.includes(r.id) && (r.figure === null || r.error))
      .map((r) => `${r.id} ${r.error ?? ''}`);
    expect(missing).toEqual([]);
    const figure = (id: string) => report.rules.find((r) => r.id === id)!.figure as number;
    expect(figure('T2')).toBeGreaterThan(50); // 实践性教学课时占比, a percentage
    expect(figure('T7')).toBeGreaterThanOrEqual(12000); // 生均拨款 in 元
    expect(Number.isInteger(figure('T7'))).toBe(true);
    // A self-check says how many targets are met, not whether the school may apply.
    expect(report.selfCheck).toBe(true);
    const { met, unmet, unknown } = report.counts;
    expect(met + unmet + unknown).toBe(report.rules.length);
    expect(report.verdictText).toBe(`达标 ${met} 项，未达标 ${unmet} 项，待确认 ${unknown} 项`);
  });

  it('346 binds the equipment total in 万元 to 2 decimals and the awards of the last five years', () => {
    const pack = loadPack('henan-2024-346');
    const app = resolveApplication({ pack, snapshot, params: {}, overrides: {}, today: '2024-11-01' });
    const params = app.params as Record<string, string | number>;
    const roomIds = new Set((snapshot.data.rooms ?? []).filter((r) => r.centre === params.centre).map((r) => r.id));
    const fen = (snapshot.data.equipment ?? [])
      .filter((e) => roomIds.has(e.roomId as number))
      .reduce((s, e) => s + (e.amount as number), 0);
    expect(app.fields.centreEquipmentValue.value).toBe(Math.round(fen / 10_000) / 100); // 分 → 万元, two decimals
    const awards = app.fields.awardList.value as { year: number; grade: string }[];
    expect(awards.length).toBeGreaterThanOrEqual(3);
    expect(awards.every((a) => a.year > 2018 && a.year <= 2023 && /^(国家级|省级)/.test(a.grade))).toBe(true);
    expect(app.fields.schoolName.value).toBe(snapshot.school.name);
    expect(app.fields.schoolLegalFax.value).toBe('0371-68881002'); // 法定代表人传真 from 学校基本信息
    expect(app.fields.e1Name.value).not.toBe(app.fields.e2Name.value);
  });

  it('258 lists as 联合体 members only the units marked so, and takes the 园区 and 秘书处 figures from the 指标', () => {
    const pack = loadPack('henan-2023-258');
    const app = resolveApplication({ pack, snapshot, params: {}, overrides: {}, today: '2023-06-01' });
    const enterprises = snapshot.data.enterprises ?? [];
    const memberCompanies = enterprises.filter((e) => e.kind === '企业' && e.consortiumMember === true);
    const partnersOnly = enterprises.filter((e) => e.kind === '企业' && e.consortiumMember !== true);
    expect(partnersOnly.length).toBeGreaterThan(0);
    expect(app.fields.membersEnterpriseCount.value).toBe(String(memberCompanies.length));
    const names = String(app.fields.membersEnterpriseNames.value);
    expect(memberCompanies.every((e) => names.includes(String(e.name)))).toBe(true);
    expect(partnersOnly.some((e) => names.includes(String(e.name)))).toBe(false);
    expect(app.fields.companyStaff.value).toBe(memberCompanies.reduce((s, e) => s + (e.staffCount as number), 0));
    const indicator = (code: string, year?: number) => {
      const rows = (snapshot.data.indicators ?? []).filter((r) => r.code === code);
      const y = year ?? Math.max(...rows.map((r) => r.year as number));
      return rows.find((r) => r.year === y)?.value;
    };
    expect(app.fields.parkOutput2022.value).toBe(indicator('parkGrossOutput', 2022));
    expect(app.fields.secretariatArea.value).toBe(indicator('secretariatOfficeArea'));
    expect(app.fields.secretariatStaff.value).toBe(
      (indicator('secretariatFullTimeStaff') as number) + (indicator('secretariatPartTimeStaff') as number),
    );
  });
});
