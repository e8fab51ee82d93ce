// 教办职成〔2023〕258号: 河南省市域产教联合体 — 附件1 建设指标 (self-assessment), 附件2 推荐书,
// 附件3 推荐名单汇总表, worded as the notice words them.
import type { EligibilityRule, PackCell, PackInput, PackTableRow } from '../../shared/packs/packSchema.js';
import { type Block, col, FieldSet, fld, lab, OFFICIAL_STYLE, row, txt } from './packBuilder.js';

const IND_Y = (code: string) => `lookup(forYear(data.indicators, year), 'code', '${code}').value`;
// The 联合体's member units are the ones marked 产教联合体成员单位, not every partner of the school.
const MEMBERS = (kind: string) =>
  `filter(where(where(data.enterprises, 'consortiumMember', true), 'kind', '${kind}'), e => !e.cooperationUntil)`;
const IND_LATEST = (code: string) => `lookup(forYear(data.indicators), 'code', '${code}').value`;
const COMPANIES = MEMBERS('企业');

/** 附件1: 基本指标 and their 观测点, verbatim. */
const INDICATORS: [string, string[]][] = [
  [
    '1. 基本情况',
    [
      '1.1 联合体依托的产业园区总产值在省内位于前列,主要以先进制造业、现代服务业、现代农业等为核心主导产业;联合体职业教育资源富集,涵盖中职、高职(含职教本科)学校,吸纳普通本科学校作为成员',
      '1.2 将联合体建设情况纳入产业园区工作考核指标和职业教育工作目标考核体系',
      '1.3 教育部门会同其他有关部门建立密切配合的协调联动机制,明确职责分工,划定重点任务,提出时间节点',
      '1.4 经费投入和其他政策支持力度较大,明确支持职业教育的金融、财政、税费、土地、信用、就业和收入分配等激励政策的具体举措,相关政策落地实施',
    ],
  ],
  [
    '2. 运行机制',
    [
      '2.1 成立政府、企业、学校、科研机构等多方参与的理事会(董事会)',
      '2.2 建立多元协同、共建共管的治理模式,达到产权明晰、组织完备、机制健全、运行高效的实体化运作要求',
      '2.3 建立市域产教联合体章程、运营管理制度等,构建市域产教联合体人员聘用及评价体系、绩效考核体系、运营质量保障体系等',
      '2.4 理事会(董事会)管理决策、秘书处(办公室)日常工作、各执行机构(包括分支机构)运行规范明晰',
    ],
  ],
  [
    '3. 共建共享',
    [
      '3.1 联合体内各类主体共商培养方案、共组教学团队、共建教学资源,共同实施学业考核评价,积极探索高技能人才培养的新模式,广泛开展校企联合招生、联合培养、岗位成才的中国特色学徒制',
      '3.2 龙头企业深度参与职业学校专业规划、人才培养标准、教材课程开发、师资队伍建设等各个环节,并取得实际成效',
      '3.3 对标产业发展前沿,联合体成员单位共建产教融合实训基地和产业学院,促进教育链、人才链与产业链、创新链紧密结合',
      '3.4 设置灵活的用人机制,采取固定岗与流动岗相结合的方式,聘请企业工程技术人员、高技能人才、管理人员、能工巧匠等到校全职或兼职工作',
      '3.5 校企联合制订人才培养方案或职工培训方案,实现人员互相兼职,相互为学生实习实训、教师实践、学生就业创业、员工培训、企业技术和产品研发、成果转移转化等提供支持',
    ],
  ],
  [
    '4. 人才培养',
    [
      '4.1 搭建人才供需信息平台，职业学校紧贴市场和就业形势，完善职业教育专业动态调整机制，促进专业布局与当地产业结构紧密对接',
      '4.2 坚持服务学生全面发展，通过校企协作育人，积极塑造学生的价值观念、职业技能意识以及社会责任感，有效提升学生的实践能力、沟通合作能力、可持续发展能力',
      '4.3 联合体各类主体深度参与职业学校专业规划、人才培养规格确定、课程开发、师资队伍建设，及时把新方法、新技术、新工艺、新标准引入教育教学实践',
      '4.4 企业按岗位总量一定比例设立岗位，接受学生来企实习实训和教师岗位实践',
      '4.5 联合体所在省建立完善“文化素质+职业技能”考试招生办法，支持联合体内中职、高职高专、本科学校合作分段培养或贯通培养学生，鼓励普通本科学校招收符合条件的中高职毕业生和企业一线优秀员工就读本科和专业学位研究生教育',
    ],
  ],
  [
    '5. 服务发展',
    [
      '5.1 建设共性技术服务平台，支持联合体内职业学校、普通高校、科研机构与企业开展协同攻关，为园区企业提供技术咨询与服务，促进技术创新、工艺改进、产品升级，解决实际生产问题',
      '5.2 联合体校企合作开展技术研发的成果转化率较高，合作取得一批研究成果（包括发明专利、实用新型专利等）、一批省部级奖励（包括教育教学成果、创新创业实践成果、科技创新成果等）',
      '5.3 联合制订培训规划，支持联合体内学校积极承接企业员工开展岗前培训、岗位培训、继续教育等，提升企业员工的技能水平和岗位适应能力，培训效果好',
      '5.4 联合体积极服务制造强国、乡村振兴、共同富裕、“一带一路”倡议等国家和区域重大发展战略，取得显著成效',
    ],
  ],
  [
    '6. 特色创新',
    [
      '6.1 联合体在服务区域经济社会发展等方面理念先进、特色鲜明、成绩突出',
      '6.2 联合体在制度建设、运行机制等方面改革创新，并取得明显成效，具有推广价值',
      '6.3 联合体促进了本地区本行业职业教育发展，提升了职业教育的社会影响力',
    ],
  ],
  ['7. 其他', ['联合体近3年内在招生、就业、安全等领域发生过重大违法违规事件、造成不良社会影响的，酌情扣分']],
];

