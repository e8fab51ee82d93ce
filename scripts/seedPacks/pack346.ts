// 教职成〔2024〕346号: 河南省职业教育高水平专业化产教融合实训中心 — 申报书, 建设方案, 汇总表 and
// eligibility conditions 1–10, worded as the notice words them.
import type { EligibilityRule, PackCell, PackInput, PackTableRow } from '../../shared/packs/packSchema.js';
import { type Block, col, FieldSet, fld, lab, OFFICIAL_STYLE, row, txt, WAN } from './packBuilder.js';

// ---- expressions over the base data (params: baseYear, majorCode, groupName, centre, enterprise1/2)
const Y = 'params.baseYear';
const MAJORS = `forYear(data.majors, ${Y})`;
const MAJOR = `lookup(${MAJORS}, 'code', params.majorCode)`;
const GM = `where(${MAJORS}, 'groupName', params.groupName)`;
const GMN = `pluck(${GM}, 'name')`;
const GROUP = `lookup(data.majorGroups, 'name', params.groupName)`;
const CORE = `lookup(${MAJORS}, 'code', ${GROUP}.coreMajorCode)`;
// Partners the school still works with, and assets still on the books (报废 ones leave the totals).
const ENTERPRISES = `filter(where(data.enterprises, 'kind', '企业'), e => !e.cooperationUntil)`;
const E = (k: 1 | 2) => `lookup(data.enterprises, 'name', params.enterprise${k})`;
const ROOMS = `where(data.rooms, 'centre', params.centre)`;
const EQUIP = `filter(where(data.equipment, 'roomId', pluck(${ROOMS}, 'id')), e => !e.disposalDate)`;
const IND = (code: string) => `lookup(forYear(data.indicators, ${Y}), 'code', '${code}').value`;
const TEAM = `filter(where(data.teachers, 'major', ${GMN}), t => !t.leaveDate)`;
const FULLTIME = `filter(${TEAM}, t => t.employment == '专任教师')`;
const CERTS = (year: number | string, kind: string) => `where(forYear(data.certificates, ${year}), 'kind', '${kind}')`;
const PERSON_TASK = (task: string, what: 'taskCount' | 'achievedCount') =>
  `sum(where(${CERTS(2023, '人人持证')}, 'taskType', '${task}'), '${what}')`;
const GRADES_NATIONAL = `['特等奖', '一等奖', '二等奖', '三等奖', '金奖', '银奖', '铜奖']`;
const GRADES_PROVINCE_FIRST = `['特等奖', '一等奖', '金奖']`;
const IN_GROUP = (majorsText: string) => `any(split(${majorsText}), m => contains(${GMN}, m))`;
/** Awards of the group's students in the five years up to the statistical year that count for condition 7. */
const AWARDS = `sortBy(filter(data.awards, a => a.year > ${Y} - 5 && a.year <= ${Y} && a.kind == '学生技能大赛' && ((a.level == '国家级' && contains(${GRADES_NATIONAL}, a.grade)) || (a.level == '省级' && contains(${GRADES_PROVINCE_FIRST}, a.grade))) && ${IN_GROUP('a.studentMajors')}), 'year', 'desc')`;
const HOSTED = `filter(data.awards, a => a.year > ${Y} - 5 && a.year <= ${Y} && a.hosted && (a.level == '国家级' || a.level == '省级') && ${IN_GROUP('a.studentMajors')})`;
const QUALIFYING_HONOR = (e: string) => `any(split(${e}.honorTypes), h => h != '产教融合型企业' && h != '行业龙头')`;
const yesNo = (cond: string) => `if(${cond}, '是', '否')`;
const FUND = (year: number, source: string, kind: '实际' | '计划') =>
  `wan(sum(where(where(forYear(data.funding, ${year}), 'kind', '${kind}'), 'source', '${source}'), 'amount'), 2)`;
const WEIGHTED_RATE = (rateField: string) =>
  `pct(sum(map(${GM}, r => r.graduates * r.${rateField})) / 100, sum(${GM}, 'graduates'), 2)`;

