import type { DatasetDef, FieldDef } from '../../../shared/datasets/datasetDefinition.js';
import { scalarText } from '../../../shared/format/scalarText.js';

/** The statistical year as an importable column of a yearly data set (a 年度 column, often merged). */
export const YEAR_FIELD: FieldDef = {
  key: 'year',
  label: '统计年度',
  type: 'year',
  synonyms: ['年度', '年份', '统计年份', '数据年度', '所属年度'],
};

/** The fields a file's columns can map to: the data set's own, plus 统计年度 for yearly sets. */
export function importFieldsOf(def: DatasetDef): FieldDef[] {
  const own = [...def.fields];
  if (def.yearly && !own.some((f) => f.key === 'year')) own.push(YEAR_FIELD);
  return own;
}

/**
 * Header text as offices write it → a comparable form: no spaces or line breaks, half-width
 * brackets, no required-marks (*), no trailing colon, no unit in brackets (金额（元） → 金额).
 */
export function normaliseHeader(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  let s = scalarText(raw)
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .replace(/^[*＊※]+|[*＊※]+$/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
  // Strip trailing bracketed notes/units, nested or repeated: 单价(元)(含税) → 单价, 数量(台(套)) → 数量.
  while (s.endsWith(')')) {
    let depth = 0;
    let i = s.length - 1;
    for (; i >= 0; i--) {
      if (s[i] === ')') depth++;
      else if (s[i] === '(' && --depth === 0) break;
    }
    if (i <= 0) break;
    s = s.slice(0, i);
  }
  return s.replace(/[*＊]+$/, '');
}

/** Every header text that names a field: its label, synonyms and key, normalised. */
export function headerNamesOf(field: FieldDef): string[] {
  return [field.label, ...(field.synonyms ?? []), field.key].map(normaliseHeader).filter(Boolean);
}
