// One figure a form may ask for, and how to get it from the base data: its Chinese label and the
// other words forms use for it, its unit and period, and the pack binding expression. Bindings are
// templates; the drafter fills in which enterprise, which year, which 专业群 the form means.
import type { FieldType, PackParameter } from '../../packs/packSchema.js';

/** Where a figure is about: the school, or one of the things a notice has the applicant choose. */
export type CatalogueScope = 'school' | 'enterprise' | 'major' | 'group' | 'centre';

export const SCOPE_LABELS: Record<CatalogueScope, string> = {
  school: '学校',
  enterprise: '合作企业',
  major: '申报专业',
  group: '专业群',
  centre: '实训中心',
};

export interface CatalogueColumn {
  key: string;
  label: string;
  synonyms?: readonly string[];
  type: Exclude<FieldType, 'narrative' | 'table'>;
  unit?: string;
  decimals?: number;
  /** The value of this column for a row `r` of the entry's rows. */
  expr: string;
}

export interface CatalogueEntry {
  /** Stable id, e.g. school.name, figure.fullTimeStudents. */
  id: string;
  /** Group heading in docs/fields.md and the designer's chooser. */
  group: string;
  label: string;
  synonyms: readonly string[];
  /** Words that name it only inside a scoped block (建筑面积 under 实训中心), never on their own. */
  genericSynonyms?: readonly string[];
  /**
   * Keyword groups over the whole context (caption, group labels, row and column labels): every
   * group must have one of its words. Used where labels vary too much to list (下达的任务数 …).
   */
  keywords?: readonly (readonly string[])[];
  /** None of these may appear in the context. */
  exclude?: readonly string[];
  type: FieldType;
  unit?: string;
  decimals?: number;
  options?: readonly string[];
  multiple?: boolean;
  /** 当前 (a fact), 统计年度, 指定年度 (a year the form names, else the 统计年度), 近N年. */
  period: '当前' | '统计年度' | '指定年度' | '近N年';
  /** Default N for 近N年 when the form does not say. */
  years?: number;
  scopes: readonly CatalogueScope[];
  /**
   * Binding template. Tokens: {E} the scope's row (a chosen enterprise, 专业, 专业群), {Y} the year,
   * {N} the years, and the scope's row sets {MAJORS} {ROOMS} {EQUIP} {TEACHERS} {FULLTIME}
   * {ENTERPRISES}. Money comes out in 万元 (two decimals) unless the field is in 元.
   */
  bind: string;
  /** Money templates give 分 ({CENTS}), wrapped in wan()/yuan() by the field's unit. */
  cents?: boolean;
  /** Words shown beside the field: where the value comes from. */
  source: string;
  /** A key the drafter names the field after (schoolName, e1LegalName …). */
  keyHint: string;
  /** table entries: the rows, and the columns a form may ask of each row (each read from `rowVar`, default r). */
  rows?: string;
  rowVar?: string;
  columns?: readonly CatalogueColumn[];
  /** For docs/fields.md: the data set and field the entry reads. */
  dataset?: string;
  field?: string;
}

export interface ScopeRef {
  scope: CatalogueScope;
  /** Which enterprise: 合作企业（1） → 1. */
  index?: number;
}

/** The parameters a binding in that scope needs, as the seed packs define them. */
export function scopeParameters(ref: ScopeRef, yearUsed: boolean, defaultYear?: number): PackParameter[] {
  const out: PackParameter[] = [];
  if (yearUsed || ref.scope === 'major' || ref.scope === 'group') out.push(baseYearParameter(defaultYear));
  if (ref.scope === 'major')
    out.push({
      key: 'majorCode',
      label: '申报专业',
      type: 'choice',
      source: 'forYear(data.majors)',
      valueField: 'code',
      labelField: 'name',
      required: true,
      help: '按2021年《职业教育专业目录》命名的专业',
    });
  if (ref.scope === 'group')
    out.push({
      key: 'groupName',
      label: '服务专业群',
      type: 'choice',
      source: 'data.majorGroups',
      valueField: 'name',
      labelField: 'name',
      required: true,
    });
  if (ref.scope === 'centre')
    out.push({
      key: 'centre',
      label: '申报实训中心（实训场所所属中心）',
      type: 'choice',
      source: "distinct(data.rooms, 'centre')",
      required: true,
      help: '实训室面积、工位、设备总值等按此中心的实训场所统计',
    });
  if (ref.scope === 'enterprise') {
    const k = ref.index ?? 1;
    // The k-th parameter defaults to the k-th partner, so two enterprise blocks do not start equal.
    const rotated =
      k === 1
        ? ENTERPRISES
        : `concat(filter(${ENTERPRISES}, r => r.name != first(${ENTERPRISES}).name), take(${ENTERPRISES}, 1))`;
    out.push({
      key: `enterprise${k}`,
      label: `合作企业（${k}）`,
      type: 'choice',
      source: rotated,
      valueField: 'name',
      labelField: 'name',
      required: true,
      ...(k > 1 ? { help: '应与其他合作企业不同' } : {}),
    });
  }
  return out;
}

