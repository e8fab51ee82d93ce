// Every data-set field as a catalogue entry: the school's own facts (school.X), the facts of a
// chosen enterprise, 专业 or 专业群 ({E}.X), and every data set as a list a repeating table can show.
import type { DatasetDef, FieldDef } from '../../datasets/datasetDefinition.js';
import { DATASETS } from '../../datasets/datasetRegistry.js';
import type { FieldType } from '../../packs/packSchema.js';
import type { CatalogueColumn, CatalogueEntry, CatalogueScope } from './catalogueEntry.js';

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Words forms use that the data-set definitions do not list (they describe Excel headers). */
const EXTRA_SYNONYMS: Record<string, readonly string[]> = {
  'school.name': [
    '申报单位',
    '申报学校',
    '单位名称',
    '推荐单位',
    '学校全称',
    '院校名称',
    '学校（单位）名称',
    '填报单位',
  ],
  'school.address': ['通讯地址', '学校地址', '通信地址', '详细地址'],
  'school.foundedDate': ['建校时间', '建校年月', '创建时间', '办学时间'],
  'school.legalRepName': ['法定代表人姓名', '法人代表姓名', '校长姓名'],
  'school.contactName': ['联系人', '联系人姓名', '联 系 人'],
  'school.postalCode': ['邮政编码', '邮编'],
  'enterprise.name': ['企业名称', '合作企业名称', '单位名称'],
  'enterprise.honors': ['企业称号或荣誉', '称号或荣誉', '企业荣誉'],
  'enterprise.foundedDate': ['成立时间', '成立日期', '注册时间'],
  'enterprise.cooperationSince': ['开始合作时间', '合作时间', '合作起始时间'],
  'enterprise.legalRepName': ['法定代表人姓名', '法人代表姓名'],
  'enterprise.contactName': ['联系人姓名'],
  'major.name': ['申报专业', '申报专业名称', '专业名称'],
  'major.code': ['专业代码', '申报专业代码'],
  'major.category': ['申报专业大类', '专业大类'],
  'major.className': ['申报专业类', '专业类'],
  'group.name': ['服务专业群', '中心服务专业（群）', '专业群名称', '服务专业（群）', '专业群'],
};

interface Mapped {
  type: FieldType;
  options?: readonly string[];
  multiple?: boolean;
  unit?: string;
  decimals?: number;
  cents?: boolean;
  /** Wraps the raw expression (booleans print 是/否). */
  wrap?: (x: string) => string;
}

function mapType(f: FieldDef): Mapped {
  switch (f.type) {
    case 'integer':
      return { type: 'number', unit: f.unit, decimals: 0 };
    case 'decimal':
      return { type: 'number', unit: f.unit, decimals: f.decimals ?? 2 };
    case 'money':
      return { type: 'money', unit: '万元', decimals: 2, cents: true };
    case 'percent':
      return { type: 'percent', unit: '%', decimals: 2 };
    case 'date':
      return { type: 'date' };
    case 'year':
      return { type: 'year' };
    case 'choice':
      return { type: 'choice', options: f.choices };
    case 'multiChoice':
      return { type: 'choice', options: f.choices, multiple: true };
    case 'boolean':
      return { type: 'choice', options: ['是', '否'], wrap: (x) => `if(${x}, '是', '否')` };
    case 'longText':
      return { type: 'narrative' };
    case 'text':
    case 'creditCode':
    case 'idCard':
    case 'phone':
    case 'email':
      return { type: 'text' };
  }
}

const ENTITY_SETS: { ds: string; scope: CatalogueScope; prefix: string; group: string; keyPrefix: string }[] = [
  { ds: 'school', scope: 'school', prefix: 'school', group: '学校基本信息', keyPrefix: 'school' },
  { ds: 'enterprises', scope: 'enterprise', prefix: 'enterprise', group: '合作企业（所选的第 N 家）', keyPrefix: 'e' },
  { ds: 'majors', scope: 'major', prefix: 'major', group: '申报专业（所选专业）', keyPrefix: 'major' },
  { ds: 'majorGroups', scope: 'group', prefix: 'group', group: '专业群（所选专业群）', keyPrefix: 'group' },
];

