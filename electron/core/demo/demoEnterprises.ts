import type { DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { ENTERPRISE_HONOR_TYPES } from '../../../shared/datasets/enterprisesDataset.js';
import { creditCodeCheckChar } from '../../../shared/validation/creditCode.js';
import { demoPersonName } from './demoTeachers.js';
import { isoDate, pad, type SeededRandom } from './seededRandom.js';

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fictional 统一社会信用代码 with a correct check character (GB 32100-2015). */
export function demoCreditCode(rnd: SeededRandom, prefix8: string): string {
  let body = prefix8;
  while (body.length < 17) body += CODE_CHARS[rnd.int(0, CODE_CHARS.length - 1)];
  return body + creditCodeCheckChar(body);
}

export interface DemoNameParts {
  surnames: string[];
  givenChars: string[];
  enterpriseBrands: string[];
  enterpriseTrades: string[][];
  cities: string[][];
}

export interface DemoMemberUnit {
  name: string;
  kind: string;
  creditPrefix: string;
  nature: string;
  address: string;
  mainIndustry: string;
  studentCount?: number;
}

const HONOR_WEIGHTS: readonly number[] = [0.02, 0.06, 0.1, 0.22, 0.18, 0.08, 0.06, 0.05, 0.01, 0.12, 0.1];

/** Dozens of partner enterprises and the 联合体's other member units, every field filled. */
export function demoEnterprises(
  rnd: SeededRandom,
  count: number,
  parts: DemoNameParts,
  members: readonly DemoMemberUnit[],
): DatasetRow[] {
  const rows: DatasetRow[] = [];
  const used = new Set<string>();
  const person = () => demoPersonName(rnd, parts);
  const phone = (area: string) => `${area}-${rnd.int(6000, 6999)}${pad(rnd.int(0, 9999), 4)}`;
  const mobile = () => `13${rnd.int(5, 9)}${pad(rnd.int(0, 99999999), 8)}`;
  for (let i = 0; i < count; i++) {
    const [city, division, region] = parts.cities[i % parts.cities.length];
    const [suffix, industry, group] = parts.enterpriseTrades[i % parts.enterpriseTrades.length];
    let name: string;
    do name = `${city}${rnd.pick(parts.enterpriseBrands)}${suffix}`;
    while (used.has(name));
    used.add(name);
    const honors = ENTERPRISE_HONOR_TYPES.filter((_, k) => rnd.chance(HONOR_WEIGHTS[k]));
    const domain = `${pad(i + 1, 2)}${division}.com`;
    const area = `03${rnd.int(71, 79)}`;
    const since = rnd.int(2010, 2022);
    const agreement = rnd.chance(0.7);
    const staff = rnd.int(120, 6000);
    rows.push({
      name,
      kind: '企业',
      // Two in three partner enterprises joined the 联合体; the others only work with the school.
      consortiumMember: i % 3 !== 2,
      honors: honors.length ? honors.map((h) => `${h}企业`).join('；') : '河南省科技型中小企业',
      foundedDate: isoDate(rnd.int(1995, 2016), rnd.int(1, 12), rnd.int(1, 28)),
      nature: rnd.pick([
        '有限责任公司（民营）',
        '股份有限公司（民营）',
        '有限责任公司（国有控股）',
        '有限责任公司（外商合资）',
      ]),
      address: `${region}${rnd.pick(['高新区', '经济技术开发区', '航空港区', '产业集聚区'])}${rnd.pick(['科学大道', '长椿路', '创新路', '工业路', '开拓路'])} ${rnd.int(1, 300)} 号`,
      creditCode: demoCreditCode(rnd, `91${division}MA`),
      legalRepName: person(),
      legalRepTitle: rnd.pick(['董事长', '总经理', '执行董事']),
      legalRepOfficePhone: phone(area),
      legalRepFax: phone(area),
      legalRepMobile: mobile(),
      legalRepEmail: `ceo@e${domain}`,
      contactName: person(),
      contactTitle: rnd.pick(['人力资源部经理', '培训中心主任', '综合办公室主任', '技术总监']),
      contactOfficePhone: phone(area),
      contactFax: phone(area),
      contactMobile: mobile(),
      contactEmail: `hr@e${domain}`,
      honorTypes: honors.join('、'),
      industryEducationIntegration: honors.includes('产教融合型企业'),
      industryLeader: honors.includes('行业龙头'),
      mainIndustry: industry,
      aboveDesignatedSize: staff > 300,
      aboveQuota: suffix.includes('商务') || suffix.includes('供应链'),
      staffCount: staff,
      studentCount: null,
      totalAssets: rnd.int(2000, 300000) * 1_000_000,
      annualSales: rnd.int(3000, 500000) * 1_000_000,
      salesYear: 2023,
      cooperationSince: isoDate(since, rnd.int(1, 12), 1),
      cooperationContent: `共建${group}实训基地；接收学生顶岗实习；企业技术人员到校兼职授课；共同开发课程与实训项目。`,
      cooperationOutcomes: `累计接收实习学生 ${rnd.int(40, 400)} 人，录用毕业生 ${rnd.int(20, 200)} 人；共同开发课程 ${rnd.int(1, 6)} 门。`,
      relatedMajors: group,
      jointTrainingAgreement: agreement,
      agreementDate: agreement ? isoDate(since + 1, rnd.int(1, 12), rnd.int(1, 28)) : '',
      firstGraduatesYear: agreement ? since + 4 : null,
      inTeachingCommittee: rnd.chance(0.4),
      incidentsInThreeYears: false,
      incidentNote: '无',
    });
  }
  // The last partner stopped working with the school in 2024: it still counts in earlier years.
  const ended = rows[rows.length - 1];
  ended.cooperationUntil = '2024-06-30';
  ended.consortiumMember = false;
  for (const m of members) {
    rows.push({
      name: m.name,
      kind: m.kind,
      consortiumMember: true,
      honors: '无',
      foundedDate: isoDate(rnd.int(1950, 2005), rnd.int(1, 12), 1),
      nature: m.nature,
      address: m.address,
      creditCode: demoCreditCode(rnd, m.creditPrefix.slice(0, 8)),
      legalRepName: person(),
      legalRepTitle:
        m.kind === '政府部门' ? '主任' : m.kind.includes('学校') || m.kind.includes('本科') ? '校长' : '院长',
      legalRepOfficePhone: phone('0371'),
      legalRepFax: phone('0371'),
      legalRepMobile: mobile(),
      legalRepEmail: `office${rows.length}@example.gov.cn`,
      contactName: person(),
      contactTitle: '办公室主任',
      contactOfficePhone: phone('0371'),
      contactFax: phone('0371'),
      contactMobile: mobile(),
      contactEmail: `contact${rows.length}@example.gov.cn`,
      honorTypes: '',
      industryEducationIntegration: false,
      industryLeader: false,
      mainIndustry: m.mainIndustry,
      aboveDesignatedSize: false,
      aboveQuota: false,
      staffCount: rnd.int(60, 2000),
      studentCount: m.studentCount ?? null,
      totalAssets: null,
      annualSales: null,
      salesYear: null,
      cooperationSince: isoDate(rnd.int(2015, 2022), 9, 1),
      cooperationContent: '参与市域产教联合体理事会，共商人才培养方案。',
      cooperationOutcomes: '共同组织人才供需对接活动。',
      relatedMajors: '',
      jointTrainingAgreement: false,
      agreementDate: '',
      firstGraduatesYear: null,
      inTeachingCommittee: m.kind !== '政府部门',
      incidentsInThreeYears: false,
      incidentNote: '无',
    });
  }
  return rows;
}
