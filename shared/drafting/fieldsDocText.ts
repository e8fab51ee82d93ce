// docs/fields.md, generated from the data-set definitions and the field catalogue (so the document
// cannot drift from what the drafter and the designer offer). `npx tsx scripts/generateFieldsDoc.ts`.
import type { DatasetDef, FieldDef } from '../datasets/datasetDefinition.js';
import { DATASETS } from '../datasets/datasetRegistry.js';
import { type CatalogueEntry, SCOPE_LABELS } from './catalogue/catalogueEntry.js';
import { FIELD_TYPE_LABELS } from './draftTypes.js';
import { fieldCatalogue } from './fieldCatalogue.js';

const DATASET_TYPE: Record<FieldDef['type'], string> = {
  text: '文字',
  longText: '长文字',
  integer: '整数',
  decimal: '小数',
  money: '金额（以分保存，wan() 换算成万元）',
  percent: '百分比（0–100）',
  date: '日期',
  year: '年份',
  choice: '选项',
  multiChoice: '多选（、分隔）',
  boolean: '是/否',
  creditCode: '统一社会信用代码',
  idCard: '身份证号（不印）',
  phone: '电话',
  email: '电子邮箱',
};

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function datasetSection(d: DatasetDef): string[] {
  const ref = d.single ? 'school.键名' : `data.${d.name}（每行一条${d.yearly ? '，带 year' : ''}）`;
  return [
    `### ${d.label}（${d.name}）`,
    '',
    `${d.description ? `${d.description}。` : ''}${d.yearly ? '按统计年度保存。' : '不分年度。'}表达式中：\`${ref}\`。`,
    '',
    '| 键名 | 中文名 | 类型 | 单位 | 同义词（导入和起草时认得的说法） |',
    '| --- | --- | --- | --- | --- |',
    ...d.fields.map(
      (f) =>
        `| \`${f.key}\` | ${cell(f.label)} | ${DATASET_TYPE[f.type]}${f.choices ? `：${cell(f.choices.join('/'))}` : ''} | ${cell(f.unit)} | ${cell(f.synonyms?.join('、'))} |`,
    ),
    '',
  ];
}

function entryRow(e: CatalogueEntry): string {
  const words = [
    ...e.synonyms,
    ...(e.keywords ? [`（关键词：${e.keywords.map((g) => g.join('/')).join(' 且 ')}）`] : []),
  ];
  const scopes = e.scopes.map((s) => SCOPE_LABELS[s]).join('、');
  const period = e.period === '近N年' ? `近N年（缺省 ${e.years ?? 3}）` : e.period;
  return `| ${cell(e.label)} | ${cell(words.join('、'))} | ${FIELD_TYPE_LABELS[e.type] ?? e.type}${e.unit ? `（${cell(e.unit)}）` : ''} | ${period} | ${scopes} | \`${cell(e.cents ? `wan(${e.bind}, 2)` : e.bind || e.rows)}\` |`;
}

function entrySection(title: string, entries: CatalogueEntry[]): string[] {
  if (!entries.length) return [];
  return [
    `### ${title}`,
    '',
    '| 名称 | 表上的其他说法 | 类型（单位） | 期间 | 适用于 | 绑定表达式（模板） |',
    '| --- | --- | --- | --- | --- | --- |',
    ...entries.map(entryRow),
    '',
  ];
}

export function fieldsDocText(): string {
  const cat = fieldCatalogue();
  const groups = [...new Set(cat.filter((e) => !e.id.startsWith('list.')).map((e) => e.group))];
  const lines = [
    '<!-- 本文件由 scripts/generateFieldsDoc.ts 根据 shared/datasets 和 shared/drafting/catalogue 生成，请勿手改。 -->',
    '',
    '# 字段目录',
    '',
    '通知包中字段的 `bind` 表达式能读到的全部数据，以及「从通知附件新建」起草时用来认出表上字段的目录。',
    '设计器的「从字段目录选择…」列出的就是这里的内容；学校在「指标」中自定义的指标也会加入目录。',
    '',
    '## 起草时怎样认出字段',
    '',
    '- 起草器读取每个空格的**标签**（左边的文字）、**列标题**、左侧跨行的**分组标签**（如「法定代表人信息」「实训中心合作企业（1）基本信息」）和表格的**标题行**，',
    '  据此判断问的是什么、是谁的（学校、合作企业（1）（2）、申报专业、专业群、实训中心）、哪一年（「2021年」「近三年」）。',
    '- 与目录中某项的名称或说法完全一致、对象明确的，**把握 ≥ 90%，直接绑定**；部分一致的作为**建议**，在设计器中确认（可「全部采用建议」）。',
    '- 表上有「姓名」「学号」等个人信息的表（学生、个人填写的表），学校自身的联系方式等只作建议，不直接绑定。',
    '- 需要选择对象的绑定会自动给通知包加上参数：统计年度 `baseYear`、申报专业 `majorCode`、服务专业群 `groupName`、',
    '  实训中心 `centre`、合作企业（N） `enterpriseN`，申报时由用户选择一次。',
    '',
    "绑定表达式模板中的记号：`{E}` 所选对象的记录（如 `lookup(data.enterprises, 'name', params.enterprise1)`），",
    '`{Y}` 年度（表上写明的年份，否则 `params.baseYear`），`{N}` 近几年，',
    '`{MAJORS}` `{ROOMS}` `{EQUIP}` `{TEACHERS}` `{FULLTIME}` `{ENTERPRISES}` 为按对象取的行（全校，或所选专业群 / 实训中心的）。',
    '金额在基础数据中以「分」保存，绑定时按字段单位换算（`wan(…, 2)` 万元，`yuan(…)` 元）。',
    '',
    '## 一、基础数据的全部字段',
    '',
    ...DATASETS.flatMap(datasetSection),
    '## 二、常用统计数字与对象信息',
    '',
    ...groups.flatMap((g) =>
      entrySection(
        g,
        cat.filter((e) => e.group === g && !e.id.startsWith('list.')),
      ),
    ),
    '## 三、名单（重复行表格）',
    '',
    '表头下面是空行的表格起草为重复行表格；表格的标题或左侧标签与下列名称一致时，按列标题把各列对应到名单的列。',
    '',
    ...cat
      .filter((e) => e.type === 'table')
      .flatMap((e) => [
        `### ${e.label}`,
        '',
        `行：\`${cell(e.rows)}\`；期间：${e.period}${e.years ? `（缺省 ${e.years} 年）` : ''}；表上的说法：${cell(e.synonyms.join('、')) || '—'}`,
        '',
        '| 列键名 | 列名 | 其他说法 | 类型 | 取值 |',
        '| --- | --- | --- | --- | --- |',
        ...(e.columns ?? []).map(
          (c) =>
            `| \`${c.key}\` | ${cell(c.label)} | ${cell(c.synonyms?.join('、'))} | ${FIELD_TYPE_LABELS[c.type] ?? c.type}${c.unit ? `（${cell(c.unit)}）` : ''} | \`${cell(c.expr)}\` |`,
        ),
        '',
      ]),
    '## 四、学校自定义的指标',
    '',
    '「指标」数据集中的每一项（如 共建课程、企业兼职教师课时数、技术服务收入）都按它的**指标名称**加入目录，',
    "绑定为 `lookup(forYear(data.indicators, {Y}), 'code', '指标代码').value`；统计范围为「实训中心」「专业群」的指标在相应的表格中才会被直接绑定。",
    '',
  ];
  return `${lines.join('\n')}`;
}
