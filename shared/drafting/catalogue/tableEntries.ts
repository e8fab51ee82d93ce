// Lists forms ask for as rows under a header (专业群内专业, 相关证书, 获奖情况): the rows and the
// columns each row can fill. Columns a form adds that no entry knows (佐证材料页码) stay empty.
import type { CatalogueEntry } from './catalogueEntry.js';

const LISTS = '名单与清单（重复行表格）';
const IN_GROUP = (majorsText: string) =>
  `any(split(${majorsText}), m => contains(pluck(where(forYear(data.majors, params.baseYear), 'groupName', params.groupName), 'name'), m))`;

export function tableEntries(): CatalogueEntry[] {
  return [
    {
      id: 'list.groupMajors',
      group: LISTS,
      label: '专业群内专业',
      synonyms: ['专业群内专业', '群内专业', '专业群组成专业', '专业群包含专业'],
      type: 'table',
      period: '统计年度',
      scopes: ['group', 'school', 'centre'],
      bind: '',
      rows: "sortBy(where(forYear(data.majors, {Y}), 'groupName', params.groupName), 'enrolled', 'desc')",
      columns: [
        { key: 'name', label: '专业名称', synonyms: ['专业'], type: 'text', expr: 'r.name' },
        { key: 'code', label: '专业代码', type: 'text', expr: 'r.code' },
        {
          key: 'enrolled',
          label: '全日制在校生',
          synonyms: ['在校生', '在校生数', '全日制在校生数'],
          type: 'number',
          unit: '人',
          decimals: 0,
          expr: 'r.enrolled',
        },
        { key: 'admitted', label: '招生人数', type: 'number', unit: '人', decimals: 0, expr: 'r.admitted' },
      ],
      source: '专业数据·所选专业群内各专业（统计年度，按在校生从多到少）',
      keyHint: 'groupMajors',
    },
    {
      id: 'list.oneXRelated',
      group: LISTS,
      label: '与申报专业相关的1+X证书',
      synonyms: ['与申报实训中心专业相关的证书', '相关的证书', '相关证书', '1+X证书'],
      keywords: [['证书']],
      type: 'table',
      period: '指定年度',
      scopes: ['group', 'school', 'centre'],
      bind: '',
      rows: `filter(where(forYear(data.certificates, {Y}), 'kind', '1+X证书'), c => ${IN_GROUP('c.relatedMajor')})`,
      rowVar: 'c',
      columns: [
        { key: 'name', label: '证书名称', synonyms: ['证书'], type: 'text', expr: 'c.name' },
        {
          key: 'count',
          label: '取证人数',
          synonyms: ['获证人数', '实际取证人数'],
          type: 'number',
          unit: '人',
          decimals: 0,
          expr: 'c.achievedCount',
        },
        { key: 'task', label: '下达任务数', synonyms: ['任务数'], type: 'number', unit: '人', expr: 'c.taskCount' },
        { key: 'level', label: '证书等级', synonyms: ['等级'], type: 'text', expr: 'c.certLevel' },
      ],
      source: '证书·与服务专业（群）相关的1+X证书（该年度）',
      keyHint: 'relatedCertificates',
    },
    {
      id: 'list.awardsRecent',
      group: LISTS,
      label: '技能大赛获奖情况（近N年）',
      synonyms: ['职业院校技能大赛成绩', '技能大赛成绩', '技能大赛获奖情况', '获奖情况', '学生获奖情况'],
      keywords: [['大赛', '获奖', '竞赛']],
      type: 'table',
      period: '近N年',
      years: 5,
      scopes: ['group', 'school'],
      bind: '',
      rows: "sortBy(filter(lastYears(data.awards, {N}), a => a.kind == '学生技能大赛'), 'year', 'desc')",
      rowVar: 'a',
      columns: [
        { key: 'year', label: '年度', synonyms: ['获奖年度', '年份'], type: 'year', expr: 'a.year' },
        {
          key: 'competition',
          label: '大赛名称',
          synonyms: ['比赛名称', '竞赛名称'],
          type: 'text',
          expr: 'a.competition',
        },
        { key: 'event', label: '赛项', synonyms: ['赛项名称', '项目'], type: 'text', expr: 'a.event' },
        { key: 'grade', label: '获奖等级', synonyms: ['等级', '奖项'], type: 'text', expr: 'concat(a.level, a.grade)' },
        { key: 'level', label: '级别', type: 'text', expr: 'a.level' },
        { key: 'students', label: '获奖学生', synonyms: ['学生姓名', '学生'], type: 'text', expr: 'a.students' },
        {
          key: 'majors',
          label: '学生所在专业',
          synonyms: ['所在专业', '专业'],
          type: 'text',
          expr: 'a.studentMajors',
        },
        { key: 'teachers', label: '指导教师', type: 'text', expr: 'a.teachers' },
      ],
      source: '技能大赛获奖·学生技能大赛（近N年）',
      keyHint: 'awardList',
    },
  ];
}