export function buildPack346(): PackInput {
  const F = new FieldSet();

  // ---------------------------------------------------------------- cover and shared facts
  F.add('schoolName', '申报单位', 'text', { required: true, bind: 'school.name', source: '学校基本信息·学校名称' });
  F.add('educationLevel', '办学层次', 'choice', {
    required: true,
    options: ['高职（本科）', '高职（专科）'],
    bind: 'school.educationLevel',
    source: '学校基本信息·办学层次',
  });
  F.add('majorName', '申报专业', 'text', {
    required: true,
    bind: `${MAJOR}.name`,
    source: '专业数据·专业名称（所选申报专业）',
    help: '按2021年《职业教育专业目录》命名',
    catalogue: 'major',
  });
  F.add('serviceGroup', '中心服务专业（群）', 'text', {
    required: true,
    bind: 'params.groupName',
    source: '所选服务专业群',
    help: '按2021年《职业教育专业目录》命名',
    catalogue: 'majorOrGroup',
  });
  F.add('majorCategory', '申报专业大类', 'text', {
    required: true,
    bind: `${MAJOR}.category`,
    source: '专业数据·专业大类',
    catalogue: 'majorCategory',
  });
  F.add('majorClass', '申报专业类', 'text', {
    required: true,
    bind: `${MAJOR}.className`,
    source: '专业数据·专业类',
    catalogue: 'majorClass',
  });
  F.add('contactName', '联系人', 'text', { required: true, bind: 'school.contactName', source: '学校基本信息·联系人' });
  F.add('contactPhone', '联系电话', 'text', {
    required: true,
    bind: 'coalesce(school.contactMobile, school.contactOfficePhone)',
    source: '学校基本信息·联系人手机（无则办公电话）',
  });

  const cover: Block = {
    type: 'cover',
    titleLines: ['河南省职业教育', '高水平专业化产教融合实训中心', '申报书'],
    lines: [
      { label: '申报单位', field: 'schoolName' },
      { label: '办学层次', field: 'educationLevel', checkboxes: true },
      { label: '申报专业', field: 'majorName' },
      { label: '中心服务专业（群）', field: 'serviceGroup' },
      { label: '申报专业大类', field: 'majorCategory' },
      { label: '申报专业类', field: 'majorClass' },
      { label: '联 系 人', field: 'contactName' },
      { label: '联系电话', field: 'contactPhone' },
    ],
    issuerLine: '河南省教育厅  河南省财政厅 制',
    date: '2024年11月',
  };

  const instructions: Block = {
    type: 'instructions',
    title: '填 写 要 求',
    items: [
      '一、申报内容体现已有基础和建设承诺，明确时间、内容、结果，重点突出，逻辑清晰，叙述准确、精炼，不超出相应部分的篇幅规定要求。',
      '二、实训中心申报专业名称和中心服务专业（群）名称，应按照2021年教育部《职业教育专业目录》中明确的专业命名。',
      '三、除特殊说明之外，本表所填内容均为与实训中心或实训中心所服务专业（群）相关的数据或情况。',
      '四、文字内容的字体为仿宋_GB2312，字号为小四号，行距为固定值16磅。',
      '五、表格空间不够，可自行加页。',
      '六、推荐书的正文部分使用A4纸双面打印，左侧装订。支撑材料部分请设置目录索引，单独装订成册。',
    ],
  };

  const statement: Block = {
    type: 'statement',
    title: '内容真实性责任声明',
    text: '{{schoolName}}对河南省职业教育高水平专业化产教融合实训中心的《申报书》及相关佐证材料内容的真实性和准确性负责。\n特此声明。',
    signatures: [{ label: '单位名称（盖章）：', field: 'schoolName', seal: true }, { label: '法定代表人（签字）：' }],
    date: true,
  };

  // ---------------------------------------------------------------- 一、基本情况
  // Six columns: block label | row label | sub-label or value | value | label | value.
  const contactRows = (
    prefix: string,
    who: string,
    bind: Record<string, string | undefined>,
    sourceOf: string,
    withMobile: boolean,
  ): PackTableRow[] => {
    const k = (s: string) => `${prefix}${s}`;
    const add = (s: string, label: string, type: 'text' = 'text', key = s) =>
      F.add(k(s), `${who}${label}`, type, bind[key] ? { bind: bind[key], source: `${sourceOf}·${label}` } : {});
    add('Name', '姓名');
    add('Title', '职务');
    add('OfficePhone', '办公电话');
    add('Fax', '传真');
    const rows: PackTableRow[] = [
      row([lab('姓    名'), fld(k('Name')), lab('职    务'), fld(k('Title'))]),
      row([lab('办公电话'), fld(k('OfficePhone')), lab('传    真'), fld(k('Fax'))]),
    ];
    if (withMobile) {
      add('Mobile', '手机');
      add('Email', '电子信箱');
      rows.push(row([lab('手    机'), fld(k('Mobile')), lab('电子信箱'), fld(k('Email'))]));
    }
    return rows;
  };
  /** Puts a spanning label in front of the first of `rows`. */
  const lead = (cell: PackCell, rows: PackTableRow[]): PackTableRow[] => {
    rows[0] = { ...rows[0], cells: [{ ...cell, rowSpan: rows.length }, ...rows[0].cells] };
    return rows;
  };

  F.add('schoolAffiliation', '隶属关系', 'text', { bind: 'school.affiliation', source: '学校基本信息·隶属关系' });
  F.add('schoolFounded', '建校时间', 'date', { bind: 'school.foundedDate', source: '学校基本信息·建校时间' });
  F.add('schoolOwnership', '学校性质', 'choice', {
    options: ['公办', '民办'],
    placeholder: '公办/民办',
    bind: 'school.ownership',
    source: '学校基本信息·学校性质',
  });
  F.add('schoolAddress', '学校通讯地址', 'text', { bind: 'school.address', source: '学校基本信息·通讯地址' });
  F.add('schoolCreditCode', '学校统一社会信用代码', 'text', {
    maxLength: 18,
    bind: 'school.creditCode',
    source: '学校基本信息·统一社会信用代码',
  });
  const schoolRows: PackTableRow[] = [
    row([lab('学校名称'), fld('schoolName', { colSpan: 2 }), lab('隶属关系'), fld('schoolAffiliation')]),
    row([lab('建校时间'), fld('schoolFounded', { colSpan: 2 }), lab('学校性质'), fld('schoolOwnership')]),
    row([lab('通讯地址'), fld('schoolAddress', { colSpan: 4 })]),
    row([
      lab('统一社会信用代码'),
      fld('schoolCreditCode', { colSpan: 2 }),
      lab('佐证材料页码'),
      F.evidence('evSchool', '学校基本信息'),
    ]),
    ...lead(
      lab('法定代表人\n信息'),
      contactRows(
        'schoolLegal',
        '学校法定代表人',
        {
          Name: 'school.legalRepName',
          Title: 'school.legalRepTitle',
          OfficePhone: 'school.legalRepOfficePhone',
          Fax: 'school.legalRepFax',
        },
        '学校基本信息·法定代表人',
        false,
      ),
    ),
    ...lead(
      lab('联系人\n信  息'),
      contactRows(
        'schoolContact',
        '学校联系人',
        {
          Name: 'school.contactName',
          Title: 'school.contactTitle',
          OfficePhone: 'school.contactOfficePhone',
          Fax: 'school.contactFax',
          Mobile: 'school.contactMobile',
          Email: 'school.contactEmail',
        },
        '学校基本信息·联系人',
        true,
      ),
    ),
  ];

  const enterpriseRows = (k: 1 | 2): PackTableRow[] => {
    const e = E(k);
    const p = `e${k}`;
    const src = `合作企业（${k}）`;
    F.add(`${p}Name`, `合作企业（${k}）企业名称`, 'text', {
      required: true,
      bind: `${e}.name`,
      source: `${src}·企业名称`,
    });
    F.add(`${p}Honors`, `合作企业（${k}）企业称号或荣誉`, 'text', {
      placeholder: '如，政府有关部门授予的荣誉、称号等',
      bind: `${e}.honors`,
      source: `${src}·企业称号或荣誉`,
    });
    F.add(`${p}Founded`, `合作企业（${k}）成立时间`, 'date', { bind: `${e}.foundedDate`, source: `${src}·成立时间` });
    F.add(`${p}Nature`, `合作企业（${k}）企业性质`, 'text', { bind: `${e}.nature`, source: `${src}·企业性质` });
    F.add(`${p}Address`, `合作企业（${k}）通讯地址`, 'text', { bind: `${e}.address`, source: `${src}·通讯地址` });
    F.add(`${p}CreditCode`, `合作企业（${k}）统一社会信用代码`, 'text', {
      maxLength: 18,
      bind: `${e}.creditCode`,
      source: `${src}·统一社会信用代码`,
    });
    const fields = (pre: string) => ({
      Name: `${e}.${pre}Name`,
      Title: `${e}.${pre}Title`,
      OfficePhone: `${e}.${pre}OfficePhone`,
      Fax: `${e}.${pre}Fax`,
      Mobile: `${e}.${pre}Mobile`,
      Email: `${e}.${pre}Email`,
    });
    return lead(lab(`实训中心合作企业\n（${k}）\n基本信息`), [
      row([lab('企业名称'), fld(`${p}Name`, { colSpan: 4 })]),
      row([lab('企业称号或荣誉'), fld(`${p}Honors`, { colSpan: 4 })]),
      row([lab('成立时间'), fld(`${p}Founded`, { colSpan: 2 }), lab('企业性质'), fld(`${p}Nature`)]),
      row([lab('通讯地址'), fld(`${p}Address`, { colSpan: 4 })]),
      row([
        lab('统一社会信用代码'),
        fld(`${p}CreditCode`, { colSpan: 2 }),
        lab('佐证材料页码'),
        F.evidence(`ev${p}Basic`, `合作企业（${k}）基本信息`),
      ]),
      ...lead(
        lab('法定代表人\n信息'),
        contactRows(`${p}Legal`, `合作企业（${k}）法定代表人`, fields('legalRep'), `${src}·法定代表人`, false),
      ),
      ...lead(
        lab('联系人\n信  息'),
        contactRows(`${p}Contact`, `合作企业（${k}）联系人`, fields('contact'), `${src}·联系人`, true),
      ),
    ]);
  };

  const basicTable: Block = {
    type: 'table',
    columns: [{ width: 14 }, { width: 18 }, { width: 14 }, { width: 22 }, { width: 14 }, { width: 22 }],
    rows: [
      row([
        lab('申报实训中心名称', { colSpan: 2 }),
        txt('河南省职业教育高水平专业化\n产教融合实训中心建设（{{majorName}}专业）', { colSpan: 4, align: 'center' }),
      ]),
      ...lead(lab('申报\n学校\n基本信息'), schoolRows),
      ...enterpriseRows(1),
      ...enterpriseRows(2),
    ],
  };

  // ---------------------------------------------------------------- 二、申报条件
  const unitField = (
    key: string,
    label: string,
    unit: string,
    bind: string,
    source: string,
    extra: Record<string, unknown> = {},
  ) => F.add(key, label, 'number', { unit, bind, source, ...extra });

  unitField(
    'schoolEnrolled',
    '学校全日制在校生',
    '人',
    `sum(${MAJORS}, 'enrolled')`,
    '专业数据·全日制在校生（统计年度全校合计）',
    { decimals: 0, min: 0 },
  );
  F.add('groupMajors', '专业群内专业', 'table', {
    columns: [
      { key: 'name', label: '专业名称', type: 'text', required: true, catalogue: 'major' },
      { key: 'enrolled', label: '全日制在校生', type: 'number', unit: '人', decimals: 0, min: 0 },
      { key: 'evidence', label: '佐证材料页码', type: 'text' },
    ],
    minRows: 1,
    bind: `map(sortBy(${GM}, 'enrolled', 'desc'), r => {name: r.name, enrolled: r.enrolled, evidence: ''})`,
    source: '专业数据·所选专业群内各专业的全日制在校生（统计年度）',
  });
  F.add('groupEmploymentRate', '专业群初次就业率', 'percent', {
    decimals: 2,
    min: 0,
    max: 100,
    bind: WEIGHTED_RATE('employmentRate'),
    source: '专业数据·群内各专业初次就业率（按毕业生人数加权）',
  });
  F.add('groupRelevantRate', '专业群对口就业率', 'percent', {
    decimals: 2,
    min: 0,
    max: 100,
    bind: WEIGHTED_RATE('relevantEmploymentRate'),
    source: '专业数据·群内各专业对口就业率（按毕业生人数加权）',
  });

  const scaleTable: Block = {
    type: 'table',
    columns: [{ width: 22 }, { width: 8 }, { width: 22 }, { width: 20 }, { width: 16 }, { width: 16 }],
    rows: [
      row([lab('全日制在校生规模', { colSpan: 5, align: 'center' }), lab('佐证材料页码')], { header: true }),
      row([lab('学校'), fld('schoolEnrolled', { colSpan: 4 }), F.evidence('evSchoolEnrolled', '学校全日制在校生')]),
      row([lab('申报专业名称'), fld('majorName', { colSpan: 4 }), F.evidence('evMajorName', '申报专业')]),
      {
        repeat: 'groupMajors',
        lead: [lab('专业群内专业')],
        minRows: 5,
        cells: [{ seq: true, align: 'center' }, col('name', { colSpan: 2 }), col('enrolled'), col('evidence')],
      },
      row([
        lab('专业群初次\n就业率'),
        fld('groupEmploymentRate', { colSpan: 2 }),
        lab('专业群对口\n就业率'),
        fld('groupRelevantRate'),
        F.evidence('evEmployment', '专业群就业率'),
      ]),
    ],
  };

  const cooperationTable = (k: 1 | 2): Block => {
    const e = E(k);
    const p = `e${k}`;
    const src = `合作企业（${k}）`;
    F.add(`${p}IsIntegration`, `合作企业（${k}）产教融合型企业`, 'choice', {
      options: ['是', '否'],
      bind: yesNo(`${e}.industryEducationIntegration`),
      source: `${src}·产教融合型企业`,
    });
    F.add(`${p}IsLeader`, `合作企业（${k}）行业龙头企业`, 'choice', {
      options: ['是', '否'],
      bind: yesNo(`${e}.industryLeader`),
      source: `${src}·行业龙头企业`,
    });
    F.add(
      `${p}IsSpecialised`,
      `合作企业（${k}）国家或省专精特新“小巨人”企业、省级“瞪羚”企业、国家技术创新示范企业等`,
      'choice',
      { options: ['是', '否'], bind: yesNo(QUALIFYING_HONOR(e)), source: `${src}·称号类别` },
    );
    F.add(`${p}Since`, `合作企业（${k}）开始合作时间`, 'date', {
      bind: `${e}.cooperationSince`,
      source: `${src}·开始合作时间`,
    });
    const yn = (field: string) => ({ checkboxes: { field, options: ['是', '否'] } }) as PackCell;
    const rows: PackTableRow[] = [
      row([lab(`实训中心合作企业（${k}）情况`, { colSpan: 2, align: 'center' }), lab('佐证材料页码')], {
        header: true,
      }),
      row([
        lab('产教融合型企业'),
        yn(`${p}IsIntegration`),
        F.evidence(`ev${p}Integration`, `合作企业（${k}）产教融合型企业`),
      ]),
      row([lab('行业龙头企业'), yn(`${p}IsLeader`), F.evidence(`ev${p}Leader`, `合作企业（${k}）行业龙头企业`)]),
      row([
        lab('国家或省专精特新“小巨人”企业、省级“瞪羚”企业、国家技术创新示范企业等'),
        yn(`${p}IsSpecialised`),
        F.evidence(`ev${p}Specialised`, `合作企业（${k}）称号`),
      ]),
      row([lab('开始合作时间'), fld(`${p}Since`), F.evidence(`ev${p}Since`, `合作企业（${k}）开始合作时间`)]),
    ];
    if (k === 1) {
      F.add('e1Content', '合作企业（1）合作内容', 'narrative', {
        bind: `${e}.cooperationContent`,
        source: `${src}·合作内容`,
      });
      F.add('e1Outcomes', '合作企业（1）合作成效', 'narrative', {
        bind: `${e}.cooperationOutcomes`,
        source: `${src}·合作成效`,
      });
      rows.push(row([lab('合作内容'), fld('e1Content'), F.evidence('eve1Content', '合作企业（1）合作内容')]));
      rows.push(row([lab('合作成效'), fld('e1Outcomes'), F.evidence('eve1Outcomes', '合作企业（1）合作成效')]));
    } else {
      F.add('e2ContentOutcomes', '合作企业（2）合作内容与成效', 'narrative', {
        bind: `concat(${e}.cooperationContent, ${e}.cooperationOutcomes)`,
        source: `${src}·合作内容、合作成效`,
      });
      rows.push(
        row([
          lab('合作内容与成效'),
          fld('e2ContentOutcomes'),
          F.evidence('eve2ContentOutcomes', '合作企业（2）合作内容与成效'),
        ]),
      );
    }
    return { type: 'table', columns: [{ width: 32 }, { width: 48 }, { width: 20 }], rows };
  };

  const centreItems: [string, string, string, string, string, Record<string, unknown>?][] = [
    ['centreArea', '建筑面积', 'm²', `sum(${ROOMS}, 'area')`, '实训场所·建筑面积合计（所选实训中心）', { decimals: 2 }],
    ['centreWorkstations', '实训工位', '个', `sum(${ROOMS}, 'workstations')`, '实训场所·实训工位合计'],
    [
      'centreVirtualRooms',
      '虚似仿真实训室',
      '个',
      `count(${ROOMS}, r => r.virtualSimulation)`,
      '实训场所·虚拟仿真实训室个数',
    ],
    [
      'centreInfoResources',
      '信息化实训教学资源',
      'T',
      `sum(${ROOMS}, 'infoResourcesTb')`,
      '实训场所·信息化实训教学资源合计',
      { decimals: 2 },
    ],
    [
      'centreEquipmentValue',
      '仪器设备总值',
      '万元',
      `wan(sum(${EQUIP}, 'amount'), 2)`,
      '仪器设备台账·所选实训中心各实训室设备金额合计',
      { decimals: 2, type: 'money' },
    ],
    [
      'centreMainEquipment',
      '主要仪器设备（含软件）',
      '台（套）',
      `sum(filter(${EQUIP}, r => r.isMain), 'quantity')`,
      '仪器设备台账·主要仪器设备数量合计',
    ],
    ['centreProjects', '开设实训项目', '个', `sum(${ROOMS}, 'projectCount')`, '实训场所·开设实训项目合计'],
    [
      'centreOpenRate',
      '实验（实训）开出率',
      '%',
      `pct(sum(${ROOMS}, 'projectsOpened'), sum(${ROOMS}, 'projectCount'), 2)`,
      '实训场所·已开出项目 ÷ 开设项目',
      { decimals: 2, type: 'percent', max: 100 },
    ],
    [
      'centreTeachingTeam',
      '实训教学师资团队',
      '人',
      `coalesce(${IND('centreTeachingTeam')}, count(${TEAM}))`,
      '指标·实训教学师资团队（无则为专业群教师人数）',
    ],
  ];
  const centreItems2: [string, string, string, string, string, Record<string, unknown>?][] = [
    ['centreManagers', '专职管理人员', '人', `sum(${ROOMS}, 'managers')`, '实训场所·专职管理人员合计'],
    ['centreRules', '实训中心管理制度', '个', `sum(${ROOMS}, 'rulesCount')`, '实训场所·管理制度合计'],
    ['centreTutorials', '实训指导教程', '本', `sum(${ROOMS}, 'tutorialsCount')`, '实训场所·实训指导教程合计'],
    [
      'centreStudentsTrained',
      '承担学生日常教学实训',
      '人/年',
      IND('studentsTrainedPerYear'),
      '指标·承担学生日常教学实训（统计年度）',
    ],
    [
      'centreCertTrainees',
      '承担职业技能等级证书培训',
      '人',
      IND('certTrainingTrainees'),
      '指标·承担职业技能等级证书培训（统计年度）',
    ],
    [
      'centreServiceIncome',
      '技术开发、技术咨询、技术服务收入',
      '万元',
      IND('techServiceIncome'),
      '指标·技术开发、技术咨询、技术服务收入（统计年度）',
      { decimals: 2, type: 'money' },
    ],
    [
      'centreHorizontalProjects',
      '承接行业企业省级及以上横向课题',
      '个',
      IND('provincialHorizontalProjects'),
      '指标·承接行业企业省级及以上横向课题（统计年度）',
    ],
  ];
  const itemRow = ([key, label, unit, bind, source, extra]: (typeof centreItems)[number]): PackTableRow => {
    const { type, ...rest } = (extra ?? {}) as { type?: 'money' | 'percent' };
    F.add(key, label, type ?? 'number', { unit, bind, source, min: 0, decimals: 0, ...rest });
    return row([lab(label), fld(key), F.evidence(`ev${key[0].toUpperCase()}${key.slice(1)}`, label)]);
  };
  F.add('centreDqSeniorShare', '中心双师素质教师占比/高级职称教师比例', 'text', {
    bind: `concat(fixed(coalesce(${IND('centreDoubleQualifiedShare')}, pct(count(${FULLTIME}, t => t.doubleQualified), count(${FULLTIME}), 2)), 2), '%/', fixed(coalesce(${IND('centreSeniorTitleShare')}, pct(count(${FULLTIME}, t => t.titleLevel == '正高级' || t.titleLevel == '副高级'), count(${FULLTIME}), 2)), 2), '%')`,
    source: '指标·中心双师素质教师占比、中心高级职称教师比例（无则按专业群专任教师计算）',
    placeholder: '如 78.00%/34.00%',
  });
  const centreTable: Block = {
    type: 'table',
    columns: [{ width: 50 }, { width: 30 }, { width: 20 }],
    rows: [
      row([lab('现有实训中心基础情况', { colSpan: 2, align: 'center' }), lab('佐证材料页码')], { header: true }),
      ...centreItems.map(itemRow),
      row([
        lab('中心双师素质教师占比/高级职称教师比例'),
        fld('centreDqSeniorShare'),
        F.evidence('evCentreDqSeniorShare', '双师素质/高级职称比例'),
      ]),
      ...centreItems2.map(itemRow),
    ],
  };

  F.add('awardList', '职业院校技能大赛成绩', 'table', {
    columns: [
      { key: 'year', label: '年度', type: 'year', required: true },
      { key: 'grade', label: '获奖等级', type: 'text', required: true },
      { key: 'major', label: '学生所在专业', type: 'text' },
      { key: 'evidence', label: '佐证材料页码', type: 'text' },
    ],
    bind: `map(${AWARDS}, a => {year: a.year, grade: concat(a.level, a.grade), major: a.studentMajors, evidence: ''})`,
    source: '技能大赛获奖·近5年专业群学生获国家三等奖及以上或省级一等奖',
    help: '近5年服务专业（群）学生参加省级及以上职业院校技能大赛获国家三等奖及以上或省级一等奖的记录，每项一行，可增加行。',
  });
  const awardTable: Block = {
    type: 'table',
    columns: [{ width: 18 }, { width: 30 }, { width: 32 }, { width: 20 }],
    rows: [
      row([lab('职业院校技能大赛成绩', { colSpan: 3, align: 'center' }), lab('佐证材料页码\n（获奖证书、学生学籍）')], {
        header: true,
      }),
      row([
        lab('年度', { align: 'center' }),
        lab('获奖等级', { align: 'center' }),
        lab('学生所在专业', { align: 'center' }),
        txt(''),
      ]),
      {
        repeat: 'awardList',
        minRows: 6,
        cells: [col('year', { align: 'center' }), col('grade'), col('major'), col('evidence')],
      },
    ],
  };

  unitField(
    'oneXTask',
    '1+X证书教育行政部门下达的任务数',
    '人',
    `sum(${CERTS(2023, '1+X证书')}, 'taskCount')`,
    '证书·2023年度1+X证书下达任务数合计',
    { decimals: 0, min: 0 },
  );
  unitField(
    'oneXAchieved',
    '1+X证书实际取证人数',
    '人',
    `sum(${CERTS(2023, '1+X证书')}, 'achievedCount')`,
    '证书·2023年度1+X证书实际取证人数合计',
    { decimals: 0, min: 0 },
  );
  F.add('oneXRelated', '与申报实训中心专业相关的证书', 'table', {
    columns: [
      { key: 'name', label: '证书名称', type: 'text', required: true },
      { key: 'count', label: '取证人数', type: 'number', unit: '人', decimals: 0, min: 0 },
      { key: 'evidence', label: '佐证材料页码', type: 'text' },
    ],
    bind: `map(filter(${CERTS(2023, '1+X证书')}, c => ${IN_GROUP('c.relatedMajor')}), c => {name: c.name, count: c.achievedCount, evidence: ''})`,
    source: '证书·2023年度与服务专业（群）相关的1+X证书',
  });
  const oneXTable: Block = {
    type: 'table',
    columns: [{ width: 24 }, { width: 36 }, { width: 20 }, { width: 20 }],
    rows: [
      row([lab('2023年度1+X证书制度试点工作成效', { colSpan: 3, align: 'center' }), lab('佐证材料页码')], {
        header: true,
      }),
      row([
        lab('学校', { rowSpan: 2 }),
        lab('教育行政部门下达的任务数'),
        fld('oneXTask'),
        F.evidence('evOneXTask', '1+X下达任务数'),
      ]),
      row([lab('实际取证人数'), fld('oneXAchieved'), F.evidence('evOneXAchieved', '1+X实际取证人数')]),
      // The label spans its header row and the certificate rows (a fixed row's rowSpan counts printed rows).
      row([
        lab('与申报实训中心\n专业相关的证书', { rowSpan: 2 }),
        lab('证书名称', { align: 'center' }),
        lab('取证人数', { align: 'center' }),
        lab('佐证材料页码', { align: 'center' }),
      ]),
      { repeat: 'oneXRelated', minRows: 5, cells: [col('name'), col('count'), col('evidence')] },
    ],
  };

  const personTasks: [string, string, string][] = [
    ['Train', '培训', '人次'],
    ['Cert', '取证', '人'],
    ['Senior', '高级工及以上取证', '人'],
  ];
  const personRows = personTasks.map(([k, task, unit]) => {
    unitField(
      `person${k}Task`,
      `“人人持证、技能河南”${task}教育行政部门下达的任务数`,
      unit,
      PERSON_TASK(task, 'taskCount'),
      `证书·2023年度人人持证「${task}」下达任务数`,
      { decimals: 0, min: 0 },
    );
    unitField(
      `person${k}Done`,
      `“人人持证、技能河南”${task}学校实际完成的任务数`,
      unit,
      PERSON_TASK(task, 'achievedCount'),
      `证书·2023年度人人持证「${task}」实际完成数`,
      { decimals: 0, min: 0 },
    );
    return row([
      lab(task),
      fld(`person${k}Task`),
      fld(`person${k}Done`),
      F.evidence(`evPerson${k}`, `人人持证${task}`),
    ]);
  });
  const personTable: Block = {
    type: 'table',
    columns: [{ width: 26 }, { width: 27 }, { width: 27 }, { width: 20 }],
    rows: [
      row([lab('2023年度“人人持证、技能河南”建设任务工作成效', { colSpan: 4, align: 'center' })], { header: true }),
      row([
        lab('任务类别', { align: 'center' }),
        lab('教育行政部门\n下达的任务数', { align: 'center' }),
        lab('学校实际完成的\n任务数', { align: 'center' }),
        lab('佐证材料页码', { align: 'center' }),
      ]),
      ...personRows,
    ],
  };

  const trainingRows = [2021, 2022, 2023].map((y) => {
    unitField(
      `socialTraining${y}`,
      `${y}年面向社会开展职业培训`,
      '人次',
      `sum(forYear(data.training, ${y}), 'personTimes')`,
      `社会培训·${y}年培训人次合计`,
      { decimals: 0, min: 0 },
    );
    return row([lab(`${y}年`), fld(`socialTraining${y}`), F.evidence(`evSocialTraining${y}`, `${y}年社会培训`)]);
  });
  const trainingTable: Block = {
    type: 'table',
    columns: [{ width: 40 }, { width: 40 }, { width: 20 }],
    rows: [
      row([lab('面向社会开展职业培训情况', { colSpan: 2, align: 'center' }), lab('佐证材料页码')], { header: true }),
      ...trainingRows,
    ],
  };

  const FUND_SOURCES = ['财政投入', '事业收入投入', '企业投入', '社会捐赠'];
  const fundingRows: PackTableRow[] = [];
  for (const y of [2021, 2022, 2023]) {
    FUND_SOURCES.forEach((source, i) => {
      F.add(`fund${y}_${i + 1}`, `${y}年${source}`, 'money', {
        ...WAN,
        min: 0,
        bind: FUND(y, source, '实际'),
        source: `经费投入·${y}年实际「${source}」合计`,
      });
    });
    F.add(`fund${y}Total`, `${y}年经费投入合计`, 'money', {
      ...WAN,
      min: 0,
      bind: `round(${FUND_SOURCES.map((_, i) => `(fields.fund${y}_${i + 1} ?? 0)`).join(' + ')}, 2)`,
      source: `本表${y}年四项之和`,
    });
    FUND_SOURCES.forEach((source, i) => {
      const cells: PackCell[] = [];
      if (i === 0) cells.push(lab(`${y}年`, { rowSpan: 4, align: 'center' }));
      cells.push(lab(source), fld(`fund${y}_${i + 1}`));
      if (i === 0)
        cells.push(fld(`fund${y}Total`, { rowSpan: 4 }), { ...F.evidence(`evFund${y}`, `${y}年经费投入`), rowSpan: 4 });
      fundingRows.push(row(cells));
    });
  }
  const fundingTable: Block = {
    type: 'table',
    columns: [{ width: 20 }, { width: 14 }, { width: 20 }, { width: 16 }, { width: 14 }, { width: 16 }],
    rows: [
      row([
        lab('近三年中心经费投入情况（万元）', { rowSpan: 13, align: 'center' }),
        lab('年度', { align: 'center' }),
        lab('途径', { align: 'center' }),
        lab('金额', { align: 'center' }),
        lab('合计', { align: 'center' }),
        lab('佐证材料页码', { align: 'center' }),
      ]),
      ...fundingRows,
    ],
  };

  // ---------------------------------------------------------------- 三、建设规划
  const PLAN_SOURCES = ['市县财政投入', '学校自筹', '企业投入', '社会捐赠'];
  const planRows: PackTableRow[] = [];
  PLAN_SOURCES.forEach((source, i) => {
    for (const y of [2024, 2025]) {
      F.add(`plan${y}_${i + 1}`, `${y}年${source}（投入计划）`, 'money', {
        ...WAN,
        min: 0,
        bind: FUND(y, source, '计划'),
        source: `经费投入·${y}年计划「${source}」`,
      });
    }
    F.add(`planTotal_${i + 1}`, `${source}合计（投入计划）`, 'money', {
      ...WAN,
      min: 0,
      bind: `round((fields.plan2024_${i + 1} ?? 0) + (fields.plan2025_${i + 1} ?? 0), 2)`,
      source: '本行2024年、2025年之和',
    });
    planRows.push(row([lab(source), fld(`plan2024_${i + 1}`), fld(`plan2025_${i + 1}`), fld(`planTotal_${i + 1}`)]));
  });
  for (const y of [2024, 2025]) {
    F.add(`plan${y}Total`, `${y}年投入计划合计`, 'money', {
      ...WAN,
      min: 0,
      bind: `round(${PLAN_SOURCES.map((_, i) => `(fields.plan${y}_${i + 1} ?? 0)`).join(' + ')}, 2)`,
      source: `本列${y}年四项之和`,
    });
  }
  F.add('planTotal', '投入计划总计', 'money', {
    ...WAN,
    min: 0,
    bind: 'round((fields.plan2024Total ?? 0) + (fields.plan2025Total ?? 0), 2)',
    source: '2024年、2025年合计之和',
  });
  planRows.push(row([lab('合计'), fld('plan2024Total'), fld('plan2025Total'), fld('planTotal')]));
  F.add('expectedOutcomes', '预期成效', 'narrative', {
    required: true,
    help: '简述实训中心建设的预期成效（与附件2「预期建设成效与主要成果」相呼应）。通知未规定字数。',
  });
  const planTable: Block = {
    type: 'table',
    columns: [{ width: 16 }, { width: 24 }, { width: 20 }, { width: 20 }, { width: 20 }],
    rows: [
      row([
        lab('投入\n计划\n（万元）', { rowSpan: 6, align: 'center' }),
        lab('途径', { align: 'center' }),
        lab('2024年', { align: 'center' }),
        lab('2025年', { align: 'center' }),
        lab('合计', { align: 'center' }),
      ]),
      ...planRows,
      row([lab('预期\n成效', { align: 'center' }), fld('expectedOutcomes', { colSpan: 4 })], { heightMm: 80 }),
    ],
  };

  // ---------------------------------------------------------------- 四、推荐意见
  const opinions: [string, string, string][] = [
    ['opinionSchool', '学校意见', '负责人签名：                    （公章）\n                        年    月    日'],
    [
      'opinionEnterprise',
      '企业意见',
      '企业（1）负责人签名：       企业（2）负责人签名：\n（公章）                           （公章）\n      年    月    日',
    ],
    [
      'opinionCityFinance',
      '省辖市、济源示范区、航空港区（市）\n财政局意见',
      '负责人签名：                    （公章）\n       年    月    日',
    ],
    [
      'opinionCityEducation',
      '省辖市、济源示范区、航空港区（市）\n教育局意见',
      '负责人签名：                    （公章）\n年    月    日',
    ],
  ];
  const opinionRows: PackTableRow[] = [];
  for (const [key, label, seal] of opinions) {
    F.add(key, label.replace('\n', ''), 'narrative', { help: '由签署单位填写或手写，可留空打印。' });
    opinionRows.push(row([lab(label, { rowSpan: 2, align: 'center' }), fld(key)], { heightMm: 24 }));
    // Room for a 42 mm seal over the signature and date, which sit at the bottom of the cell.
    opinionRows.push(row([txt(seal, { align: 'right', vAlign: 'bottom' })], { heightMm: 36 }));
  }
  const opinionTable: Block = { type: 'table', columns: [{ width: 28 }, { width: 72 }], rows: opinionRows };

  // ---------------------------------------------------------------- 附件2 建设方案（提纲）
  const planOutline: [string, string, string][] = [
    ['schemeGoal', '一、总体建设目标', '简述实训中心建设的总体目标与思路。'],
    [
      'schemeTasks',
      '二、重点建设任务与举措',
      '从服务专业（群）建设、管理运行体制机制、设施装备环境建设、教学师资团队、教育教学改革等方面，简述重点建设任务的具体内容，以及采取的建设措施。',
    ],
    ['schemeOutcomes', '三、预期建设成效与主要成果', '简述实训中心建设的预期成效及标志性成果。'],
    ['schemeBudget', '四、建设资金预算安排', '简述实训中心建设资金的总预算、筹措渠道及使用方向。'],
    ['schemeSafeguards', '五、保障措施', '简述学校在实训中心建设中采取的组织保障、资金保障等措施。'],
  ];
  const schemeBlocks: Block[] = [];
  for (const [key, heading, guidance] of planOutline) {
    F.add(key, heading.slice(2), 'narrative', { required: true, help: `${guidance}通知未规定字数。` });
    schemeBlocks.push({ type: 'heading', text: heading, level: 1 });
    schemeBlocks.push({ type: 'narrative', field: key, guidance: [guidance] });
  }

  // ---------------------------------------------------------------- 附件3 申报汇总表
  F.add('summaryRecommender', '推荐单位', 'text', {
    bind: 'school.name',
    source: '学校基本信息·学校名称（学校自主申报）',
  });
  for (const k of [1, 2] as const) {
    F.add(`e${k}Summary`, `合作企业（${k}）名称及企业荣誉等`, 'text', {
      bind: `concat(${E(k)}.name, if(${E(k)}.honors, concat('（', ${E(k)}.honors, '）'), ''))`,
      source: `合作企业（${k}）·企业名称、企业称号或荣誉`,
    });
  }
  const summaryForm = {
    id: 'summary',
    title: '河南省职业教育高水平专业化产教融合实训中心申报汇总表',
    attachment: '附件3',
    kind: 'sheet' as const,
    orientation: 'landscape' as const,
    blocks: [
      {
        type: 'paragraph',
        style: 'title',
        align: 'center',
        text: '河南省职业教育高水平专业化产教融合实训中心申报汇总表',
      },
      {
        type: 'paragraph',
        indent: false,
        text: '推荐单位（盖章）：{{summaryRecommender}}          联系人：{{contactName}}          联系电话：{{contactPhone}}',
      },
      {
        type: 'table',
        columns: [
          { width: 5 },
          { width: 11 },
          { width: 8 },
          { width: 10 },
          { width: 9 },
          { width: 9 },
          { width: 14 },
          { width: 14 },
          { width: 7 },
          // 13 digits (0371-66778801) on one line
          { width: 13 },
        ],
        rows: [
          row(
            [
              '序号',
              '学校名称',
              '申报\n专业',
              '中心服务专业（群）',
              '专业大类',
              '专业类',
              '合作企业（1）名称及企业荣誉等',
              '合作企业（2）名称及企业荣誉等',
              '联系人姓名',
              '联系电话',
            ].map((t) => lab(t, { align: 'center' })),
            { header: true },
          ),
          row([
            txt('1', { align: 'center' }),
            fld('schoolName'),
            fld('majorName'),
            fld('serviceGroup'),
            fld('majorCategory'),
            fld('majorClass'),
            fld('e1Summary'),
            fld('e2Summary'),
            fld('contactName'),
            fld('contactPhone'),
          ]),
        ],
        footnotes: [
          '注：实训中心申报专业名称、中心服务专业（群）名称等应按照2021年教育部《职业教育专业目录》中明确的专业命名。',
        ],
      },
    ] as Block[],
  };

  return {
    $schema: './pack.schema.json',
    formatVersion: 1,
    id: 'henan-2024-346',
    docNo: '教职成〔2024〕346号',
    title: '关于开展2024年河南省职业教育高水平专业化产教融合实训中心建设的通知',
    issuers: ['河南省教育厅', '河南省财政厅'],
    issueDate: '2024-11-05',
    deadline: '2024-11-15',
    level: '省',
    kind: 'application',
    // 「各高等职业学校」
    openTo: ['高职（专科）', '高职（本科）'],
    summary:
      '2024年在全省高等职业学校布局建设20个左右高水平专业化产教融合实训中心。由职业院校联合企业共同申报，每所高等职业学校限报1个；申报主体应符合1-4项基本条件，同时符合5-10项中的4项及以上条件。申报书和建设方案一式2份，申报汇总表和佐证材料（不超过50页）各1份，纸质材料加盖公章，于11月15日前报送省教育厅职成教处（郑州市正光路11号D822），同时提交电子版至 zhijiaochu2021@126.com。建设周期两年。',
    parameters: [
      {
        key: 'baseYear',
        label: '统计年度',
        type: 'year',
        default: 2023,
        help: '数据截止每年12月31日。本通知于2024年11月申报，在校生、就业率、实训中心等数据按2023年度填写；1+X、人人持证按通知所列2023年度，社会培训、经费投入按2021—2023年。',
      },
      {
        key: 'majorCode',
        label: '申报专业',
        type: 'choice',
        source: 'forYear(data.majors)',
        valueField: 'code',
        labelField: 'name',
        help: '按2021年《职业教育专业目录》命名的专业',
      },
      {
        key: 'groupName',
        label: '服务专业群',
        type: 'choice',
        source: 'data.majorGroups',
        valueField: 'name',
        labelField: 'name',
      },
      {
        key: 'centre',
        label: '申报实训中心（实训场所所属中心）',
        type: 'choice',
        source: "distinct(data.rooms, 'centre')",
        help: '实训室面积、工位、设备总值等按此中心的实训场所统计',
      },
      {
        key: 'enterprise1',
        label: '合作企业（1）',
        type: 'choice',
        source: ENTERPRISES,
        valueField: 'name',
        labelField: 'name',
      },
      {
        key: 'enterprise2',
        label: '合作企业（2）',
        type: 'choice',
        source: `concat(filter(${ENTERPRISES}, r => r.name != first(${ENTERPRISES}).name), take(${ENTERPRISES}, 1))`,
        valueField: 'name',
        labelField: 'name',
        help: '应与合作企业（1）不同',
      },
    ],
    fields: F.fields,
    eligibility: eligibility346(),
    submission: {
      deadlineText: '纸质材料加盖公章，于11月15日前报送至指定地址，同时提交电子版至指定邮箱',
      items: [
        {
          what: '《河南省职业教育高水平专业化产教融合实训中心申报书》（附件1）和《建设方案》（附件2）',
          forms: ['application', 'scheme'],
          copies: 2,
          seal: true,
          electronic: true,
          binding: '申报书正文A4纸双面打印，左侧装订',
        },
        {
          what: '《河南省职业教育高水平专业化产教融合实训中心申报汇总表》（附件3）',
          forms: ['summary'],
          copies: 1,
          seal: true,
          electronic: true,
        },
        {
          what: '佐证材料',
          evidence: true,
          copies: 1,
          seal: true,
          electronic: true,
          maxPages: 50,
          binding: '支撑材料部分设置目录索引，单独装订成册',
        },
      ],
      recipient: '省教育厅职成教处',
      address: '郑州市正光路11号省教育厅职成教处D822',
      mailNote: '如需邮寄，请使用中国邮政EMS',
      email: 'zhijiaochu2021@126.com',
      electronicFileName: '××学校职业教育高水平专业化产教融合实训中心申报材料（××专业）',
      packaging: '纸质材料按学校封装资料袋，一所学校装入一个资料袋，并将《申报书》封皮页打印后粘贴在资料袋上',
      contacts: [
        { name: '苗雪丽  任远', role: '省教育厅联系人', phone: '0371-69691995' },
        { name: '修晨', role: '省财政厅联系人', phone: '0371-65808606' },
      ],
      quota: { max: 1, text: '每所高等职业学校限报1个' },
      notes: [
        '实训中心申报专业名称、中心服务专业（群）名称应按照2021年教育部《职业教育专业目录》中明确的专业命名',
        '由职业院校联合企业共同申报；各学校结合自身实训教学基础条件，统筹安排资金，合理编制建设方案，明确建设内容和资金使用计划',
      ],
    },
    style: OFFICIAL_STYLE,
    bundle: {
      fileName: '{school}职业教育高水平专业化产教融合实训中心申报材料（{majorName}专业）',
      files: [
        {
          kind: 'form',
          form: 'application',
          fileName: '{school}河南省职业教育高水平专业化产教融合实训中心申报书（{majorName}专业）',
          formats: ['docx', 'pdf'],
          copies: 2,
        },
        {
          kind: 'form',
          form: 'scheme',
          fileName: '{school}职业教育高水平专业化产教融合实训中心建设方案',
          formats: ['docx', 'pdf'],
          copies: 2,
        },
        {
          kind: 'form',
          form: 'summary',
          fileName: '河南省职业教育高水平专业化产教融合实训中心申报汇总表',
          formats: ['xlsx', 'pdf'],
          copies: 1,
        },
        { kind: 'evidence', fileName: '{school}佐证材料', formats: ['pdf'], maxPages: 50, copies: 1 },
        { kind: 'data' },
      ],
      evidenceMaxPages: 50,
    },
    forms: [
      {
        id: 'application',
        title: '河南省职业教育高水平专业化产教融合实训中心申报书',
        attachment: '附件1',
        kind: 'document',
        blocks: [
          cover,
          { type: 'pageBreak' },
          instructions,
          { type: 'pageBreak' },
          statement,
          { type: 'pageBreak' },
          { type: 'heading', text: '一、基本情况', level: 1 },
          basicTable,
          // 二 follows on the same page (a forced break left the page of 合作企业（2） half empty).
          { type: 'heading', text: '二、申报条件', level: 1 },
          scaleTable,
          cooperationTable(1),
          cooperationTable(2),
          centreTable,
          awardTable,
          oneXTable,
          personTable,
          trainingTable,
          fundingTable,
          { type: 'heading', text: '三、建设规划', level: 1 },
          planTable,
          { type: 'heading', text: '四、推荐意见', level: 1 },
          opinionTable,
        ],
      },
      {
        id: 'scheme',
        title: '职业教育高水平专业化产教融合实训中心建设方案',
        attachment: '附件2',
        kind: 'document',
        blocks: [
          {
            type: 'paragraph',
            style: 'title',
            align: 'center',
            indent: false,
            text: '{{schoolName}}\n职业教育高水平专业化产教融合\n实训中心建设方案',
          },
          ...schemeBlocks,
        ],
      },
      summaryForm,
    ],
  };
}

