import type { DatasetDef } from './datasetDefinition.js';

export const ENTERPRISE_KINDS = ['企业', '政府部门', '科研机构', '行业组织', '其他组织'] as const;

/** 合作企业 and other member units, with every fact the 346号 and 258号 forms ask of them. */
export const enterprisesDataset: DatasetDef = {
  name: 'enterprises',
  label: '合作企业及成员单位',
  table: 'enterprise',
  yearly: false,
  keyFields: ['creditCode', 'name'],
  fields: [
    { key: 'name', label: '企业名称', type: 'text', required: true, synonyms: ['单位名称', '名称', '合作企业'], width: 240, sample: '河南某某智能装备股份有限公司' },
    { key: 'kind', label: '单位类型', type: 'choice', choices: ENTERPRISE_KINDS, sample: '企业' },
    { key: 'honors', label: '企业称号或荣誉', type: 'longText', synonyms: ['称号或荣誉', '荣誉称号', '企业荣誉'], width: 260, sample: '国家专精特新“小巨人”企业' },
    { key: 'foundedDate', label: '成立时间', type: 'date', synonyms: ['成立日期'], sample: '2008-05-20' },
    { key: 'nature', label: '企业性质', type: 'text', synonyms: ['单位性质', '所有制'], sample: '民营企业' },
    { key: 'address', label: '通讯地址', type: 'text', synonyms: ['地址', '注册地址'], width: 240 },
    { key: 'creditCode', label: '统一社会信用代码', type: 'creditCode', synonyms: ['信用代码', '社会信用代码'], width: 190 },
    { key: 'legalRepName', label: '法定代表人', type: 'text', synonyms: ['法人代表', '法定代表人姓名'] },
    { key: 'legalRepTitle', label: '法定代表人职务', type: 'text' },
    { key: 'legalRepOfficePhone', label: '法定代表人办公电话', type: 'phone' },
    { key: 'legalRepFax', label: '法定代表人传真', type: 'phone' },
    { key: 'legalRepMobile', label: '法定代表人手机', type: 'phone' },
    { key: 'legalRepEmail', label: '法定代表人电子信箱', type: 'email' },
    { key: 'contactName', label: '联系人', type: 'text', synonyms: ['联系人姓名'] },
    { key: 'contactTitle', label: '联系人职务', type: 'text' },
    { key: 'contactOfficePhone', label: '联系人办公电话', type: 'phone', synonyms: ['办公电话'] },
    { key: 'contactFax', label: '联系人传真', type: 'phone', synonyms: ['传真'] },
    { key: 'contactMobile', label: '联系人手机', type: 'phone', synonyms: ['手机'] },
    { key: 'contactEmail', label: '联系人电子信箱', type: 'email', synonyms: ['电子信箱', '邮箱'] },
  ],
};