export function buildPack258(): PackInput {
  const F = new FieldSet();

  // ---------------------------------------------------------------- 附件1 建设指标（自评）
  const checklistColumns = [
    { key: 'point', label: '观测点', type: 'text' as const, required: true },
    { key: 'status', label: '自评状态', type: 'choice' as const, options: ['已达到', '基本达到', '未达到', '不适用'] },
    { key: 'note', label: '说明', type: 'text' as const, maxLength: 1000 },
    { key: 'evidence', label: '佐证材料', type: 'text' as const, maxLength: 300 },
  ];
  const checklistRows: PackTableRow[] = [];
  INDICATORS.forEach(([indicator, points], i) => {
    const key = `checklist${i + 1}`;
    F.add(key, `建设指标「${indicator}」自评`, 'table', {
      columns: checklistColumns,
      minRows: points.length,
      defaultRows: points.map((point) => ({ point, status: null, note: null, evidence: null })),
      help: '逐条对照观测点自评：选择自评状态，写明说明和佐证材料（材料名称或页码）。',
    });
    checklistRows.push({
      repeat: key,
      lead: [lab(indicator)],
      cells: [col('point'), col('status'), col('note'), col('evidence')],
    });
  });
  const checklistForm = {
    id: 'indicators',
    title: '市域产教联合体建设指标',
    attachment: '附件1',
    kind: 'document' as const,
    orientation: 'landscape' as const,
    blocks: [
      { type: 'paragraph', style: 'title', align: 'center', indent: false, text: '市域产教联合体建设指标（自评）' },
      {
        type: 'table',
        columns: [{ width: 12 }, { width: 46 }, { width: 10 }, { width: 18 }, { width: 14 }],
        rows: [
          row(
            ['基本指标', '观测点', '自评状态', '说明', '佐证材料'].map((t) => lab(t, { align: 'center' })),
            { header: true },
          ),
          ...checklistRows,
        ],
      },
    ] as Block[],
  };

  // ---------------------------------------------------------------- 附件2 推荐书: cover and 说明
  F.add('unionName', '联合体名称', 'text', { required: true, maxLength: 100 });
  F.add('recommender', '推荐单位', 'text', {
    required: true,
    help: '省辖市、济源示范区、航空港区、省直管县（市）教育局',
  });
  F.add('park', '依托园区', 'text', { required: true });
  F.add('leadSchool', '牵头学校', 'text', { required: true, bind: 'school.name', source: '学校基本信息·学校名称' });
  F.add('leadEnterprise', '牵头企业', 'text', {
    required: true,
    bind: `find(${COMPANIES}, e => e.industryLeader).name`,
    source: '合作企业·第一家行业龙头企业',
    help: '牵头企业优先选择行业龙头企业',
  });
  F.add('fillDate', '填表日期', 'date', { required: true, bind: 'today()', source: '今天' });
  const cover: Block = {
    type: 'cover',
    titleLines: ['市域产教联合体推荐书'],
    lines: [
      { label: '联合体名称', field: 'unionName' },
      { label: '推荐单位', field: 'recommender' },
      { label: '依托园区（公章）', field: 'park' },
      { label: '牵头学校（公章）', field: 'leadSchool' },
      { label: '牵头企业（公章）', field: 'leadEnterprise' },
      { label: '填表日期', field: 'fillDate' },
    ],
    issuerLine: '河南省教育厅制',
  };
  const explanation: Block = {
    type: 'instructions',
    title: '说 明',
    items: [
      '一、请如实填写，规范严谨，及时提交。',
      '二、申报内容体现已有基础和建设承诺，明确时间、内容、结果，重点突出，逻辑清晰，叙述准确、精炼，不超出相应部分的篇幅规定要求。',
      '三、年度数据截止时间为每年12月31日，2022年数据为拟组成联合体成员单位的汇总数据，2023—2025年数据为申报单位承诺的建成数据。',
      '四、文字内容的字体为仿宋_GB2312，字号为小四号，行距为固定值16磅。',
      '五、推荐书的正文部分使用A4纸双面打印，左侧装订。支撑材料部分请设置目录索引，单独装订成册。',
    ],
  };

  // ---------------------------------------------------------------- 1. 联合体概况
  F.add('unionFounded', '（拟）成立时间', 'date', {});
  F.add('unionLeader', '联合体负责人', 'text', { help: '联合体负责人指所在产业园区管委会负责同志' });
  F.add('unionLeaderTitleContact', '联合体负责人职务及联系方式', 'text', {});
  F.add('secretariatUnit', '秘书处所在单位', 'text', {
    bind: 'school.name',
    source: '学校基本信息·学校名称（秘书处设在牵头学校时）',
  });
  F.add('secretariatHead', '秘书处负责人', 'text', {});
  F.add('secretariatArea', '秘书处固定办公面积', 'number', {
    unit: 'm²',
    min: 0,
    decimals: 2,
    bind: IND_LATEST('secretariatOfficeArea'),
    source: '指标·秘书处固定办公面积（最近年度）',
  });
  F.add('secretariatPhone', '秘书处联系电话', 'text', {
    bind: 'school.contactOfficePhone',
    source: '学校基本信息·联系人办公电话',
  });
  F.add('secretariatStaff', '秘书处人员总数', 'number', {
    min: 0,
    decimals: 0,
    bind: 'if(fields.secretariatFullTime == null && fields.secretariatPartTime == null, null, (fields.secretariatFullTime ?? 0) + (fields.secretariatPartTime ?? 0))',
    source: '专职人数 + 兼职人数（两者都未填时留空，不打印0）',
  });
  F.add('secretariatFullTime', '秘书处专职人数', 'number', {
    min: 0,
    decimals: 0,
    bind: IND_LATEST('secretariatFullTimeStaff'),
    source: '指标·秘书处专职人员（最近年度）',
  });
  F.add('secretariatPartTime', '秘书处兼职人数', 'number', {
    min: 0,
    decimals: 0,
    bind: IND_LATEST('secretariatPartTimeStaff'),
    source: '指标·秘书处兼职人员（最近年度）',
  });
  F.add('secretariatNames', '秘书处人员姓名', 'text', { maxLength: 500 });
  const memberKinds: [string, string, boolean][] = [
    ['Secondary', '中职学校', true],
    ['Higher', '高职学校(含职教本科)', true],
    ['Bachelor', '普通本科学校', true],
    ['Government', '政府部门', false],
    ['Enterprise', '企业', false],
    ['Research', '科研机构', false],
    ['Other', '其他组织', false],
  ];
  const memberRows: PackTableRow[] = [
    row([
      lab('组成', { align: 'center' }),
      lab('数量 (在校生数)', { colSpan: 2, align: 'center' }),
      lab('单位名称', { colSpan: 3, align: 'center' }),
    ]),
  ];
  for (const [k, label, isSchool] of memberKinds) {
    const kind = label === '高职学校(含职教本科)' ? '高职学校' : label;
    const rows = MEMBERS(kind);
    // The applying school itself is a 高职 member even though it is not in the member-unit list.
    const own = k === 'Higher';
    const count = own ? `count(${rows}) + 1` : `count(${rows})`;
    const students = own
      ? `sum(${rows}, 'studentCount') + sum(forYear(data.majors, 2022), 'enrolled')`
      : `sum(${rows}, 'studentCount')`;
    F.add(`members${k}Count`, `联合体成员${label}数量${isSchool ? '（在校生数）' : ''}`, 'text', {
      bind: isSchool ? `concat(${count}, '（', ${students}, '）')` : `text(${count})`,
      source: `合作企业及成员单位·联合体成员中单位类型「${kind}」${isSchool ? '的数量和在校生数' : '的数量'}${own ? '（含本校，在校生按2022年度）' : ''}`,
    });
    F.add(`members${k}Names`, `联合体成员${label}单位名称`, 'text', {
      maxLength: 2000,
      bind: own ? `join(concat([school.name], pluck(${rows}, 'name')), '、')` : `join(pluck(${rows}, 'name'), '、')`,
      source: `合作企业及成员单位·联合体成员中单位类型「${kind}」的名称`,
    });
    memberRows.push(
      row([lab(label), fld(`members${k}Count`, { colSpan: 2 }), fld(`members${k}Names`, { colSpan: 3 })]),
    );
  }
  const fundYears = [2023, 2024, 2025];
  for (const y of fundYears)
    F.add(`runFund${y}`, `${y}年拟投入运行经费总额`, 'money', { unit: '万元', decimals: 2, min: 0 });
  const fundSources: [string, string][] = [
    ['Lead', '牵头单位负担'],
    ['Gov', '政府核拨'],
    ['Members', '其他成员负担'],
    ['Other', '其他途径'],
  ];
  for (const [k, label] of fundSources)
    F.add(`runFund2023${k}`, `2023年拟投入运行经费来源·${label}`, 'money', { unit: '万元', decimals: 2, min: 0 });
  F.add('parkOutput2022', '2022年产业园区总产值', 'number', {
    unit: '亿元',
    decimals: 2,
    min: 0,
    bind: `lookup(forYear(data.indicators, 2022), 'code', 'parkGrossOutput').value`,
    source: '指标·依托产业园区总产值（2022年）',
  });
  F.add('parkIndustries', '产业园区主导产业情况', 'narrative', { wordLimit: 200, placeholder: '（不超过200字）' });
  F.add('localPolicies', '联合体所在地制定支持职业教育政策及落实情况', 'narrative', {
    wordLimit: 500,
    placeholder: '（不超过500字）',
  });

  const overviewTable: Block = {
    type: 'table',
    columns: [{ width: 16 }, { width: 16 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 16 }],
    rows: [
      row([
        lab('联合体名称', { colSpan: 2 }),
        fld('unionName', { colSpan: 2 }),
        lab('(拟) 成立时间'),
        fld('unionFounded', { colSpan: 2 }),
      ]),
      row([
        lab('联合体负责人¹', { colSpan: 2 }),
        fld('unionLeader', { colSpan: 2 }),
        lab('职务及联系方式'),
        fld('unionLeaderTitleContact', { colSpan: 2 }),
      ]),
      row([
        lab('秘书处(办公室)情况', { rowSpan: 4 }),
        lab('秘书处所在单位'),
        fld('secretariatUnit', { colSpan: 2 }),
        lab('秘书处负责人'),
        fld('secretariatHead', { colSpan: 2 }),
      ]),
      row([
        lab('固定办公面积'),
        fld('secretariatArea', { colSpan: 2 }),
        lab('联系电话'),
        fld('secretariatPhone', { colSpan: 2 }),
      ]),
      row([
        lab('人员总数'),
        fld('secretariatStaff'),
        lab('专职人数'),
        fld('secretariatFullTime'),
        lab('兼职人数'),
        fld('secretariatPartTime'),
      ]),
      row([lab('人员姓名'), fld('secretariatNames', { colSpan: 5 })]),
      ...memberRows.map((r, i) =>
        i === 0 ? { ...r, cells: [lab('联合体成员情况', { rowSpan: memberRows.length }), ...r.cells] } : r,
      ),
      row([
        lab('拟投入运行经费总额(万元)', { colSpan: 2, rowSpan: 2 }),
        lab('2023年²', { colSpan: 2, align: 'center' }),
        lab('2024年', { colSpan: 2, align: 'center' }),
        lab('2025年', { align: 'center' }),
      ]),
      row([fld('runFund2023', { colSpan: 2 }), fld('runFund2024', { colSpan: 2 }), fld('runFund2025')]),
      ...fundSources.map(([k, label], i) =>
        row([
          ...(i === 0 ? [lab('2023年拟投入运行经费来源(万元)', { colSpan: 2, rowSpan: 4 })] : []),
          lab(label, { colSpan: 2 }),
          fld(`runFund2023${k}`, { colSpan: 3 }),
        ]),
      ),
      row([lab('2022年产业园区总产值(亿元)', { colSpan: 2 }), fld('parkOutput2022', { colSpan: 5 })]),
      row([lab('产业园区主导产业情况', { colSpan: 2 }), fld('parkIndustries', { colSpan: 5 })], { heightMm: 40 }),
      row([lab('联合体所在地制定支持职业教育政策及落实情况', { colSpan: 2 }), fld('localPolicies', { colSpan: 5 })], {
        heightMm: 80,
      }),
    ],
    footnotes: ['¹ 联合体负责人指所在产业园区管委会负责同志。', '² 2023—2025年填写承诺建成数据,下同。'],
  };

  // ---------------------------------------------------------------- 2. 办学成效和服务能力 (2022 / 2023 columns)
  const yearly = (
    key: string,
    label: string,
    unit: string,
    bind: string | undefined,
    source: string | undefined,
    extra: Record<string, unknown> = {},
  ) => {
    F.add(key, label, 'number', {
      perYear: true,
      ...(unit ? { unit } : {}),
      min: 0,
      decimals: 0,
      ...(bind ? { bind, source } : {}),
      ...extra,
    });
    return { field: key, perYear: true } as PackCell;
  };
  const ind = (key: string, label: string, unit: string, code: string, extra: Record<string, unknown> = {}) =>
    yearly(key, label, unit, IND_Y(code), `指标·${label}（各年度）`, extra);
  const YEARS = { count: 2, last: '2023' };
  const headYear = (span = 1): PackCell => ({
    text: '{year}年',
    perYear: true,
    label: true,
    align: 'center',
    ...(span > 1 ? { colSpan: span } : {}),
  });

  const shareRows: PackTableRow[] = [
    row([lab('项目名称', { colSpan: 2, align: 'center' }), headYear()]),
    row([lab('共建专业', { colSpan: 2 }), ind('coBuiltMajors', '共建专业', '个', 'coBuiltMajors')]),
    row([lab('共建课程', { colSpan: 2 }), ind('coBuiltCourses', '共建课程', '个', 'coBuiltCourses')]),
    row([lab('共建教材', { colSpan: 2 }), ind('coBuiltTextbooks', '共建教材', '个', 'coBuiltTextbooks')]),
    row([lab('共建实训基地', { colSpan: 2 }), ind('coBuiltBases', '共建实训基地', '个', 'coBuiltBases')]),
    row([
      lab('共建产业学院', { colSpan: 2 }),
      ind('coBuiltIndustryColleges', '共建产业学院', '个', 'coBuiltIndustryColleges'),
    ]),
    row([
      lab('师资共建共享', { rowSpan: 4 }),
      lab('企业兼职教师', { rowSpan: 2 }),
      ind('enterpriseTeacherPersonTimes', '企业兼职教师', '人次', 'enterpriseTeacherPersonTimes'),
    ]),
    row([ind('enterpriseTeacherHours', '企业兼职教师课时数', '课时数', 'enterpriseTeacherHours')]),
    row([
      lab('校际兼职教师', { rowSpan: 2 }),
      ind('interSchoolTeacherPersonTimes', '校际兼职教师', '人次', 'interSchoolTeacherPersonTimes'),
    ]),
    row([ind('interSchoolTeacherHours', '校际兼职教师课时数', '课时数', 'interSchoolTeacherHours')]),
    row([
      lab('教师企业实践', { colSpan: 2 }),
      ind('teacherEnterprisePractice', '教师企业实践', '人月', 'teacherEnterprisePractice'),
    ]),
  ];
  F.add('teamNationalAwards', '教师教学团队获国家级奖励情况', 'narrative', {
    wordLimit: 100,
    placeholder: '(不超过100字)',
  });
  shareRows.push(row([lab('教师教学团队获国家级奖励情况', { colSpan: 2 }), fld('teamNationalAwards', { colSpan: 2 })]));
  shareRows[0] = {
    ...shareRows[0],
    cells: [lab('资源共建共享', { rowSpan: shareRows.length }), ...shareRows[0].cells],
  };

  const pctField = { decimals: 2, max: 100 };
  F.add('talentPlatform', '搭建人才供需信息平台,完善职业教育专业动态调整机制情况', 'narrative', {
    perYear: true,
    wordLimit: 200,
    placeholder: '(不超过200字)',
  });
  F.add(
    'newStandards',
    '联合体各类主体深入合作,及时把新方法、新技术、新工艺、新标准引入教育教学实践情况',
    'narrative',
    { perYear: true, wordLimit: 200, placeholder: '(不超过200字)' },
  );
  F.add('skillContestAwards', '职业学校技能大赛获奖情况', 'narrative', {
    wordLimit: 100,
    placeholder: '（不超过100字）',
    bind: `concat('2022—2023年，职业学校学生获省级及以上技能大赛奖项', count(filter(data.awards, a => (a.year == 2022 || a.year == 2023) && a.kind == '学生技能大赛' && (a.level == '国家级' || a.level == '省级') && a.grade)), '项，其中国家级', count(filter(data.awards, a => (a.year == 2022 || a.year == 2023) && a.kind == '学生技能大赛' && a.level == '国家级' && a.grade)), '项。')`,
    source: '技能大赛获奖·2022—2023年省级及以上学生获奖项数',
  });
  const talentRows: PackTableRow[] = [
    row([lab('联合培养情况', { rowSpan: 4 }), lab('类型', { align: 'center' }), headYear()]),
    row([lab('中国特色学徒制培养'), ind('apprenticeTrainees', '中国特色学徒制培养', '人', 'apprenticeTrainees')]),
    row([lab('现场工程师培养'), ind('fieldEngineerTrainees', '现场工程师培养', '人', 'fieldEngineerTrainees')]),
    row([lab('其他联合培养'), ind('otherJointTrainees', '其他联合培养', '人', 'otherJointTrainees')]),
    row([
      lab('发布人才需求报告 (个)', { colSpan: 2 }),
      ind('talentDemandReports', '发布人才需求报告', '', 'talentDemandReports'),
    ]),
    row(
      [
        lab('搭建人才供需信息平台,完善职业教育专业动态调整机制情况', { colSpan: 2 }),
        { field: 'talentPlatform', perYear: true },
      ],
      { heightMm: 40 },
    ),
    row(
      [
        lab('联合体各类主体深入合作,及时把新方法、新技术、新工艺、新标准引入教育教学实践情况', { colSpan: 2 }),
        { field: 'newStandards', perYear: true },
      ],
      { heightMm: 40 },
    ),
    row([
      lab('联合体内企业设立学徒岗位占岗位总量的比例 (%)', { colSpan: 2 }),
      ind('apprenticePostShare', '联合体内企业设立学徒岗位占岗位总量的比例', '', 'apprenticePostShare', pctField),
    ]),
    row([
      lab('联合体内企业为学生提供实习实训量 (人月)', { colSpan: 2 }),
      ind('internshipPersonMonths', '联合体内企业为学生提供实习实训量', '', 'internshipPersonMonths'),
    ]),
    row([
      lab('中高职贯通培养（人数）', { colSpan: 2 }),
      ind('secondaryHigherThrough', '中高职贯通培养', '', 'secondaryHigherThrough'),
    ]),
    row([
      lab('中高本衔接培养（人数）', { colSpan: 2 }),
      ind('secondaryHigherBachelor', '中高本衔接培养', '', 'secondaryHigherBachelor'),
    ]),
    row([
      lab('联合体内普通本科学校招收中高职毕业生和企业一线优秀员工就读本科和专业学位研究生（人数）', { colSpan: 2 }),
      ind(
        'bachelorAdmissions',
        '联合体内普通本科学校招收中高职毕业生和企业一线优秀员工就读本科和专业学位研究生',
        '',
        'bachelorAdmissions',
      ),
    ]),
    row([
      lab('通过“文化素质+职业技能”考试招生学生升学比例（%）', { colSpan: 2 }),
      ind(
        'vocationalExamProgressionRate',
        '通过“文化素质+职业技能”考试招生学生升学比例',
        '',
        'vocationalExamProgressionRate',
        pctField,
      ),
    ]),
    row([
      lab('联合体学校整体就业率（%）', { colSpan: 2 }),
      ind('overallEmploymentRate', '联合体学校整体就业率', '', 'overallEmploymentRate', pctField),
    ]),
    row([lab('职业学校技能大赛获奖情况', { colSpan: 2 }), fld('skillContestAwards', { colSpan: 2 })], { heightMm: 30 }),
  ];
  talentRows[0] = {
    ...talentRows[0],
    cells: [lab('人才培养质量', { rowSpan: talentRows.length }), ...talentRows[0].cells],
  };

  F.add('researchConversion', '校企合作开展技术研发的成果转化率（%）/到账经费（万元）', 'text', {
    perYear: true,
    bind: `concat(fixed(${IND_Y('researchConversionRate')}, 2), '/', fixed(${IND_Y('researchFunding')}, 2))`,
    source: '指标·校企合作技术研发成果转化率、技术研发到账经费（各年度）',
    placeholder: '如36.00/120.00',
  });
  const serviceRows: PackTableRow[] = [
    row([lab('项目名称', { colSpan: 2, align: 'center' }), headYear()]),
    row([
      lab('共性技术服务平台（个）', { colSpan: 2 }),
      ind('techServicePlatforms', '共性技术服务平台', '', 'techServicePlatforms'),
    ]),
    row([
      lab('校企合作开展技术研发的成果转化率（%）/到账经费（万元）', { colSpan: 2 }),
      { field: 'researchConversion', perYear: true },
    ]),
    row([lab('研究成果数量（个）', { colSpan: 2 }), ind('researchOutputs', '研究成果数量', '', 'researchOutputs')]),
    row([lab('技能鉴定量（人次）', { colSpan: 2 }), ind('skillAppraisals', '技能鉴定量', '', 'skillAppraisals')]),
    row([lab('大师工作室数量（个）', { colSpan: 2 }), ind('masterStudios', '大师工作室数量', '', 'masterStudios')]),
    row([
      lab('面向企业员工开展培训数（人日）', { colSpan: 2 }),
      ind('enterpriseStaffTrainingDays', '面向企业员工开展培训数', '', 'enterpriseStaffTrainingDays'),
    ]),
    row([
      lab('面向农民工、退役军人、下岗职工等培训数（人日）', { colSpan: 2 }),
      ind('migrantTrainingDays', '面向农民工、退役军人、下岗职工等培训数', '', 'migrantTrainingDays'),
    ]),
  ];
  serviceRows[0] = {
    ...serviceRows[0],
    cells: [lab('服务\n发展\n能力', { rowSpan: serviceRows.length }), ...serviceRows[0].cells],
  };

  F.add('companyStaff', '企业职工总数', 'number', {
    unit: '人',
    decimals: 0,
    min: 0,
    bind: `sum(${COMPANIES}, 'staffCount')`,
    source: '合作企业及成员单位·联合体成员企业的职工总数合计',
  });
  F.add('companyAssets', '企业资产总额', 'money', {
    unit: '万元',
    decimals: 2,
    min: 0,
    bind: `wan(sum(${COMPANIES}, 'totalAssets'), 2)`,
    source: '合作企业及成员单位·联合体成员企业的资产总额合计',
  });
  F.add('companySales2022', '2022年企业销售总额', 'money', {
    unit: '万元',
    decimals: 2,
    min: 0,
    bind: `if(count(where(${COMPANIES}, 'salesYear', 2022)) == 0, null, wan(sum(where(${COMPANIES}, 'salesYear', 2022), 'annualSales'), 2))`,
    source: '合作企业及成员单位·联合体成员企业2022年销售总额合计（无2022年数据时留空，不打印 0）',
  });
  F.add('companyBenefit2022', '2022年校企合作产生的直接经济效益', 'money', {
    unit: '万元',
    decimals: 2,
    min: 0,
    bind: `lookup(forYear(data.indicators, 2022), 'code', 'enterpriseDirectBenefit').value`,
    source: '指标·校企合作产生的直接经济效益（2022年）',
  });
  F.add('companiesAboveSize', '规模以上企业数', 'number', {
    unit: '个',
    decimals: 0,
    min: 0,
    bind: `count(${COMPANIES}, e => e.aboveDesignatedSize)`,
    source: '合作企业及成员单位·联合体成员中的规模以上企业',
  });
  F.add('companiesAboveQuota', '限额以上企业数', 'number', {
    unit: '个',
    decimals: 0,
    min: 0,
    bind: `count(${COMPANIES}, e => e.aboveQuota)`,
    source: '合作企业及成员单位·联合体成员中的限额以上企业',
  });
  const companyItems: [string, string][] = [
    ['企业职工总数（人）', 'companyStaff'],
    ['企业资产总额（万元）', 'companyAssets'],
    ['2022年企业销售总额（万元）', 'companySales2022'],
    ['2022年校企合作产生的直接经济效益（万元）', 'companyBenefit2022'],
    ['规模以上企业数（个）¹', 'companiesAboveSize'],
    ['限额以上企业数（个）²', 'companiesAboveQuota'],
  ];
  const companyRows: PackTableRow[] = companyItems.map(([label, key], i) =>
    row([
      ...(i === 0 ? [lab('联合体企业情况', { rowSpan: companyItems.length })] : []),
      lab(label, { colSpan: 2 }),
      fld(key, { colSpan: 2 }),
    ]),
  );

  const outcomesTable: Block = {
    type: 'table',
    years: YEARS,
    columns: [{ width: 12 }, { width: 16 }, { width: 32 }, { width: 20, perYear: true }],
    rows: [...shareRows, ...talentRows, ...serviceRows, ...companyRows],
    footnotes: [
      '¹ 规模以上工业：指年主营业务收入在2000万元及以上的工业企业。',
      '² 限额以上贸易业、批发业(包括外贸企业)：年商品销售总额在2000万元以上；零售业：年商品销售总额在500万元以上；住宿业：年主营业务收入200万元以上；餐饮业：年主营业务收入200万元以上。',
    ],
  };

  // ---------------------------------------------------------------- 3–5
  F.add('featuresInnovation', '特色与创新', 'narrative', {
    required: true,
    wordLimit: 2000,
    placeholder: '(2000字以内)',
  });
  F.add('constructionPlan', '建设规划', 'narrative', { required: true, wordLimit: 1000, placeholder: '(1000字以内)' });
  F.add('recommendationOpinion', '教育行政部门推荐意见', 'narrative', { wordLimit: 500 });
  const commitmentTable: Block = {
    type: 'table',
    columns: [{ width: 22 }, { width: 78 }],
    rows: [
      // Each signature sits at the bottom of its own cell, with room above it for a 42 mm seal.
      row(
        [
          lab('申报单位承诺', { rowSpan: 2, align: 'center' }),
          txt(
            '我承诺：前述所填报数据、内容均真实、准确、有效，并自愿接受有关方面核查。如有弄虚作假或其他违规行为，自愿退出认定，并接受处理。',
            { align: 'justify' },
          ),
        ],
        { heightMm: 24 },
      ),
      row([txt('负责人签字：                    公章\n年    月    日', { align: 'right', vAlign: 'bottom' })], {
        heightMm: 36,
      }),
      row([lab('教育行政部门意见', { rowSpan: 3, align: 'center' }), txt('推荐意见', { align: 'left' })]),
      row([fld('recommendationOpinion')], { heightMm: 30 }),
      row(
        [
          txt('省辖市、济源示范区、航空港区、省直管县（市）\n教育行政部门负责人签字：          公章\n年    月    日', {
            align: 'right',
            vAlign: 'bottom',
          }),
        ],
        { heightMm: 36 },
      ),
    ],
  };

  const recommendationForm = {
    id: 'recommendation',
    title: '市域产教联合体推荐书',
    attachment: '附件2',
    kind: 'document' as const,
    blocks: [
      cover,
      { type: 'pageBreak' },
      explanation,
      { type: 'pageBreak' },
      { type: 'heading', text: '1. 联合体概况', level: 1 },
      overviewTable,
      { type: 'heading', text: '2. 办学成效和服务能力', level: 1 },
      outcomesTable,
      { type: 'heading', text: '3. 特色与创新', level: 1 },
      { type: 'narrative', field: 'featuresInnovation', guidance: ['(2000字以内)'], minHeightMm: 200 },
      { type: 'paragraph', text: '产教联合体各成员单位近3年内在招生、就业、安全等领域未发生过违法或重大违规事件。' },
      { type: 'heading', text: '4. 建设规划', level: 1 },
      { type: 'narrative', field: 'constructionPlan', guidance: ['(1000字以内)'], minHeightMm: 150 },
      { type: 'heading', text: '5. 申报承诺', level: 1 },
      commitmentTable,
    ] as Block[],
  };

  // ---------------------------------------------------------------- 支撑材料 places
  // The 推荐书 has no 页码 column: its 支撑材料 are bound as their own volume with a 目录索引 (说明 五),
  // one place per part of the 推荐书, so the merged PDF's index follows the 推荐书.
  const supportPlaces: [string, string][] = [
    ['evUnionOverview', '支撑材料：联合体概况（成员单位、秘书处、产业园区）'],
    ['evUnionPolicies', '支撑材料：所在地支持职业教育政策及落实情况'],
    ['evUnionSharing', '支撑材料：资源共建共享'],
    ['evUnionTalent', '支撑材料：人才培养质量'],
    ['evUnionService', '支撑材料：服务发展能力'],
    ['evUnionCompanies', '支撑材料：联合体企业情况'],
    ['evUnionFeatures', '支撑材料：特色与创新'],
    ['evUnionPlan', '支撑材料：建设规划'],
    ['evUnionCompliance', '支撑材料：成员单位近3年无违法违规事件'],
  ];
  for (const [key, subject] of supportPlaces) F.evidence(key, subject);

  // ---------------------------------------------------------------- 附件3 推荐名单汇总表
  F.add('summaryFiller', '填报人及联系方式', 'text', {
    bind: `concat(school.contactName, ' ', coalesce(school.contactMobile, school.contactOfficePhone))`,
    source: '学校基本信息·联系人及手机',
  });
  F.add('summaryUnions', '市域产教联合体名称', 'table', {
    columns: [{ key: 'name', label: '市域产教联合体名称', type: 'text', required: true }],
    bind: '[{name: fields.unionName}]',
    source: '本推荐书的联合体名称',
    maxRows: 2,
    help: '各省辖市可申报1-2家，济源示范区、航空港区和产业基础条件好的省直管县（市）可申报1家',
  });
  const summaryForm = {
    id: 'summary',
    title: '市域产教联合体推荐名单汇总表',
    attachment: '附件3',
    kind: 'sheet' as const,
    blocks: [
      { type: 'paragraph', style: 'title', align: 'center', indent: false, text: '市域产教联合体推荐名单汇总表' },
      {
        type: 'paragraph',
        indent: false,
        text: '推荐单位（公章）：{{recommender}}          填报人及联系方式：{{summaryFiller}}',
      },
      {
        type: 'table',
        columns: [{ width: 15 }, { width: 85 }],
        rows: [
          row([lab('序 号', { align: 'center' }), lab('市域产教联合体名称', { align: 'center' })], { header: true }),
          { repeat: 'summaryUnions', minRows: 2, cells: [{ seq: true, align: 'center' }, col('name')] },
        ],
      },
    ] as Block[],
  };

  return {
    $schema: './pack.schema.json',
    formatVersion: 1,
    id: 'henan-2023-258',
    docNo: '教办职成〔2023〕258号',
    title: '河南省教育厅办公室关于开展河南省市域产教联合体建设的通知',
    issuers: ['河南省教育厅办公室'],
    issueDate: '2023-07-19',
    deadline: '2023-08-10',
    level: '省',
    kind: 'application',
    // The lead school of a consortium is a vocational school (中职 or 高职); 普通本科 join as members.
    openTo: ['中职', '高职（专科）', '高职（本科）'],
    summary:
      '遴选建设20个左右省级市域产教联合体，以产业园区为基础组织申报；牵头申报单位包括产业园区所在地政府（管委会）、牵头学校、牵头企业。各省辖市可申报1-2家，济源示范区、航空港区和产业基础条件好的省直管县（市）可申报1家。《市域产教联合体推荐书》（附件2）及支撑材料、《市域产教联合体推荐名单汇总表》（附件3）纸质版加盖公章各1份，于8月10日前报送至省教育厅职成教处，同时提交电子版至指定邮箱。申报条件：产教资源相对集聚、组织治理机制完备、人才培养取得突破、有效服务产业发展、保障条件切实到位（对照附件1建设指标自评）。',
    parameters: [],
    fields: F.fields,
    eligibility: eligibility258(),
    submission: {
      deadlineText: '于8月10日前报送至省教育厅职成教处，同时提交电子版至指定邮箱',
      items: [
        {
          what: '《市域产教联合体推荐书》（附件2）',
          forms: ['recommendation'],
          copies: 1,
          seal: true,
          electronic: true,
          binding: '正文部分使用A4纸双面打印，左侧装订',
        },
        {
          what: '支撑材料',
          evidence: true,
          copies: 1,
          seal: true,
          electronic: true,
          binding: '支撑材料部分设置目录索引，单独装订成册',
        },
        {
          what: '《市域产教联合体推荐名单汇总表》（附件3）',
          forms: ['summary'],
          copies: 1,
          seal: true,
          electronic: true,
        },
      ],
      recipient: '省教育厅职成教处',
      address: '郑州市正光路11号省教育厅职成教处D822',
      mailNote: '如需邮寄，请使用中国邮政EMS',
      email: 'zhijiaochu2021@126.com',
      contacts: [{ name: '庞曼  张云', role: '省教育厅联系人', phone: '0371-69691788' }],
      quota: {
        max: 2,
        text: '各省辖市可申报1-2家，济源示范区、航空港区和产业基础条件好的省直管县（市）可申报1家',
      },
      notes: [
        '以产业园区为基础组织申报；牵头申报单位包括产业园区所在地政府（管委会）、牵头学校、牵头企业，牵头企业优先选择行业龙头企业',
        '各地教育局牵头，会同发展改革、工业和信息化、财政、人力资源社会保障、国资等部门，明确市域产教联合体的牵头单位，组织开展申报工作',
        '申报单位对照市域产教联合体建设指标（附件1）填写申报材料；附件1 自评表供对照，通知未要求报送',
        '2023年向教育部推荐为国家级联合体的，经公示无异议后直接认定为省级联合体',
      ],
    },
    style: OFFICIAL_STYLE,
    bundle: {
      fileName: '{unionName}市域产教联合体推荐材料',
      files: [
        {
          kind: 'form',
          form: 'recommendation',
          fileName: '{unionName}市域产教联合体推荐书',
          formats: ['docx', 'pdf'],
          copies: 1,
        },
        {
          kind: 'form',
          form: 'summary',
          fileName: '市域产教联合体推荐名单汇总表',
          formats: ['xlsx', 'pdf'],
          copies: 1,
        },
        { kind: 'evidence', fileName: '{unionName}支撑材料', formats: ['pdf'], copies: 1 },
        { kind: 'data' },
      ],
    },
    forms: [checklistForm, recommendationForm, summaryForm],
  };
}

