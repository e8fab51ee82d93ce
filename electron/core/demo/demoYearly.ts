import type { DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { isoDate, type SeededRandom } from './seededRandom.js';

export const DEMO_YEARS = [2021, 2022, 2023, 2024, 2025] as const;

export interface DemoMajorSeed {
  code: string;
  name: string;
  level: string;
  categoryCode: string;
  category: string;
  classCode: string;
  className: string;
  foundedYear: number;
  groupName: string;
  isCoreOfGroup: boolean;
  status: string;
  engineering: boolean;
  department: string;
  baseEnrolled: number;
}

/** The year's 专业 rows: the school grows a little each year; the 智能制造 group trains with enterprises most. */
export function demoMajorsOfYear(rnd: SeededRandom, majors: readonly DemoMajorSeed[], year: number): DatasetRow[] {
  const growth = 1 + (year - 2023) * 0.025;
  return majors.map(({ baseEnrolled, ...m }) => {
    const enrolled = Math.round(baseEnrolled * growth * (0.98 + rnd.next() * 0.04));
    const coop = m.groupName === '智能制造专业群';
    return {
      ...m,
      enrolled,
      admitted: Math.round(enrolled * (0.34 + rnd.next() * 0.02)),
      graduates: Math.round(enrolled * (0.3 + rnd.next() * 0.02)),
      employmentRate: Number((coop ? 95 + rnd.next() * 3 : 90 + rnd.next() * 6).toFixed(2)),
      relevantEmploymentRate: Number((coop ? 84 + rnd.next() * 6 : 76 + rnd.next() * 10).toFixed(2)),
      commissionedStudents: coop ? rnd.int(20, 60) : rnd.int(0, 15),
      orderStudents: coop ? rnd.int(60, 140) : rnd.int(0, 40),
      apprenticeStudents: coop ? rnd.int(30, 80) : rnd.int(0, 20),
      fieldEngineerStudents: coop ? rnd.int(10, 30) : 0,
      enterpriseTeachingShare: Number((coop ? 31 + rnd.next() * 8 : 15 + rnd.next() * 15).toFixed(1)),
    };
  });
}

const G1_EVENTS = [
  '机器人系统集成',
  '工业网络智能控制与维护',
  '数控机床装调与技术改造',
  '现代电气控制系统安装与调试',
  '工业机器人技术应用',
];
const G1_MAJORS = ['工业机器人技术', '机电一体化技术', '数控技术', '电气自动化技术', '智能制造装备技术'];
const OTHER_EVENTS: [string, string][] = [
  ['云计算应用', '计算机网络技术'],
  ['大数据应用开发', '大数据技术'],
  ['软件测试', '软件技术'],
  ['智能财税', '大数据与会计'],
  ['电子商务技能', '电子商务'],
  ['新能源汽车维修', '新能源汽车技术'],
  ['建筑工程识图', '建筑工程技术'],
];

/**
 * Each year: one national award and two provincial ones in the 智能制造 group (so 346号 condition 7
 * holds), provincial and municipal awards elsewhere, a 教学能力比赛 award and, in some years, a hosted 赛项.
 */
export function demoAwardsOfYear(rnd: SeededRandom, year: number, person: () => string): DatasetRow[] {
  const rows: DatasetRow[] = [];
  const award = (
    competition: string,
    kind: string,
    level: string,
    grade: string,
    event: string,
    major: string,
    hosted = false,
  ): DatasetRow => ({
    competition,
    kind,
    event,
    level,
    grade: hosted ? null : grade,
    hosted,
    students: hosted ? '' : `${person()}、${person()}`,
    studentMajors: major,
    teachers: `${person()}、${person()}`,
    awardDate: isoDate(year, rnd.int(4, 11), rnd.int(1, 28)),
    issuer: level === '国家级' ? '全国职业院校技能大赛组织委员会' : level === '省级' ? '河南省教育厅' : '郑州市教育局',
    certificateNo: hosted
      ? ''
      : `${year}-${level === '国家级' ? 'GZ' : level === '省级' ? 'HN' : 'ZZ'}-${rnd.int(1000, 9999)}`,
  });
  const g1 = (k: number) => G1_EVENTS[(year + k) % G1_EVENTS.length];
  rows.push(
    award('全国职业院校技能大赛', '学生技能大赛', '国家级', year % 2 ? '二等奖' : '三等奖', g1(0), G1_MAJORS[year % 5]),
  );
  rows.push(award('河南省职业院校技能大赛', '学生技能大赛', '省级', '一等奖', g1(1), G1_MAJORS[(year + 1) % 5]));
  rows.push(
    award(
      '河南省职业院校技能大赛',
      '学生技能大赛',
      '省级',
      rnd.pick(['一等奖', '二等奖']),
      g1(2),
      G1_MAJORS[(year + 2) % 5],
    ),
  );
  for (let k = 0; k < 4; k++) {
    const [event, major] = OTHER_EVENTS[(year + k) % OTHER_EVENTS.length];
    rows.push(
      award(
        '河南省职业院校技能大赛',
        '学生技能大赛',
        '省级',
        rnd.pick(['二等奖', '三等奖', '一等奖', '三等奖']),
        event,
        major,
      ),
    );
  }
  for (let k = 0; k < 3; k++) {
    const [event, major] = OTHER_EVENTS[(year + k + 3) % OTHER_EVENTS.length];
    rows.push(
      award('郑州市职业技能大赛', '学生技能大赛', '市级', rnd.pick(['一等奖', '二等奖', '三等奖']), event, major),
    );
  }
  rows.push(
    award(
      '河南省职业院校技能大赛教学能力比赛',
      '教师教学能力比赛',
      '省级',
      rnd.pick(['一等奖', '二等奖']),
      '专业课程一组',
      G1_MAJORS[year % 5],
    ),
  );
  if (year % 2 === 0)
    rows.push(award('河南省职业院校技能大赛', '学生技能大赛', '省级', '', g1(3), G1_MAJORS.join('、'), true));
  if (year === 2023)
    rows.push(
      award(
        '全国职业院校技能大赛',
        '学生技能大赛',
        '国家级',
        '',
        '工业网络智能控制与维护（河南赛区选拔赛）',
        '电气自动化技术',
        true,
      ),
    );
  return rows;
}

const ONE_PLUS_X: [string, string, string][] = [
  ['工业机器人操作与运维', '中级', '工业机器人技术'],
  ['工业机器人应用编程', '中级', '工业机器人技术'],
  ['可编程控制器系统应用编程', '中级', '机电一体化技术'],
  ['数控车铣加工', '中级', '数控技术'],
  ['智能制造生产管理与控制', '中级', '智能制造装备技术'],
  ['Web前端开发', '中级', '软件技术'],
  ['云计算平台运维与开发', '中级', '计算机网络技术'],
  ['业财一体信息化应用', '中级', '大数据与会计'],
  ['网店运营推广', '中级', '电子商务'],
];

/** 1+X certificates (every task met or exceeded) and the three 人人持证 task rows. */
export function demoCertificatesOfYear(rnd: SeededRandom, year: number): DatasetRow[] {
  const rows: DatasetRow[] = ONE_PLUS_X.map(([name, certLevel, relatedMajor]) => {
    const task = rnd.int(60, 180);
    return {
      kind: '1+X证书',
      taskType: '取证',
      name,
      certLevel,
      issuer: '教育部职业技能等级证书培训评价组织',
      taskCount: task,
      achievedCount: task + rnd.int(0, 20),
      relatedMajor,
    };
  });
  const tasks: [string, number][] = [
    ['培训', 3600],
    ['取证', 2400],
    ['高级工及以上取证', 900],
  ];
  for (const [taskType, base] of tasks) {
    const task = Math.round(base * (1 + (year - 2021) * 0.08));
    rows.push({
      kind: '人人持证',
      taskType,
      name: `“人人持证、技能河南”${taskType}任务`,
      certLevel: '不分级',
      issuer: '河南省教育厅',
      taskCount: task,
      achievedCount: task + rnd.int(10, 200),
      relatedMajor: '全校',
    });
  }
  return rows;
}

const TRAINING: [string, string, string][] = [
  ['工业机器人运维技能提升培训', '企业职工', '技能提升培训'],
  ['数控加工岗前培训', '企业职工', '岗前培训'],
  ['电工职业技能等级认定培训', '进城务工人员', '技能鉴定'],
  ['农村电商创业培训', '农村富余劳动力', '技能提升培训'],
  ['退役军人智能制造转岗培训', '退役军人', '转岗培训'],
  ['下岗失业人员再就业培训（家政服务）', '下岗失业人员', '转岗培训'],
  ['企业财务人员继续教育', '企业职工', '继续教育'],
  ['社区居民数字技能培训', '其他社会人员', '其他'],
];

export function demoTrainingOfYear(rnd: SeededRandom, year: number, partners: readonly string[]): DatasetRow[] {
  return TRAINING.map(([project, targetGroup, trainingType]) => {
    const personTimes = rnd.int(180, 520);
    const days = rnd.int(3, 10);
    return {
      project,
      targetGroup,
      trainingType,
      partner: targetGroup === '企业职工' ? rnd.pick(partners) : '郑州市人力资源和社会保障局',
      personTimes,
      hours: days * 8,
      personDays: personTimes * days,
      startDate: isoDate(year, rnd.int(3, 11), rnd.int(1, 28)),
      certified: Math.round(personTimes * (0.6 + rnd.next() * 0.3)),
    };
  });
}

/** 万元 → 分. */
const wan = (w: number) => Math.round(w * 1_000_000);

/** Actual funding of the 实训中心 each year, and from 2024 the planned sources the 346号 建设规划 asks for. */
export function demoFundingOfYear(rnd: SeededRandom, year: number): DatasetRow[] {
  const rows: DatasetRow[] = [];
  const actual: [string, number][] = [
    ['财政投入', 260],
    ['事业收入投入', 120],
    ['企业投入', 150],
    ['社会捐赠', 20],
  ];
  for (const [source, base] of actual) {
    rows.push({
      source,
      kind: '实际',
      amount: wan(base + rnd.int(0, 60) + (year - 2021) * 15),
      purpose: '实训中心建设',
      note: '已到账',
    });
  }
  if (year >= 2024) {
    const planned: [string, number][] = [
      ['市县财政投入', 300],
      ['学校自筹', 400],
      ['企业投入', 260],
      ['社会捐赠', 40],
    ];
    for (const [source, base] of planned)
      rows.push({
        source,
        kind: '计划',
        amount: wan(base + (year - 2024) * 50),
        purpose: '实训中心建设（建设规划）',
        note: '已列入预算',
      });
  }
  return rows;
}

export interface DemoIndicatorSeed {
  code: string;
  name: string;
  unit: string;
  scope: string;
  definition: string;
  base: number;
  step: number;
}

export function demoIndicatorsOfYear(
  rnd: SeededRandom,
  catalogue: readonly DemoIndicatorSeed[],
  year: number,
): DatasetRow[] {
  return catalogue.map(({ base, step, ...c }) => {
    const raw = base + step * (year - 2022) + (step ? (rnd.next() - 0.5) * step * 0.4 : 0);
    const value = c.unit === '%' || c.unit === '万元' ? Number(raw.toFixed(1)) : Math.max(0, Math.round(raw));
    return { ...c, value, note: c.scope === '联合体' ? '联合体成员单位汇总' : '学校统计台账' };
  });
}
