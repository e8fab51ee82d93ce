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
      rule('1.1').threshold,
      rule('2.1').threshold,
      rule('2.5').threshold,
      rule('2.6').threshold,
      rule('3.2').threshold,
    ]).toEqual([15000, 3000, 80, 75, 500]);
    expect(rule('3.3').thresholdExpr).toMatch(/100, 60/);
    expect(rule('3.4').threshold).toBe(100);
    const groups = pack.eligibility!.overall!.groups;
    expect(groups[0]).toMatchObject({ all: true, rules: ['1', '2', '3', '4'] });
    expect(groups[1]).toMatchObject({ atLeast: 4, rules: ['5', '6', '7', '8', '9', '10'] });
    // Every numbered condition is made of its sub-clauses, listed right after it, in the notice order.
    const ids = pack.eligibility!.rules.map((r) => r.id);
    const order = (id: string) => id.split('.').map(Number);
    const sorted = [...ids].sort((a, b) => order(a)[0] - order(b)[0] || (order(a)[1] ?? 0) - (order(b)[1] ?? 0));
    expect(ids).toEqual(sorted);
    for (let n = 1; n <= 10; n++) expect(rule(String(n)).allOf).toEqual(ids.filter((id) => id.startsWith(`${n}.`)));
    // 1.2 办学定位 is a sub-clause of 1, so it counts in the verdict.
    expect(rule('1').allOf).toContain('1.2');
    // The sub-clauses the issue names are each checked or asked.
    const text = (id: string) => `${rule(id).label}${rule(id).expr ? ' [算]' : ' [问]'}`;
    expect(text('3.5')).toMatch(/利用率.*\[问\]/);
    expect(text('3.6')).toMatch(/经费.*保障.*\[问\]/);
    expect(text('4.1')).toMatch(/主营产业领域.*对口.*\[问\]/);
    expect(text('4.3')).toMatch(/稳定合作.*\[问\]/);
    expect(text('5.7')).toMatch(/团队建设规划.*\[问\]/);
    expect(text('6.2')).toMatch(/现场工程师.*\[算\]/);
    expect(text('6.6')).toMatch(/模块化.*\[问\]/);
    expect(text('6.7')).toMatch(/教材或实训指导书.*\[算\]/);
  });

  it('every seed notice says what to hand in, as the notice words it', () => {
    const s346 = loadPack('henan-2024-346').submission!;
    expect(s346.quota).toEqual({ max: 1, text: '每所高等职业学校限报1个' });
    expect(s346.items.map((i) => [i.forms ?? [], i.copies, i.seal])).toEqual([
      [['application', 'scheme'], 2, true],
      [['summary'], 1, true],
      [[], 1, true],
    ]);
    expect(s346.items[2]).toMatchObject({ evidence: true, maxPages: 50 });
    expect(s346.email).toBe('zhijiaochu2021@126.com');
    expect(squash(notice('henan-2024-346-shixun-zhongxin.txt'))).toContain(squash(s346.address!));
    const s258 = loadPack('henan-2023-258').submission!;
    expect(s258.deadlineText).toContain('8月10日前');
    expect(s258.items.some((i) => i.evidence)).toBe(true);
    expect(squash(notice('henan-2023-258-shiyu-chanjiao-lianheti.txt'))).toContain(squash(s258.quota!.text));
    for (const id of ['henan-2023-189', 'henan-2022-52', 'zhengzhou-2023-38'])
      expect(loadPack(id).submission?.notes?.length).toBeGreaterThan(0);
  });

  it('258 has places to attach its 支撑材料, and the upload bundle holds only what the notice asks for', () => {
    const pack = loadPack('henan-2023-258');
    const places = pack.fields.filter((f) => /^佐证材料页码/.test(f.label));
    expect(places.length).toBeGreaterThanOrEqual(5);
    expect(pack.bundle!.files.map((f) => f.form ?? f.kind)).toEqual(['recommendation', 'summary', 'evidence', 'data']);
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

  it('the demo school meets every computed 346 condition; the verdict waits for the school’s answers, then is 符合', () => {
    const pack = loadPack('henan-2024-346');
    const open = checkEligibility(pack, snapshot, {}, { today: '2024-11-01' });
    const failed = open.rules
      .filter((r) => r.status === 'unmet' || r.error)
      .map((r) => `${r.id} ${String(r.figure)} ${r.error ?? ''}`);
    expect(failed).toEqual([]);
    // 1.2 and the other sub-clauses the data cannot decide are asked, not passed silently.
    const asked = open.rules.filter((r) => r.kind === 'confirm').map((r) => r.id);
    expect(asked).toEqual(['1.2', '3.5', '3.6', '4.1', '4.3', '5.7', '6.3', '6.5', '6.6', '10.4']);
    expect(open.verdict).toBeNull();
    expect(open.verdictText).toMatch(/^尚待确认/);
    const yes = Object.fromEntries(asked.map((id) => [id, { answer: true }]));
    const report = checkEligibility(pack, snapshot, {}, { today: '2024-11-01', confirmations: yes });
    expect(report.verdict).toBe(true);
    expect(report.selfCheck).toBe(false);
    expect(report.verdictText).toBe('符合申报条件');
    // 1.2 is part of condition 1 and counts in the verdict: answering 否 makes the school ineligible.
    const no = checkEligibility(
      pack,
      snapshot,
      {},
      { today: '2024-11-01', confirmations: { ...yes, '1.2': { answer: false } } },
    );
    expect(no.rules.find((r) => r.id === '1')?.status).toBe('unmet');
    expect(no.verdictText).toBe('不符合申报条件');
  });

  it('the demo school has a figure for every 38号 target the base data can measure; T3 does not apply to a 高职 school', () => {
    const report = checkEligibility(loadPack('zhengzhou-2023-38'), snapshot, {}, { today: '2025-12-31' });
    const measurable = loadPack('zhengzhou-2023-38')
      .eligibility!.rules.filter((r) => r.expr && r.id !== 'T3')
      .map((r) => r.id);
    const missing = report.rules
      .filter((r) => measurable.includes(r.id) && (r.figure === null || r.error))
      .map((r) => `${r.id} ${r.error ?? ''}`);
    expect(missing).toEqual([]);
    const rule = (id: string) => report.rules.find((r) => r.id === id)!;
    expect(rule('T2').figure as number).toBeGreaterThan(50); // 实践性教学课时占比, a percentage
    expect(rule('T7').figure as number).toBeGreaterThanOrEqual(12000); // 生均拨款 in 元
    expect(Number.isInteger(rule('T7').figure)).toBe(true);
    // The demo school is 高职（专科）: the 中职 升学 target is 不适用, never 达标.
    expect(snapshot.school.educationLevel).toBe('高职（专科）');
    expect(rule('T3').status).toBe('na');
    expect(rule('T3').passed).toBeNull();
    // A self-check says how many targets are met, not whether the school may apply.
    expect(report.selfCheck).toBe(true);
    const { met, unmet, unknown, na } = report.counts;
    expect(met + unmet + unknown + na).toBe(report.rules.length);
    expect(report.verdictText).toBe(`达标 ${met} 项，未达标 ${unmet} 项，待确认 ${unknown} 项，不适用 ${na} 项`);
  });

  it('258 computes its five conditions and the measurable 观测点 of 附件1 from the member units and 指标', () => {
    const pack = loadPack('henan-2023-258');
    const report = checkEligibility(pack, snapshot, {}, { today: '2023-07-20' });
    const conditions = report.rules.filter((r) => r.section === '申报条件' && !r.parent);
    expect(conditions.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5']);
    const members = (snapshot.data.enterprises ?? []).filter((e) => e.consortiumMember === true && !e.cooperationUntil);
    const rule = (id: string) => report.rules.find((r) => r.id === id)!;
    expect(rule('1.5').figure).toBe(members.filter((e) => e.kind === '普通本科学校').length);
    expect(rule('1.3').figure).toBe(members.filter((e) => e.kind === '中职学校').length);
    expect(rule('2.2').status).toBe('met');
    const points = report.rules.filter((r) => r.section?.startsWith('附件1'));
    expect(points.length).toBeGreaterThanOrEqual(8);
    expect(points.every((r) => r.kind === 'computed' && r.figure !== null && !r.error)).toBe(true);
    // The 观测点 are for self-evaluation: the verdict is the five conditions only.
    expect(report.groups.map((g) => g.rules)).toEqual([['1', '2', '3', '4', '5']]);
    expect(report.noConditions).toBe(false);
  });

  it('the programme notices have no conditions and give no verdict', () => {
    for (const id of ['henan-2023-189', 'henan-2022-52']) {
      const report = checkEligibility(loadPack(id), snapshot, {}, { today: '2024-01-01' });
      expect(report.noConditions).toBe(true);
      expect(report.verdict).toBeNull();
      expect(report.verdictText).not.toMatch(/符合申报条件/);
    }
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
    const names = app.fields.membersEnterpriseNames.value as string;
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
