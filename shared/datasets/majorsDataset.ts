import type { DatasetDef } from './datasetDefinition.js';

export const MAJOR_LEVELS = ['中职', '高职专科', '高职本科'] as const;
export const MAJOR_STATUSES = ['国家级双高专业群', '省级双高专业群', '国家级示范专业点', '省级示范性专业点', '省级特色专业', '校级重点专业', '无'] as const;

/** The fields a major keeps from one year to the next (开始新年度 copies these; figures start empty). */
const MAJOR_IDENTITY = ['code', 'name', 'level', 'categoryCode', 'category', 'classCode', 'className', 'foundedYear', 'groupName', 'isCoreOfGroup', 'status', 'engineering', 'department'] as const;

/**
 * 专业 by statistical year: the major's catalogue identity (code and name from the 2021 职业教育专业目录)
 * and that year's figures (在校生, 招生, 毕业生, 就业率 …). Kept per year so that a major's group or
 * 双高 status in 2022 is still what it was then; 「开始新年度」 copies the list with figures empty.
 */
export const majorsDataset: DatasetDef = {
  name: 'majors',
  label: '专业',
  table: 'major',
  yearly: true,
  keyFields: ['code'],
  carryOverFields: MAJOR_IDENTITY,
  description: '按统计年度填写开设专业及当年在校生、招生、毕业、就业数据；专业代码和名称须与《职业教育专业目录（2021年）》一致。',
  fields: [
    { key: 'code', label: '专业代码', type: 'text', required: true, synonyms: ['代码', '专业编码', '国家专业代码'], sample: '460301', width: 90, description: '六位代码，国家控制专业带 K，如 520101K' },
    { key: 'name', label: '专业名称', type: 'text', required: true, synonyms: ['专业', '名称'], sample: '机电一体化技术', width: 180 },
    { key: 'level', label: '办学层次', type: 'choice', choices: MAJOR_LEVELS, required: true, synonyms: ['层次', '专业层次'], sample: '高职专科' },
    { key: 'categoryCode', label: '专业大类代码', type: 'text', synonyms: ['大类代码'], sample: '46' },
    { key: 'category', label: '专业大类', type: 'text', synonyms: ['所属专业大类', '大类'], sample: '装备制造大类' },
    { key: 'classCode', label: '专业类代码', type: 'text', synonyms: ['类代码'], sample: '4603' },
    { key: 'className', label: '专业类', type: 'text', synonyms: ['所属专业类'], sample: '自动化类' },
    { key: 'foundedYear', label: '设置年份', type: 'year', synonyms: ['开设年份', '设置时间', '首次招生年份', '备案年份'], sample: 2006 },
    { key: 'groupName', label: '所属专业群', type: 'text', synonyms: ['专业群', '专业群名称'], sample: '智能制造专业群', width: 160 },
    { key: 'isCoreOfGroup', label: '群内核心骨干专业', type: 'boolean', synonyms: ['核心专业', '骨干专业', '核心骨干专业'], sample: '是' },
    { key: 'status', label: '建设层级', type: 'choice', choices: MAJOR_STATUSES, synonyms: ['双高/示范', '重点建设情况', '专业建设层级'], sample: '省级双高专业群' },
    { key: 'engineering', label: '工科类专业', type: 'boolean', synonyms: ['是否工科', '工科'], sample: '是', description: '346号：工科类专业仪器设备总值须在 100 万元以上' },
    { key: 'department', label: '所属院系', type: 'text', synonyms: ['院系', '二级学院', '系部'], sample: '智能制造学院' },
    { key: 'enrolled', label: '全日制在校生', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['在校生', '在校生数', '在校生人数', '全日制在校生数'], sample: 1260 },
    { key: 'admitted', label: '招生人数', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['招生', '招生数', '当年招生数'], sample: 430 },
    { key: 'graduates', label: '毕业生人数', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['毕业生', '毕业生数', '当年毕业生数'], sample: 395 },
    { key: 'employmentRate', label: '初次就业率', type: 'percent', unit: '%', min: 0, max: 100, decimals: 2, synonyms: ['就业率', '毕业生初次就业率'], sample: 95.6 },
    { key: 'relevantEmploymentRate', label: '专业对口就业率', type: 'percent', unit: '%', min: 0, max: 100, decimals: 2, synonyms: ['对口就业率', '对口率'], sample: 86.2 },
    { key: 'commissionedStudents', label: '委托培养人数', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['委托培养'], sample: 40 },
    { key: 'orderStudents', label: '订单培养人数', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['订单培养', '订单班人数'], sample: 120 },
    { key: 'apprenticeStudents', label: '学徒制培养人数', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['学徒制', '中国特色学徒制培养', '现代学徒制人数'], sample: 60 },
    { key: 'fieldEngineerStudents', label: '现场工程师培养人数', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['现场工程师', '现场工程师培养'], sample: 30 },
    { key: 'enterpriseTeachingShare', label: '企业承担教学任务量', type: 'percent', unit: '%', min: 0, max: 100, decimals: 1, synonyms: ['企业承担的教学任务量', '企业承担教学比例'], sample: 32.5 },
  ],
};
