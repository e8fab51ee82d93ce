import type { DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { isoDate, pad, type SeededRandom } from './seededRandom.js';

interface DemoMajor {
  code: string;
  name: string;
  groupName: string;
  department: string;
  baseEnrolled: number;
  isCoreOfGroup: boolean;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A fictional 公民身份号码 with a correct check character (GB 11643-1999). */
export function demoIdCard(region: string, birth: string, seq: number): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${pad(seq % 1000, 3)}`;
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

export function demoPersonName(rnd: SeededRandom, parts: { surnames: string[]; givenChars: string[] }): string {
  const given = rnd.chance(0.6) ? rnd.pick(parts.givenChars) + rnd.pick(parts.givenChars) : rnd.pick(parts.givenChars);
  return rnd.pick(parts.surnames) + given;
}

const TITLES: [string, string, number][] = [
  ['正高级', '教授', 0.06],
  ['副高级', '副教授', 0.27],
  ['中级', '讲师', 0.45],
  ['初级', '助教', 0.17],
  ['未评', '', 0.05],
];

function pickTitle(rnd: SeededRandom): [string, string] {
  let x = rnd.next();
  for (const [level, name, p] of TITLES) {
    if ((x -= p) < 0) return [level, name];
  }
  return ['中级', '讲师'];
}

/**
 * Hundreds of teachers: about one 专任教师 per 22 students of each major, plus 企业兼职教师 from the
 * partner enterprises; each 专业群 gets a 专业带头人 with enterprise experience and 骨干教师 (two of
 * them 企业兼职), so the 346号 team conditions hold.
 */
export function demoTeachers(
  rnd: SeededRandom,
  majors: readonly DemoMajor[],
  parts: { surnames: string[]; givenChars: string[] },
  employers: readonly string[],
): DatasetRow[] {
  const rows: DatasetRow[] = [];
  let seq = 0;
  const leaderDone = new Set<string>();
  for (const m of majors) {
    const n = Math.max(8, Math.round(m.baseEnrolled / 22));
    const partTime = Math.max(2, Math.round(n / 7));
    for (let i = 0; i < n + partTime; i++) {
      seq++;
      const enterprise = i >= n;
      const by = rnd.int(1966, 1998);
      const birth = isoDate(by, rnd.int(1, 12), rnd.int(1, 28));
      const hireYear = Math.min(2025, by + rnd.int(23, 30));
      const [titleLevel, titleName] = enterprise
        ? rnd.chance(0.5)
          ? ['副高级', '高级工程师']
          : ['中级', '工程师']
        : pickTitle(rnd);
      const doubleQualified = enterprise || rnd.chance(0.66);
      const roles: string[] = [];
      if (m.groupName && m.isCoreOfGroup && !leaderDone.has(m.groupName) && i === 0) {
        roles.push('专业带头人', '专业群负责人');
        leaderDone.add(m.groupName);
      } else if (m.groupName && (i < 2 || (enterprise && i < n + 2))) roles.push('骨干教师');
      const guide = !enterprise && (i % 6 === 5 || roles.includes('骨干教师'));
      if (guide) roles.push('实习指导教师');
      const qualification =
        guide || enterprise
          ? rnd.pick(['高级工', '技师', '技师', '高级技师', '高级工'])
          : rnd.pick(['无', '中级工', '高级工', '无']);
      // A teacher leaves after being hired (a 离校日期 before the 到校日期 breaks the teachers' row rule).
      const leftYear = !enterprise && rnd.chance(0.03) ? Math.max(rnd.int(2021, 2025), hireYear + 1) : 0;
      const female = rnd.chance(0.48);
      rows.push({
        staffNo: `${enterprise ? 'J' : 'T'}${hireYear}${pad(seq, 4)}`,
        name: demoPersonName(rnd, parts),
        gender: female ? '女' : '男',
        birthDate: birth,
        idCard: demoIdCard(
          rnd.pick(['410105', '410102', '410302', '410703', '411002']),
          birth,
          seq * 2 + (female ? 0 : 1),
        ),
        education: enterprise
          ? '大学本科'
          : rnd.pick(['硕士研究生', '硕士研究生', '大学本科', '博士研究生', '硕士研究生']),
        degree: enterprise ? '学士' : rnd.pick(['硕士', '硕士', '学士', '博士', '硕士']),
        titleLevel,
        titleName,
        doubleQualified,
        doubleQualifiedYear: doubleQualified ? Math.max(hireYear, rnd.int(2012, 2024)) : null,
        employment: enterprise ? '企业兼职教师' : '专任教师',
        employer: enterprise ? rnd.pick(employers) : '河南示范职业技术学院',
        enterpriseYears: roles.includes('专业带头人') ? 4 : enterprise ? rnd.int(5, 20) : rnd.int(0, 6) / 2,
        qualificationLevel: qualification,
        qualificationName:
          qualification === '无'
            ? ''
            : `${rnd.pick(['电工', '钳工', '数控车工', '工业机器人系统运维员', '计算机程序设计员', '电子商务师'])}（${qualification}）`,
        roles: roles.join('、'),
        major: m.name,
        department: m.department,
        hireDate: isoDate(hireYear, enterprise ? 9 : 7, 1),
        leaveDate: leftYear ? isoDate(leftYear, 7, 15) : '',
        mobile: `13${rnd.int(5, 9)}${pad(rnd.int(0, 99999999), 8)}`,
      });
    }
  }
  return rows;
}