// ---------------------------------------------------------------- 申报条件 1–5 and 附件1's measurable 观测点
const MEMBER_ROWS = `filter(where(data.enterprises, 'consortiumMember', true), e => !e.cooperationUntil)`;
const OWN_SECONDARY = `if(school.educationLevel == '中职', 1, 0)`;
const OWN_HIGHER = `if(startsWith(school.educationLevel, '高职'), 1, 0)`;
const SECONDARY_SCHOOLS = `count(${MEMBERS('中职学校')}) + ${OWN_SECONDARY}`;
const HIGHER_SCHOOLS = `count(${MEMBERS('高职学校')}) + ${OWN_HIGHER}`;
const BACHELOR_SCHOOLS = `count(${MEMBERS('普通本科学校')})`;
const IND_SRC = (name: string) => `指标·${name}（最近年度）`;

function rule(
  id: string,
  label: string,
  expr: string,
  threshold: number,
  unit: string,
  source: string,
  hint: string,
  extra: Partial<EligibilityRule> = {},
): EligibilityRule {
  return { id, label, expr, op: '>=', threshold, unit, source, hint, ...extra };
}
const ask = (id: string, label: string, question: string, hint: string): EligibilityRule => ({
  id,
  label,
  op: '==',
  source: '由申报单位对照实际确认',
  ask: question,
  hint,
});
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
const indicator = (id: string, label: string, code: string, name: string, unit: string, hint: string) =>
  rule(id, label, IND_LATEST(code), 1, unit, IND_SRC(name), hint);