function entityEntries(ds: DatasetDef, set: (typeof ENTITY_SETS)[number]): CatalogueEntry[] {
  return ds.fields
    .filter((f) => f.type !== 'idCard')
    .map((f) => {
      const m = mapType(f);
      const id = `${set.prefix}.${f.key}`;
      const raw = set.scope === 'school' ? `school.${f.key}` : `{E}.${f.key}`;
      const entry: CatalogueEntry = {
        id,
        group: set.group,
        label: f.label,
        synonyms: [...new Set([...(f.synonyms ?? []), ...(EXTRA_SYNONYMS[id] ?? [])])],
        type: m.type,
        ...(m.unit ? { unit: m.unit } : {}),
        ...(m.decimals !== undefined ? { decimals: m.decimals } : {}),
        ...(m.options ? { options: m.options } : {}),
        ...(m.multiple ? { multiple: true } : {}),
        period: ds.yearly ? '统计年度' : '当前',
        scopes: [set.scope],
        bind: m.wrap ? m.wrap(raw) : raw,
        ...(m.cents ? { cents: true } : {}),
        source: `${ds.label}·${f.label}`,
        keyHint: set.scope === 'school' && f.key === 'name' ? 'schoolName' : `${set.keyPrefix}${cap(f.key)}`,
        dataset: ds.name,
        field: f.key,
      };
      return entry;
    });
}

/** The rows a list of a data set shows by default. */
const LIST_ROWS: Record<string, string> = {
  majors: '{MAJORS}',
  majorGroups: 'data.majorGroups',
  teachers: '{TEACHERS}',
  rooms: '{ROOMS}',
  equipment: '{EQUIP}',
  enterprises: '{ENTERPRISES}',
  awards: "sortBy(lastYears(data.awards, {N}), 'year', 'desc')",
  certificates: 'forYear(data.certificates, {Y})',
  training: 'forYear(data.training, {Y})',
  funding: 'forYear(data.funding, {Y})',
  indicators: 'forYear(data.indicators, {Y})',
};

function listEntry(ds: DatasetDef): CatalogueEntry {
  const columns: CatalogueColumn[] = ds.fields
    .filter((f) => f.type !== 'idCard' && f.type !== 'longText')
    .map((f) => {
      const m = mapType(f);
      const raw = `r.${f.key}`;
      const expr = m.cents ? `wan(${raw}, 2)` : m.wrap ? m.wrap(raw) : raw;
      return {
        key: f.key,
        label: f.label,
        ...(f.synonyms ? { synonyms: f.synonyms } : {}),
        type: m.type === 'narrative' ? 'text' : (m.type as CatalogueColumn['type']),
        ...(m.unit ? { unit: m.unit } : {}),
        ...(m.decimals !== undefined ? { decimals: m.decimals } : {}),
        expr,
      };
    });
  return {
    id: `list.${ds.name}`,
    group: '名单与清单（重复行表格）',
    label: `${ds.label}名单`,
    synonyms: [ds.label, `${ds.label}情况`, `${ds.label}一览表`],
    type: 'table',
    period: ds.name === 'awards' ? '近N年' : ds.yearly ? '统计年度' : '当前',
    ...(ds.name === 'awards' ? { years: 5 } : {}),
    scopes: ['school', 'group', 'centre'],
    bind: '',
    rows: LIST_ROWS[ds.name] ?? `data.${ds.name}`,
    columns,
    source: `${ds.label}（每条一行）`,
    keyHint: `${ds.name}List`,
    dataset: ds.name,
  };
}

export function datasetEntries(): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  for (const set of ENTITY_SETS) {
    const ds = DATASETS.find((d) => d.name === set.ds);
    if (ds) out.push(...entityEntries(ds, set));
  }
  for (const ds of DATASETS) if (!ds.single && ds.name !== 'majorGroups') out.push(listEntry(ds));
  return out;
}