export function baseYearParameter(defaultYear?: number): PackParameter {
  return {
    key: 'baseYear',
    label: '统计年度',
    type: 'year',
    ...(defaultYear ? { default: defaultYear } : {}),
    source: "sortBy(map(years, y => {year: y}), 'year', 'desc')",
    valueField: 'year',
    labelField: 'year',
    required: true,
    help: '数据截止每年12月31日；表中未写明年度的数字按此年度取',
  };
}

/** Partners the school still works with. */
export const ENTERPRISES = "filter(where(data.enterprises, 'kind', '企业'), e => !e.cooperationUntil)";

export interface ExpandOptions {
  ref: ScopeRef;
  /** A year the form names for this value, else the 统计年度 parameter. */
  year?: number;
  /** 近N年 as the form says it. */
  years?: number;
  /** The field's unit, for money (万元 or 元). */
  unit?: string;
}

/** The binding of an entry for one place in a form. */
export function expandBinding(entry: CatalogueEntry, template: string, o: ExpandOptions): string {
  const Y = o.year !== undefined ? String(o.year) : 'params.baseYear';
  const MAJORS_ALL = `forYear(data.majors, ${Y})`;
  const majors = o.ref.scope === 'group' ? `where(${MAJORS_ALL}, 'groupName', params.groupName)` : MAJORS_ALL;
  const rooms = o.ref.scope === 'centre' ? "where(data.rooms, 'centre', params.centre)" : 'data.rooms';
  const equip =
    o.ref.scope === 'centre'
      ? `filter(where(data.equipment, 'roomId', pluck(${rooms}, 'id')), e => !e.disposalDate)`
      : 'filter(data.equipment, e => !e.disposalDate)';
  const teachers =
    o.ref.scope === 'group' || o.ref.scope === 'centre'
      ? `filter(where(data.teachers, 'major', pluck(${o.ref.scope === 'group' ? majors : `where(${MAJORS_ALL}, 'groupName', params.groupName)`}, 'name')), t => !t.leaveDate)`
      : 'filter(data.teachers, t => !t.leaveDate)';
  const entity =
    o.ref.scope === 'enterprise'
      ? `lookup(data.enterprises, 'name', params.enterprise${o.ref.index ?? 1})`
      : o.ref.scope === 'major'
        ? `lookup(forYear(data.majors, params.baseYear), 'code', params.majorCode)`
        : o.ref.scope === 'group'
          ? "lookup(data.majorGroups, 'name', params.groupName)"
          : 'school';
  let out = template
    .replace(/\{MAJORS\}/g, majors)
    .replace(/\{ROOMS\}/g, rooms)
    .replace(/\{EQUIP\}/g, equip)
    .replace(/\{FULLTIME\}/g, `filter(${teachers}, t => t.employment == '专任教师')`)
    .replace(/\{TEACHERS\}/g, teachers)
    .replace(/\{ENTERPRISES\}/g, ENTERPRISES)
    .replace(/\{E\}/g, entity)
    .replace(/\{Y\}/g, Y)
    .replace(/\{N\}/g, String(o.years ?? entry.years ?? 3));
  if (entry.cents) out = o.unit === '元' ? `yuan(${out})` : `wan(${out}, 2)`;
  return out;
}

/** Does an expanded binding read the 统计年度 parameter? */
export function usesBaseYear(expr: string): boolean {
  return /params\.baseYear/.test(expr);
}
