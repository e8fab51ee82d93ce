// The kind of value a blank expects, read from its label and unit: 金额（万元） → money in 万元,
// 就业率 → percent, 成立时间 → date, 年度 → year, 是否注册 → 是/否, 性别 → 男/女.
import type { FieldType } from '../packs/packSchema.js';
import { unitInLabel } from './textPatterns.js';

export interface InferredType {
  type: FieldType;
  unit?: string;
  decimals?: number;
  options?: string[];
}

const MONEY_UNITS = new Set(['万元', '元', '千元', '亿元']);

export function typeOfUnit(unit: string): InferredType {
  if (unit === '%') return { type: 'percent', decimals: 2 };
  if (MONEY_UNITS.has(unit)) return { type: 'money', unit, decimals: 2 };
  if (unit === 'm²' || unit === 'T' || unit === 'TB') return { type: 'number', unit, decimals: 2 };
  return { type: 'number', unit, decimals: 0 };
}

/** From a label (and the table's unit line, if any). */
export function inferFieldType(label: string, unit?: string, tableUnit?: string): InferredType {
  const l = label.replace(/\s/g, '');
  const u = unit ?? unitInLabel(label);
  if (u) return typeOfUnit(u);
  if (/^是否|是否$/.test(l)) return { type: 'choice', options: ['是', '否'] };
  if (/^性别$/.test(l)) return { type: 'choice', options: ['男', '女'] };
  if (/(比例|占比|比率|比重|[^效]率)$/.test(l) && !/频率|税率|汇率/.test(l)) return { type: 'percent', decimals: 2 };
  if (/(金额|经费|资金|投入|收入|总额|总值|资产|造价|预算|拨款|费用|奖金)/.test(l) && !/来源|途径|用途/.test(l))
    return tableUnit && MONEY_UNITS.has(tableUnit)
      ? { type: 'money', unit: tableUnit, decimals: 2 }
      : { type: 'money', unit: '万元', decimals: 2 };
  if (/(日期|时间)$/.test(l) && !/起止|期限|时长|学时|课时/.test(l)) return { type: 'date' };
  if (/(年度|年份)$/.test(l)) return { type: 'year' };
  if (/(人数|人次|数量|个数|项数|次数|台数|件数|册数|课时数|学时数|天数)$/.test(l))
    return { type: 'number', decimals: 0 };
  if (/^年龄$|^工龄$|^年限$/.test(l)) return { type: 'number', decimals: 0 };
  if (/(自评|复评|他评|初评|得分|评分|分值|分数|总分)$/.test(l)) return { type: 'number' };
  return { type: 'text' };
}

/** Labels of long answers: a large cell beside or under one of these is a narrative. */
export const NARRATIVE_LABEL_RE =
  /简介|介绍|描述|说明|情况|内容|成效|成果|意见|理由|计划|措施|目标|思路|基础|特色|总结|概述|设想|方案|论证|分析|规划|举措|优势|创新点|承诺|摘要|评价|建议/;
