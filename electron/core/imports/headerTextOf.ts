import type { FieldDef } from '../../../shared/datasets/datasetDefinition.js';

/** Column header as exported: the label with its unit, e.g. 单价（元）; the importer strips the unit again. */
export function headerTextOf(f: FieldDef): string {
  const unit = f.type === 'money' ? '元' : f.type === 'percent' ? '%' : f.unit;
  return unit && !f.label.includes(unit) ? `${f.label}（${unit}）` : f.label;
}

/** One line of help for the template: required, format, allowed values. */
export function fieldNoteOf(f: FieldDef): string {
  const parts: string[] = [];
  parts.push(f.required ? '必填' : '选填');
  switch (f.type) {
    case 'money':
      parts.push('金额，单位：元，最多两位小数');
      break;
    case 'date':
      parts.push('日期，如 2019-03-05');
      break;
    case 'year':
      parts.push('四位年份，如 2023');
      break;
    case 'integer':
      parts.push(`整数${f.unit ? `，单位：${f.unit}` : ''}`);
      break;
    case 'decimal':
      parts.push(`数字${f.unit ? `，单位：${f.unit}` : ''}`);
      break;
    case 'percent':
      parts.push('百分比，填 0–100 的数字');
      break;
    case 'boolean':
      parts.push('填「是」或「否」');
      break;
    case 'choice':
      if (f.choices) parts.push(`可选：${f.choices.join('、')}`);
      break;
    case 'multiChoice':
      if (f.choices) parts.push(`可多选，用「、」分隔：${f.choices.join('、')}`);
      break;
    case 'creditCode':
      parts.push('18 位统一社会信用代码');
      break;
    case 'idCard':
      parts.push('18 位公民身份号码');
      break;
    case 'phone':
      parts.push('电话号码');
      break;
    case 'email':
      parts.push('电子邮箱');
      break;
    case 'text':
    case 'longText':
      break;
  }
  if (f.min !== undefined && f.type !== 'percent') parts.push(`不小于 ${f.min}`);
  if (f.max !== undefined && f.type !== 'percent') parts.push(`不大于 ${f.max}`);
  if (f.description) parts.push(f.description);
  return parts.join('；');
}
