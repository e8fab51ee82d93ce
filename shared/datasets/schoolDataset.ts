import type { DatasetDef } from './datasetDefinition.js';

/** 学校基本信息: every fact the 346号 申报书「一、基本情况」asks of a school. */
export const schoolDataset: DatasetDef = {
  name: 'school',
  label: '学校基本信息',
  table: 'school',
  yearly: false,
  single: true,
  fields: [
    { key: 'name', label: '学校名称', type: 'text', required: true, sample: '河南示范职业技术学院', width: 240 },
    { key: 'affiliation', label: '隶属关系', type: 'text', synonyms: ['主管部门', '举办方'], sample: '河南省教育厅' },
    { key: 'foundedDate', label: '建校时间', type: 'date', sample: '1985-09-01' },
    { key: 'ownership', label: '学校性质', type: 'choice', choices: ['公办', '民办'], synonyms: ['公办/民办', '办学性质'], sample: '公办' },
    { key: 'educationLevel', label: '办学层次', type: 'choice', choices: ['高职（专科）', '高职（本科）', '中职', '本科'], sample: '高职（专科）' },
    { key: 'address', label: '通讯地址', type: 'text', synonyms: ['地址', '学校地址'], sample: '郑州市示范路 1 号', width: 280 },
    { key: 'postalCode', label: '邮政编码', type: 'text', synonyms: ['邮编'], sample: '450000' },
    { key: 'creditCode', label: '统一社会信用代码', type: 'creditCode', synonyms: ['信用代码', '社会信用代码'], width: 200 },
    { key: 'region', label: '所在地区', type: 'text', sample: '河南省郑州市' },
    { key: 'legalRepName', label: '法定代表人', type: 'text', synonyms: ['法人代表', '法定代表人姓名'] },
    { key: 'legalRepTitle', label: '法定代表人职务', type: 'text', sample: '院长' },
    { key: 'legalRepOfficePhone', label: '法定代表人办公电话', type: 'phone' },
    { key: 'legalRepFax', label: '法定代表人传真', type: 'phone' },
    { key: 'legalRepMobile', label: '法定代表人手机', type: 'phone' },
    { key: 'contactName', label: '联系人', type: 'text', synonyms: ['联系人姓名'] },
    { key: 'contactTitle', label: '联系人职务', type: 'text' },
    { key: 'contactOfficePhone', label: '联系人办公电话', type: 'phone' },
    { key: 'contactFax', label: '联系人传真', type: 'phone', synonyms: ['传真'] },
    { key: 'contactMobile', label: '联系人手机', type: 'phone', synonyms: ['手机'] },
    { key: 'contactEmail', label: '联系人电子信箱', type: 'email', synonyms: ['电子信箱', '电子邮箱', '邮箱', 'E-mail'] },
  ],
};
