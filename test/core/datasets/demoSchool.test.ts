import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkMajors } from '../../../electron/core/catalogue/checkMajors';
import { validateRows } from '../../../electron/core/datasets/datasetRepo';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot';
import { DATASETS } from '../../../shared/datasets/datasetRegistry';
import { checkCreditCode } from '../../../shared/validation/creditCode';
import { checkIdCardNumber } from '../../../shared/validation/idCardNumber';
import { demoStore } from '../support/demoStore';

type Demo = Awaited<ReturnType<typeof demoStore>>;
let a: Demo;
let b: Demo;
beforeAll(async () => {
  a = await demoStore();
  b = await demoStore();
});
afterAll(() => {
  a?.cleanup();
  b?.cleanup();
});

function dump(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const d of DATASETS) {
    out[d.name] = (db.prepare(`SELECT * FROM ${d.table} ORDER BY id`).all() as Record<string, unknown>[]).map(
      ({ created_at: _c, updated_at: _u, ...r }) => r,
    );
  }
  return out;
}

describe('demo school', () => {
  it('is identical on two runs', () => {
    // (How fast it seeds is a figure for a benchmark, not a unit test on a shared, loaded machine.)
    expect(dump(a.store.db)).toEqual(dump(b.store.db));
  });

  it('has five statistical years, a 20,000-row ledger, hundreds of teachers and dozens of enterprises', () => {
    const snap = loadBaseDataSnapshot(a.store.db);
    expect(snap.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(snap.data.equipment).toHaveLength(20000);
    expect(snap.data.teachers!.length).toBeGreaterThanOrEqual(300);
    expect(snap.data.enterprises!.length).toBeGreaterThanOrEqual(24);
    expect(
      new Set(
        snap.data
          .majors!.filter((m) => m.year === 2025)
          .map((m) => m.groupName)
          .filter(Boolean),
      ).size,
    ).toBe(3);
    expect(snap.data.majors!.filter((m) => m.year === 2025).length).toBeGreaterThanOrEqual(20);
  });

  it('gives every enterprise a valid, unique 统一社会信用代码 and every teacher a valid 身份证号', () => {
    const codes = (a.store.db.prepare('SELECT credit_code AS c FROM enterprise').all() as { c: string }[]).map(
      (r) => r.c,
    );
    for (const c of codes) expect(checkCreditCode(c), c).toMatchObject({ ok: true });
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of a.store.db.prepare('SELECT id_card AS c FROM teacher').all() as { c: string }[])
      expect(checkIdCardNumber(r.c).ok, r.c).toBe(true);
  });

  it('passes its own validation (every row re-read is valid) and names every 专业 as the catalogue does', () => {
    const snap = loadBaseDataSnapshot(a.store.db);
    for (const def of DATASETS) {
      if (def.single) continue;
      const rows = snap.data[def.name as Exclude<typeof def.name, 'school'>]!;
      const { problems } = validateRows(def, rows, { moneyInFen: true });
      expect(problems.slice(0, 3), def.name).toEqual([]);
    }
    expect(checkMajors(a.store.db)).toEqual([]);
  });

  it('has a value for every field of every data set (so every form field can be filled)', () => {
    const snap = loadBaseDataSnapshot(a.store.db);
    const empty: string[] = [];
    for (const def of DATASETS) {
      const rows = def.single ? [snap.school] : snap.data[def.name as Exclude<typeof def.name, 'school'>]!;
      for (const f of def.fields) {
        if (!rows.some((r) => r[f.key] !== null && r[f.key] !== undefined && r[f.key] !== ''))
          empty.push(`${def.name}.${f.key}`);
      }
    }
    expect(empty).toEqual([]);
  });

  it('meets the 346号 eligibility thresholds', () => {
    const snap = loadBaseDataSnapshot(a.store.db);
    const majors = snap.data.majors!;
    for (const year of [2021, 2022, 2023]) {
      const ofYear = majors.filter((m) => m.year === year);
      expect(ofYear.reduce((s, m) => s + (m.enrolled as number), 0)).toBeGreaterThanOrEqual(15000);
      const group = ofYear.filter((m) => m.groupName === '智能制造专业群');
      expect(group.reduce((s, m) => s + (m.enrolled as number), 0)).toBeGreaterThanOrEqual(3000);
      for (const m of group) {
        expect(m.employmentRate as number).toBeGreaterThanOrEqual(80);
        expect(m.relevantEmploymentRate as number).toBeGreaterThanOrEqual(75);
        expect(m.engineering).toBe(true);
      }
      const training = snap.data
        .training!.filter((t) => t.year === year)
        .reduce((s, t) => s + (t.personTimes as number), 0);
      expect(training).toBeGreaterThanOrEqual(1000);
    }
    const core = majors.find((m) => m.year === 2023 && m.groupName === '智能制造专业群' && m.isCoreOfGroup);
    expect(2024 - (core!.foundedYear as number)).toBeGreaterThanOrEqual(5);

    const centre = snap.data.rooms!.filter((r) => String(r.centre).startsWith('智能制造'));
    expect(centre.reduce((s, r) => s + (r.area as number), 0)).toBeGreaterThanOrEqual(500);
    for (const r of centre) expect(r.openRate).toBe(100);
    const centreIds = new Set(centre.map((r) => r.id));
    const centreFen = snap.data
      .equipment!.filter((e) => centreIds.has(e.roomId as number))
      .reduce((s, e) => s + (e.amount as number), 0);
    expect(centreFen).toBeGreaterThanOrEqual(100 * 1_000_000);

    const strong = snap.data.awards!.filter(
      (w) =>
        w.year! >= 2019 &&
        ((w.level === '国家级' &&
          ['特等奖', '一等奖', '二等奖', '三等奖', '金奖', '银奖', '铜奖'].includes(w.grade as string)) ||
          (w.level === '省级' && w.grade === '一等奖')),
    );
    expect(strong.length).toBeGreaterThanOrEqual(3);
    expect(snap.data.awards!.some((w) => w.hosted === true)).toBe(true);

    const partners = snap.data.enterprises!.slice(0, 2);
    for (const p of partners) {
      expect(p.jointTrainingAgreement).toBe(true);
      expect(p.firstGraduatesYear as number).toBeLessThanOrEqual(2024);
      expect(p.incidentsInThreeYears).toBe(false);
      expect(String(p.honorTypes).length).toBeGreaterThan(0);
    }

    const teachers = snap.data.teachers!;
    const fullTime = teachers.filter((t) => t.employment === '专任教师' && !t.leaveDate);
    expect(fullTime.filter((t) => t.doubleQualified).length / fullTime.length).toBeGreaterThanOrEqual(0.5);
    expect(
      teachers.filter((t) => ['正高级', '副高级'].includes(t.titleLevel as string)).length / teachers.length,
    ).toBeGreaterThanOrEqual(0.25);
    const groupTeachers = teachers.filter((t) =>
      ['机电一体化技术', '工业机器人技术', '电气自动化技术', '数控技术', '智能制造装备技术'].includes(
        t.major as string,
      ),
    );
    const leader = groupTeachers.find((t) => String(t.roles).includes('专业带头人'));
    expect(leader?.enterpriseYears as number).toBeGreaterThanOrEqual(2);
    const backbone = groupTeachers.filter((t) => String(t.roles).includes('骨干教师'));
    expect(backbone.length).toBeGreaterThanOrEqual(6);
    expect(backbone.filter((t) => t.employment === '企业兼职教师').length).toBeGreaterThanOrEqual(2);
    const guides = teachers.filter((t) => String(t.roles).includes('实习指导教师'));
    expect(
      guides.filter((t) => ['高级工', '技师', '高级技师'].includes(t.qualificationLevel as string)).length /
        guides.length,
    ).toBeGreaterThanOrEqual(0.8);

    const x2023 = snap.data.certificates!.filter((c) => c.year === 2023 && c.kind === '1+X证书');
    expect(x2023.reduce((s, c) => s + (c.achievedCount as number), 0)).toBeGreaterThanOrEqual(
      x2023.reduce((s, c) => s + (c.taskCount as number), 0),
    );
    for (const c of snap.data.certificates!.filter((c) => c.year === 2023 && c.kind === '人人持证'))
      expect(c.achievedCount as number).toBeGreaterThanOrEqual(c.taskCount as number);
  });
});
