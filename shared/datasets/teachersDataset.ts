import type { DatasetDef } from './datasetDefinition.js';

export const TITLE_LEVELS = ['正高级', '副高级', '中级', '初级', '未评'] as const;
export const TEACHER_EMPLOYMENTS = ['专任教师', '企业兼职教师', '校际兼职教师', '校内兼课人员'] as const;
export const QUALIFICATION_LEVELS = ['无', '初级工', '中级工', '高级工', '技师', '高级技师'] as const;
export const TEACHER_ROLES = ['专业带头人', '骨干教师', '实习指导教师', '专业群负责人', '技能大师'] as const;

/**
 * 教师: a durable record with its own dates (到校/离校); the yearly counts (教师数, 双师型占比) are
 * taken as of each year's 12月31日 from 到校日期, 离校日期 and 双师型认定年份.
 */
export const teachersDataset: DatasetDef = {
  name: 'teachers',
  label: '教师',
  table: 'teacher',
  yearly: false,
  keyFields: ['staffNo', 'name'],
  rules: [{ id: 'leaveNotBeforeHire', kind: 'notBefore', later: 'leaveDate', earlier: 'hireDate' }],
  fields: [
    {
      key: 'staffNo',
      label: '工号',
      type: 'text',
      synonyms: ['教师工号', '职工号', '编号'],
      sample: 'T2006001',
      width: 90,
    },
    { key: 'name', label: '姓名', type: 'text', required: true, synonyms: ['教师姓名'], sample: '王建华', width: 80 },
    { key: 'gender', label: '性别', type: 'choice', choices: ['男', '女'], sample: '男', width: 50 },
    { key: 'birthDate', label: '出生日期', type: 'date', synonyms: ['出生年月', '生日'], sample: '1978-05-12' },
    {
      key: 'idCard',
      label: '公民身份号码',
      type: 'idCard',
      synonyms: ['身份证号', '身份证号码', '证件号码'],
      width: 170,
    },
    {
      key: 'education',
      label: '学历',
      type: 'choice',
      choices: ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专及以下'],
      synonyms: ['最高学历'],
      sample: '硕士研究生',
    },
    {
      key: 'degree',
      label: '学位',
      type: 'choice',
      choices: ['博士', '硕士', '学士', '无'],
      synonyms: ['最高学位'],
      sample: '硕士',
    },
    {
      key: 'titleLevel',
      label: '职称级别',
      type: 'choice',
      choices: TITLE_LEVELS,
      synonyms: ['专业技术职务级别', '职称等级'],
      sample: '副高级',
    },
    { key: 'titleName', label: '职称', type: 'text', synonyms: ['专业技术职务', '职称名称'], sample: '副教授' },
    {
      key: 'doubleQualified',
      label: '双师型教师',
      type: 'boolean',
      synonyms: ['是否双师型', '双师型', '双师素质'],
      sample: '是',
    },
    { key: 'doubleQualifiedYear', label: '双师型认定年份', type: 'year', synonyms: ['双师认定年份'], sample: 2019 },
    {
      key: 'employment',
      label: '任职类型',
      type: 'choice',
      choices: TEACHER_EMPLOYMENTS,
      required: true,
      synonyms: ['教师类型', '专兼职', '专任/兼职'],
      sample: '专任教师',
    },
    { key: 'employer', label: '兼职教师所在单位', type: 'text', synonyms: ['工作单位', '所在企业'], width: 200 },
    {
      key: 'enterpriseYears',
      label: '企业工作经历',
      type: 'decimal',
      unit: '年',
      min: 0,
      max: 60,
      decimals: 1,
      synonyms: ['企业工作年限', '企业经历', '企业工作或锻炼经历（年）'],
      sample: 3,
    },
    {
      key: 'qualificationLevel',
      label: '职业资格等级',
      type: 'choice',
      choices: QUALIFICATION_LEVELS,
      synonyms: ['职业技能等级', '技能等级'],
      sample: '高级工',
    },
    {
      key: 'qualificationName',
      label: '职业资格证书',
      type: 'text',
      synonyms: ['职业资格证书名称', '技能证书'],
      sample: '电工（高级工）',
    },
    {
      key: 'roles',
      label: '团队角色',
      type: 'multiChoice',
      choices: TEACHER_ROLES,
      synonyms: ['角色', '担任角色', '团队职务'],
      sample: '骨干教师',
    },
    {
      key: 'major',
      label: '所属专业',
      type: 'text',
      catalogue: 'name',
      synonyms: ['专业', '任教专业'],
      sample: '机电一体化技术',
    },
    {
      key: 'department',
      label: '所属院系',
      type: 'text',
      synonyms: ['院系', '部门', '二级学院'],
      sample: '智能制造学院',
    },
    {
      key: 'hireDate',
      label: '到校日期',
      type: 'date',
      synonyms: ['入职日期', '来校时间', '聘任日期'],
      sample: '2006-07-01',
    },
    { key: 'leaveDate', label: '离校日期', type: 'date', synonyms: ['离职日期', '解聘日期'] },
    { key: 'mobile', label: '手机', type: 'phone', synonyms: ['联系电话', '手机号'] },
  ],
};