export function eligibility258(): NonNullable<PackInput['eligibility']> {
  const conditions: EligibilityRule[] = [
    ...all('1', '产教资源相对集聚', [
      ask(
        '1.1',
        '联合体依托的产业园区总产值在本市位于前列',
        '联合体依托的产业园区总产值是否在本市位于前列？（园区总产值见「指标」中的「依托产业园区总产值」）',
        '选择总产值位于本市前列的产业园区',
      ),
      ask(
        '1.2',
        '主要以先进制造业、现代服务业、现代农业等为核心主导产业，加快发展战略性新兴产业',
        '依托园区是否以先进制造业、现代服务业、现代农业等为核心主导产业？',
        '在推荐书「产业园区主导产业情况」中说明',
      ),
      rule(
        '1.3',
        '联合体职业教育资源涵盖中职学校',
        SECONDARY_SCHOOLS,
        1,
        '所',
        '合作企业及成员单位·联合体成员中的中职学校（含本校）',
        '吸纳中职学校加入联合体',
      ),
      rule(
        '1.4',
        '联合体职业教育资源涵盖高职（含职教本科）学校',
        HIGHER_SCHOOLS,
        1,
        '所',
        '合作企业及成员单位·联合体成员中的高职学校（含本校）',
        '吸纳高职学校加入联合体',
      ),
      rule(
        '1.5',
        '吸纳普通本科学校作为成员',
        BACHELOR_SCHOOLS,
        1,
        '所',
        '合作企业及成员单位·联合体成员中的普通本科学校',
        '吸纳普通本科学校加入联合体',
      ),
      ask('1.6', '搭建联合体人才供需信息平台', '联合体是否已搭建人才供需信息平台？', '搭建人才供需信息平台'),
      indicator('1.7', '建设产教融合实训基地', 'coBuiltBases', '共建实训基地', '个', '与成员单位共建产教融合实训基地'),
      indicator('1.8', '校企共建产业学院', 'coBuiltIndustryColleges', '共建产业学院', '个', '与成员企业共建产业学院'),
    ]),
    ...all('2', '组织治理机制完备', [
      ask(
        '2.1',
        '教育部门会同发展改革、工业和信息化、财政、人力资源社会保障、国资等部门建立密切配合、协调联动的工作机制',
        '当地教育部门是否已会同有关部门建立协调联动的工作机制？',
        '由当地教育局牵头建立工作机制',
      ),
      rule(
        '2.2',
        '政府、行业、企业与学校多方参与：联合体成员涵盖政府部门、企业、科研机构',
        `count(['政府部门', '企业', '科研机构'], k => count(filter(${MEMBER_ROWS}, e => e.kind == k)) > 0)`,
        3,
        '类',
        '合作企业及成员单位·联合体成员的单位类型（政府部门、企业、科研机构）',
        '吸纳政府部门、企业、科研机构加入联合体',
      ),
      ask(
        '2.3',
        '成立政府、企业、学校、科研机构等多方参与的理事会（董事会），达到产权明晰、组织完备、机制健全、运行高效的实体化运作要求',
        '联合体是否已成立多方参与的理事会（董事会）并实体化运作？',
        '成立理事会（董事会），制定章程',
      ),
    ]),
    ...all('3', '人才培养取得突破', [
      rule(
        '3.1',
        '有龙头企业参与联合体',
        `count(${COMPANIES}, e => e.industryLeader)`,
        1,
        '家',
        '合作企业及成员单位·联合体成员企业中的行业龙头企业',
        '吸纳行业龙头企业加入联合体',
      ),
      ask(
        '3.2',
        '龙头企业深度参与职业学校专业规划、人才培养标准、教材课程开发、师资队伍建设等各个环节，并取得实际成效',
        '龙头企业是否深度参与专业规划、人才培养标准、教材课程开发、师资队伍建设，并取得实际成效？',
        '推动龙头企业参与人才培养各环节',
      ),
      indicator(
        '3.3',
        '广泛开展中国特色学徒制',
        'apprenticeTrainees',
        '中国特色学徒制培养',
        '人',
        '开展中国特色学徒制培养',
      ),
      indicator(
        '3.4',
        '普遍接收职业学校学生开展实习实训',
        'internshipPersonMonths',
        '企业为学生提供实习实训量',
        '人月',
        '安排学生到成员企业实习实训',
      ),
      indicator(
        '3.5',
        '普遍接收教师岗位实践',
        'teacherEnterprisePractice',
        '教师企业实践',
        '人月',
        '安排教师到成员企业岗位实践',
      ),
    ]),
    ...all('4', '有效服务产业发展', [
      indicator(
        '4.1',
        '联合体建设共性技术服务平台，为园区企业提供技术咨询与服务',
        'techServicePlatforms',
        '共性技术服务平台',
        '个',
        '建设共性技术服务平台',
      ),
      ask(
        '4.2',
        '联合体制定培训规划，统筹各成员单位的培训资源和需求',
        '联合体是否已制定培训规划？',
        '制定联合体培训规划',
      ),
      indicator(
        '4.3',
        '职业学校承接企业员工培训和继续教育',
        'enterpriseStaffTrainingDays',
        '面向企业员工开展培训数',
        '人日',
        '承接成员企业员工培训',
      ),
    ]),
    ...all('5', '保障条件切实到位', [
      ask(
        '5.1',
        '加大财政经费支持力度，吸引社会资本、产业资金投入',
        '当地是否加大财政经费支持，并吸引社会资本、产业资金投入？',
        '落实联合体运行经费',
      ),
      ask(
        '5.2',
        '明确支持职业教育的金融、财政、税费、土地、信用、就业和收入分配等激励政策的具体举措，落实落地见效果',
        '当地是否出台支持职业教育的具体激励政策并落实？',
        '在推荐书「所在地支持职业教育政策及落实情况」中说明',
      ),
      ask(
        '5.3',
        '树立结果导向的评价方向，对优秀的职业学校、校长、教师、学生和技术技能人才给予表彰奖励',
        '当地是否对优秀职业学校、校长、教师、学生和技术技能人才给予表彰奖励？',
        '建立表彰奖励机制',
      ),
    ]),
  ].map((r) => ({ ...r, section: '申报条件' }));

  const section = '附件1 建设指标（基础数据可以回答的观测点）';
  const points: EligibilityRule[] = [
    rule(
      '观测点1.1',
      '联合体职业教育资源富集，涵盖中职、高职（含职教本科）学校，吸纳普通本科学校作为成员',
      `if(${SECONDARY_SCHOOLS} > 0, 1, 0) + if(${HIGHER_SCHOOLS} > 0, 1, 0) + if(${BACHELOR_SCHOOLS} > 0, 1, 0)`,
      3,
      '类',
      '合作企业及成员单位·联合体成员中的中职、高职、普通本科学校（含本校）',
      '吸纳缺少的学校类型',
    ),
    rule(
      '观测点3.3',
      '联合体成员单位共建产教融合实训基地和产业学院',
      `min([coalesce(${IND_LATEST('coBuiltBases')}, 0), coalesce(${IND_LATEST('coBuiltIndustryColleges')}, 0)])`,
      1,
      '个',
      '指标·共建实训基地、共建产业学院（取较少的一项，最近年度）',
      '共建实训基地和产业学院',
    ),
    indicator(
      '观测点3.4',
      '聘请企业工程技术人员、高技能人才、管理人员、能工巧匠等到校全职或兼职工作',
      'enterpriseTeacherPersonTimes',
      '企业兼职教师',
      '人次',
      '聘请企业兼职教师',
    ),
    indicator(
      '观测点4.4',
      '企业按岗位总量一定比例设立岗位，接受学生来企实习实训和教师岗位实践',
      'apprenticePostShare',
      '企业设立学徒岗位占岗位总量的比例',
      '%',
      '请成员企业设立学徒岗位',
    ),
    rule(
      '观测点4.5',
      '支持联合体内中职、高职高专、本科学校合作分段培养或贯通培养学生',
      `coalesce(${IND_LATEST('secondaryHigherThrough')}, 0) + coalesce(${IND_LATEST('secondaryHigherBachelor')}, 0)`,
      1,
      '人',
      '指标·中高职贯通培养、中高本衔接培养人数（最近年度）',
      '开展分段培养或贯通培养',
    ),
    indicator(
      '观测点5.1',
      '建设共性技术服务平台，为园区企业提供技术咨询与服务',
      'techServicePlatforms',
      '共性技术服务平台',
      '个',
      '建设共性技术服务平台',
    ),
    indicator(
      '观测点5.2',
      '校企合作取得一批研究成果（包括发明专利、实用新型专利等）',
      'researchOutputs',
      '研究成果数量',
      '个',
      '与成员企业合作开展技术研发',
    ),
    indicator(
      '观测点5.3',
      '支持联合体内学校积极承接企业员工岗前培训、岗位培训、继续教育等',
      'enterpriseStaffTrainingDays',
      '面向企业员工开展培训数',
      '人日',
      '承接企业员工培训',
    ),
    {
      id: '观测点7',
      label: '联合体近3年内在招生、就业、安全等领域未发生重大违法违规事件（发生的酌情扣分）',
      expr: `count(${COMPANIES}, e => e.incidentsInThreeYears)`,
      op: '==' as const,
      threshold: 0,
      unit: '家',
      source: '合作企业及成员单位·联合体成员企业近三年发生事故或违法违规',
      hint: '核实成员企业的违法违规情况',
    },
  ].map((r) => ({ ...r, section }));

  return {
    rules: [...conditions, ...points],
    overall: {
      text: '申报条件：产教资源相对集聚、组织治理机制完备、人才培养取得突破、有效服务产业发展、保障条件切实到位（附件1 观测点供对照自评，不计入结论）',
      groups: [{ label: '申报条件1-5（全部符合）', all: true, rules: ['1', '2', '3', '4', '5'] }],
    },
  };
}