// ---------------------------------------------------------------- eligibility 1–10
function eligibility346(): NonNullable<PackInput['eligibility']> {
  const SENIOR = `t.titleLevel == '正高级' || t.titleLevel == '副高级'`;
  const GUIDES = `filter(${TEAM}, t => contains(t.roles, '实习指导教师'))`;
  const TASK_RATE = (task: string) =>
    `pct(${PERSON_TASK(task, 'achievedCount')}, ${PERSON_TASK(task, 'taskCount')}, 2)`;
  const TRAINING_MIN = `min(map(range(${Y} - 2, ${Y}), y => sum(forYear(data.training, y), 'personTimes')))`;
  const STATUSES = `['国家级双高专业群', '省级双高专业群', '国家级示范专业点', '省级示范性专业点']`;

  const r = (
    id: string,
    label: string,
    expr: string | undefined,
    op: EligibilityRule['op'],
    threshold: number | boolean | undefined,
    unit: string | undefined,
    source: string,
    hint: string,
    extra: Partial<EligibilityRule> = {},
  ): EligibilityRule => {
    const rule: EligibilityRule = { id, label, op, source, hint, ...extra };
    if (expr !== undefined) rule.expr = expr;
    if (threshold !== undefined) rule.threshold = threshold;
    if (unit !== undefined) rule.unit = unit;
    return rule;
  };
  /** A condition the base data cannot decide: the school answers it (是/否). */
  const ask = (id: string, label: string, question: string, hint: string): EligibilityRule => ({
    id,
    label,
    op: '==',
    source: '由学校对照实际确认',
    ask: question,
    hint,
  });
  /** A numbered condition of the notice made of its sub-clauses: met when every one is. */
  const all = (id: string, label: string, parts: EligibilityRule[]): EligibilityRule[] => [
    {
      id,
      label,
      op: '>=',
      source: `见 ${parts[0].id}—${parts[parts.length - 1].id}`,
      hint: '见各子项',
      allOf: parts.map((p) => p.id),
    },
    ...parts,
  ];

  const c5: EligibilityRule[] = [
    r(
      '5.1',
      '有1名以上专业带头人，且具备2年以上企业工作经历或累计2年时间的企业锻炼经历',
      `count(${TEAM}, t => contains(t.roles, '专业带头人') && t.enterpriseYears >= 2)`,
      '>=',
      1,
      '名',
      '教师·团队角色含专业带头人且企业工作经历≥2年（服务专业群）',
      '在「教师」中为专业带头人填写企业工作经历（年）',
    ),
    r(
      '5.2',
      '有6名以上骨干教师',
      `count(${TEAM}, t => contains(t.roles, '骨干教师'))`,
      '>=',
      6,
      '名',
      '教师·团队角色含骨干教师（服务专业群）',
      '增加骨干教师或在「教师」中标注团队角色',
    ),
    r(
      '5.3',
      '骨干教师中企业兼职教师不少于2名',
      `count(${TEAM}, t => contains(t.roles, '骨干教师') && t.employment == '企业兼职教师')`,
      '>=',
      2,
      '名',
      '教师·骨干教师中任职类型为企业兼职教师',
      '聘请企业兼职教师担任骨干教师',
    ),
    r(
      '5.4',
      '“双师型”教师占专任教师50%以上',
      `pct(count(${FULLTIME}, t => t.doubleQualified), count(${FULLTIME}), 2)`,
      '>=',
      50,
      '%',
      '教师·服务专业群专任教师中双师型教师比例',
      '提高双师型教师比例',
    ),
    r(
      '5.5',
      '高级职称教师占本专业教师数25%以上',
      `pct(count(${FULLTIME}, t => ${SENIOR}), count(${FULLTIME}), 2)`,
      '>=',
      25,
      '%',
      '教师·服务专业群专任教师中正高级、副高级职称比例',
      '提高高级职称教师比例',
    ),
    r(
      '5.6',
      '实习指导教师中高级工以上的比例在80%以上',
      `pct(count(${GUIDES}, t => contains(['高级工', '技师', '高级技师'], t.qualificationLevel)), count(${GUIDES}), 2)`,
      '>=',
      80,
      '%',
      '教师·实习指导教师中职业资格高级工及以上比例',
      '实习指导教师取得高级工及以上职业资格',
    ),
    ask(
      '5.7',
      '制定有团队建设规划，重视教师综合职业素养提升和实践技能培训',
      '实践教学团队是否制定有团队建设规划，并开展教师职业素养提升和实践技能培训？',
      '制定团队建设规划并留存培训记录',
    ),
  ];
  const c6: EligibilityRule[] = [
    r(
      '6.1',
      '积极开展委托培养、订单培养和学徒制培养',
      `sum(${GM}, 'commissionedStudents') + sum(${GM}, 'orderStudents') + sum(${GM}, 'apprenticeStudents')`,
      '>=',
      1,
      '人',
      '专业数据·委托培养、订单培养、学徒制培养人数合计（服务专业群）',
      '开展委托培养、订单培养或学徒制培养',
    ),
    r(
      '6.2',
      '参与现场工程师专项培养计划',
      `sum(${GM}, 'fieldEngineerStudents')`,
      '>=',
      1,
      '人',
      '专业数据·现场工程师专项培养人数（服务专业群）',
      '参与现场工程师专项培养计划，并在「专业」中填写培养人数',
    ),
    ask(
      '6.3',
      '探索以工作任务为载体的工学结合人才培养模式，人才培养方案目标明确合理',
      '服务专业（群）的人才培养方案是否以工作任务为载体、工学结合，目标明确合理？',
      '修订人才培养方案',
    ),
    r(
      '6.4',
      '企业承担的教学任务量不低于30%',
      `round(avg(${GM}, 'enterpriseTeachingShare'), 2)`,
      '>=',
      30,
      '%',
      '专业数据·企业承担教学任务量（服务专业群平均）',
      '提高企业承担的教学任务量',
    ),
    ask(
      '6.5',
      '积极推行工学交替、任务驱动、项目导向等教学模式',
      '是否推行工学交替、任务驱动、项目导向等教学模式？',
      '推行工学交替、任务驱动、项目导向教学',
    ),
    ask(
      '6.6',
      '实训课程采取模块化教学，与职业资格等级鉴定相结合，构建教学做一体化教学体系',
      '实训课程是否采取模块化教学，并与职业资格等级鉴定相结合？',
      '实训课程模块化并对接职业技能等级鉴定',
    ),
    r(
      '6.7',
      '开发、编写有体现校企合作、工学结合的教材或实训指导书',
      `sum(${ROOMS}, 'tutorialsCount')`,
      '>=',
      1,
      '本',
      '实训场所·实训指导教程（所选实训中心）',
      '编写实训指导书，并在「实训场所」中填写实训指导教程本数',
    ),
  ];
  const c7: EligibilityRule[] = [
    r(
      '7.1',
      '学生近5年参加省级及以上职业院校技能大赛，获得国家三等奖及以上或省级一等奖至少3次',
      `count(${AWARDS})`,
      '>=',
      3,
      '次',
      '技能大赛获奖·近5年服务专业群学生获国家三等奖及以上或省级一等奖',
      '录入近5年获奖记录（级别、等级、学生所在专业）',
    ),
    r(
      '7.2',
      '学校承办过本专业（专业群）国家和省级技能大赛相关赛项',
      `count(${HOSTED})`,
      '>=',
      1,
      '次',
      '技能大赛获奖·学校承办的国家级、省级相关赛项（近5年）',
      '录入学校承办的赛项（「学校承办」为是）',
    ),
  ];
  const c8: EligibilityRule[] = [
    r(
      '8.1',
      '2023年度1+X证书取证人数完成教育行政部门下达的任务',
      `pct(sum(${CERTS(2023, '1+X证书')}, 'achievedCount'), sum(${CERTS(2023, '1+X证书')}, 'taskCount'), 2)`,
      '>=',
      100,
      '%',
      '证书·2023年度1+X证书实际取证数 ÷ 下达任务数',
      '完成1+X证书取证任务',
    ),
    r(
      '8.2',
      '学生取证证书中至少有一种证书与申报实训中心的专业相关',
      `count(filter(${CERTS(2023, '1+X证书')}, c => ${IN_GROUP('c.relatedMajor')} && c.achievedCount > 0))`,
      '>=',
      1,
      '种',
      '证书·2023年度与服务专业群相关的1+X证书',
      '在证书数据中填写「相关专业」',
    ),
  ];
  const c9: EligibilityRule[] = [
    r(
      '9.1',
      '完成2023年度“人人持证、技能河南”培训任务',
      TASK_RATE('培训'),
      '>=',
      100,
      '%',
      '证书·2023年度人人持证培训完成数 ÷ 任务数',
      '完成培训任务',
    ),
    r(
      '9.2',
      '完成2023年度“人人持证、技能河南”取证任务',
      TASK_RATE('取证'),
      '>=',
      100,
      '%',
      '证书·2023年度人人持证取证完成数 ÷ 任务数',
      '完成取证任务',
    ),
    r(
      '9.3',
      '完成2023年度“人人持证、技能河南”高级工及以上取证任务',
      TASK_RATE('高级工及以上取证'),
      '>=',
      100,
      '%',
      '证书·2023年度高级工及以上取证完成数 ÷ 任务数',
      '完成高级工及以上取证任务',
    ),
    r(
      '9.4',
      '近3年面向社会开展各类职业培训，年完成培训1000人次以上',
      TRAINING_MIN,
      '>=',
      1000,
      '人次',
      '社会培训·近3年每年培训人次（取最少的一年）',
      '每年面向社会培训不少于1000人次',
    ),
  ];
  const c10: EligibilityRule[] = [
    r(
      '10.1',
      '学校对中心有专项投入',
      `wan(sum(filter(data.funding, f => f.kind == '实际' && f.year > ${Y} - 3 && f.year <= ${Y}), 'amount'), 2)`,
      '>',
      0,
      '万元',
      '经费投入·近3年实际投入合计',
      '录入中心经费投入',
    ),
    r(
      '10.2',
      '设有专门机构和专人对中心进行管理',
      `sum(${ROOMS}, 'managers')`,
      '>=',
      1,
      '人',
      '实训场所·专职管理人员',
      '为实训中心配备专职管理人员',
    ),
    r(
      '10.3',
      '中心管理制度健全规范、执行得力',
      `sum(${ROOMS}, 'rulesCount')`,
      '>=',
      1,
      '个',
      '实训场所·管理制度数',
      '建立实训中心管理制度',
    ),
    ask(
      '10.4',
      '中心为本校相关专业和外校同类专业提供服务，建立并形成良好的共享机制',
      '实训中心是否为本校相关专业和外校同类专业提供服务，并建立了共享机制？',
      '建立共享机制并留存服务记录',
    ),
  ];

  const c1: EligibilityRule[] = [
    r(
      '1.1',
      '学校全日制在校生规模，高等职业学校不低于15000人',
      `sum(${MAJORS}, 'enrolled')`,
      '>=',
      15000,
      '人',
      '专业数据·全日制在校生（统计年度全校合计）',
      '学校规模不足，不能申报',
    ),
    ask(
      '1.2',
      '办学定位清晰：学校办学定位、专业（专业群）设置、毕业生就业去向，与区域发展需求、地方产业结构相契合、相匹配',
      '学校办学定位、专业（专业群）设置、毕业生就业去向是否与区域发展需求、地方产业结构相契合、相匹配？',
      '在申报书中说明办学定位与区域产业的对应关系',
    ),
  ];
  const c2: EligibilityRule[] = [
    r(
      '2.1',
      '实训中心所服务专业（专业群）全日制在校生规模，高等职业学校不低于3000人',
      `sum(${GM}, 'enrolled')`,
      '>=',
      3000,
      '人',
      '专业数据·服务专业群各专业全日制在校生合计',
      '选择在校生更多的专业群，或核对群内专业',
    ),
    r(
      '2.2',
      '专业群的核心骨干专业设置5年以上',
      `${Y} - ${CORE}.foundedYear`,
      '>=',
      5,
      '年',
      '专业群·核心专业；专业数据·设置年份',
      '核对核心专业的设置年份',
    ),
    r(
      '2.3',
      '核心骨干专业连续招生，有两届以上毕业生',
      `count(filter(data.majors, m => m.code == ${GROUP}.coreMajorCode && m.year <= ${Y} && m.graduates > 0))`,
      '>=',
      2,
      '届',
      '专业数据·核心专业有毕业生的年度数',
      '核对核心专业各年度毕业生人数',
    ),
    r(
      '2.4',
      '专业（群）是学校重点建设的省级“双高”专业群或者省级示范性专业点',
      `contains(${STATUSES}, ${GROUP}.status) || contains(${STATUSES}, ${MAJOR}.status)`,
      '==',
      true,
      undefined,
      '专业群·建设层级；专业数据·建设层级',
      '选择省级“双高”专业群或省级示范性专业点',
    ),
    r(
      '2.5',
      '专业群毕业生初次就业率80%以上',
      WEIGHTED_RATE('employmentRate'),
      '>=',
      80,
      '%',
      '专业数据·群内各专业初次就业率（按毕业生加权）',
      '核对就业数据',
    ),
    r(
      '2.6',
      '专业对口就业率75%以上',
      WEIGHTED_RATE('relevantEmploymentRate'),
      '>=',
      75,
      '%',
      '专业数据·群内各专业对口就业率（按毕业生加权）',
      '核对就业数据',
    ),
  ];
  const c3: EligibilityRule[] = [
    r(
      '3.1',
      '建有满足该专业（专业群）教学需要、具有真实职业氛围的生产性实训中心',
      `count(${ROOMS}, r => r.productive)`,
      '>=',
      1,
      '间',
      '实训场所·所选实训中心中的生产性实训室',
      '在「实训场所」中标注生产性实训室',
    ),
    r(
      '3.2',
      '中心实训室的总使用面积不低于500平方米',
      `sum(${ROOMS}, 'area')`,
      '>=',
      500,
      'm²',
      '实训场所·所选实训中心各实训室面积合计',
      '核对实训场所面积或选择其他中心',
      { decimals: 2 },
    ),
    r(
      '3.3',
      '现有仪器设备总值在60万元以上（其中，工科类专业仪器设备总值在100万元以上）',
      `wan(sum(${EQUIP}, 'amount'), 2)`,
      '>=',
      undefined,
      '万元',
      '仪器设备台账·所选实训中心设备金额合计',
      '核对仪器设备台账中设备的所属实训场所',
      { thresholdExpr: `if(${MAJOR}.engineering, 100, 60)`, decimals: 2 },
    ),
    r(
      '3.4',
      '实训（实验）开出率达到100%',
      `pct(sum(${ROOMS}, 'projectsOpened'), sum(${ROOMS}, 'projectCount'), 2)`,
      '>=',
      100,
      '%',
      '实训场所·已开出项目 ÷ 开设项目',
      '开出全部实训项目',
    ),
    ask(
      '3.5',
      '教学仪器设备利用率高，使用效果好',
      '实训中心教学仪器设备利用率是否高、使用效果是否好？',
      '留存设备使用记录',
    ),
    ask(
      '3.6',
      '设施经费投入有保证，设备维护、材料损耗经费补充有保障',
      '实训中心的设施经费投入、设备维护和材料损耗经费是否有保障？',
      '在预算中安排设备维护和材料损耗经费',
    ),
  ];
  const c4: EligibilityRule[] = [
    ask(
      '4.1',
      '实训中心合作企业自身主营产业领域应与专业（专业群）基本对口',
      '合作企业（1）（2）的主营产业领域是否与申报专业（专业群）基本对口？（主营产业领域见「合作企业」）',
      '选择主营产业与专业对口的合作企业',
    ),
    r(
      '4.2',
      '合作企业为世界500强企业、中国500强企业、国家专精特新“小巨人”企业、省级专精特新“小巨人”企业、省级“瞪羚”企业、国家技术创新示范企业、制造业单项冠军企业、隐形冠军企业、国家重点支持的独角兽企业等',
      `count([${E(1)}, ${E(2)}], e => ${QUALIFYING_HONOR('e')})`,
      '>=',
      2,
      '家',
      '合作企业·称号类别（所选合作企业（1）（2））',
      '选择具有上述称号的合作企业，或在「合作企业」中填写称号类别',
    ),
    ask(
      '4.3',
      '学校实训中心与企业开展稳定合作',
      '实训中心与合作企业（1）（2）是否开展稳定合作？（开始合作时间见「合作企业」）',
      '与合作企业签订长期合作协议',
    ),
    r(
      '4.4',
      '与2家以上企业或用人单位（中等职业学校与1家以上企业或用人单位）签有联合培养协议且已有至少一届毕业生',
      `count(data.enterprises, e => e.jointTrainingAgreement && e.firstGraduatesYear != null && e.firstGraduatesYear <= ${Y})`,
      '>=',
      undefined,
      '家',
      '合作企业·签有联合培养协议、首届联合培养毕业年份',
      '签订联合培养协议并有毕业生',
      // The notice sets 1 for a 中等职业学校, 2 otherwise (学校基本信息·办学层次).
      { thresholdExpr: "if(school.educationLevel == '中职', 1, 2)" },
    ),
    r(
      '4.5',
      '建立由行业、企业专家和学校有关人员共同组成的专业教学指导委员会并运行良好',
      `count(data.enterprises, e => e.inTeachingCommittee)`,
      '>=',
      1,
      '家',
      '合作企业·参与专业教学指导委员会',
      '建立专业教学指导委员会并吸收企业专家',
    ),
    r(
      '4.6',
      '合作企业不得是三年内发生过安全、环保、质量等生产事故，或有涉税、涉费、涉假等违法违规经营行为的企业',
      `count([${E(1)}, ${E(2)}], e => e.incidentsInThreeYears)`,
      '==',
      0,
      '家',
      '合作企业·近三年发生事故或违法违规',
      '更换合作企业',
    ),
  ];
  const rules: EligibilityRule[] = [
    ...all('1', '办学定位清晰，办学规模较大', c1),
    ...all('2', '专业（专业群）特色鲜明，优势明显', c2),
    ...all('3', '基础条件完善，设备利用率高', c3),
    ...all('4', '合作企业优质，合作基础良好', c4),
    ...all('5', '实践教学团队结构合理，技能水平突出', c5),
    ...all('6', '人才培养模式创新，课程建设成效显著', c6),
    ...all('7', '技能大赛参与率高，竞赛成绩优异', c7),
    ...all('8', '1+X证书制度试点工作成效明显，取证率高', c8),
    ...all('9', '“人人持证、技能河南”建设任务有效完成，职业培训成效突出', c9),
    ...all('10', '中心运行平稳高效，示范作用发挥充分', c10),
  ];
  return {
    rules,
    overall: {
      text: '申报主体应符合1-4项基本条件，同时符合5-10项中的4项及以上条件',
      groups: [
        {
          label: '1-4项基本条件（全部符合）',
          all: true,
          rules: ['1', '2', '3', '4'],
        },
        { label: '5-10项（符合4项及以上）', atLeast: 4, rules: ['5', '6', '7', '8', '9', '10'] },
      ],
    },
  };
}
