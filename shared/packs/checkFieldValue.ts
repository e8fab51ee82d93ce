import { isIsoDate } from '../validation/contactFormats.js';
import { countWordChars } from '../validation/countWordChars.js';
import type { FieldProblem, FieldValue, PackField, ScalarValue, TableColumn } from './packSchema.js';

type Problem = Omit<FieldProblem, 'accepted'>;

export function isEmptyValue(v: FieldValue | undefined): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v).every((x) => x === null || x === '');
  return false;
}

function decimalsOf(n: number): number {
  const s = String(n);
  return s.includes('.') ? s.split('.')[1].length : 0;
}

function checkScalar(
  def: Pick<PackField | TableColumn, 'label' | 'type' | 'min' | 'max' | 'decimals' | 'options' | 'maxLength' | 'unit'>,
  v: ScalarValue,
  where: { row?: number; column?: string } = {},
): Problem[] {
  if (v === null || v === '') return [];
  const p = (code: string, message: string): Problem[] => [{ code, message, ...where }];
  const name = where.row ? `第 ${where.row} 行「${def.label}」` : `「${def.label}」`;
  switch (def.type) {
    case 'number':
    case 'money':
    case 'percent':
    case 'year': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return p('type', `${name}应为数字，现为「${String(v)}」`);
      if (def.type === 'year' && !Number.isInteger(v)) return p('type', `${name}应为四位年份`);
      if (def.type === 'percent' && (v < 0 || v > 100) && def.max === undefined)
        return p('max', `${name}是百分比，应在 0–100 之间`);
      if (def.min !== undefined && v < def.min) return p('min', `${name}不能小于 ${def.min}${def.unit ?? ''}`);
      if (def.max !== undefined && v > def.max) return p('max', `${name}不能大于 ${def.max}${def.unit ?? ''}`);
      if (def.decimals !== undefined && decimalsOf(v) > def.decimals)
        return p('decimals', `${name}最多保留 ${def.decimals} 位小数`);
      return [];
    }
    case 'date':
      return typeof v === 'string' && isIsoDate(v)
        ? []
        : p('type', `${name}应为日期（如 2024-11-15），现为「${String(v)}」`);
    case 'checkbox':
      return typeof v === 'boolean' ? [] : p('type', `${name}应为「是」或「否」`);
    case 'choice':
      if (def.options?.length && !def.options.includes(String(v)))
        return p('option', `${name}应为 ${def.options.join('、')} 之一，现为「${String(v)}」`);
      return [];
    case 'text':
    case 'narrative':
    case 'table':
      if (typeof v !== 'string') return p('type', `${name}应为文本`);
      if (def.maxLength !== undefined && [...v].length > def.maxLength)
        return p('maxLength', `${name}不能超过 ${def.maxLength} 个字符`);
      return [];
  }
}

/**
 * Checks a field's effective value against its limits: required, type, range, decimals, options,
 * 字数 (Word count), rows. Returns Chinese problems; an empty list means the value is fine.
 */
export function checkFieldValue(field: PackField, value: FieldValue, options?: string[]): Problem[] {
  if (isEmptyValue(value)) return field.required ? [{ code: 'required', message: `「${field.label}」必须填写` }] : [];
  const out: Problem[] = [];
  if (field.type === 'table') {
    if (!Array.isArray(value) || value.some((r) => r === null || typeof r !== 'object' || Array.isArray(r)))
      return [{ code: 'type', message: `「${field.label}」应为表格行` }];
    const rows = value as Record<string, ScalarValue>[];
    if (field.minRows !== undefined && rows.length < field.minRows)
      out.push({ code: 'rows', message: `「${field.label}」至少需要 ${field.minRows} 行，现有 ${rows.length} 行` });
    if (field.maxRows !== undefined && rows.length > field.maxRows)
      out.push({ code: 'rows', message: `「${field.label}」最多 ${field.maxRows} 行，现有 ${rows.length} 行` });
    rows.forEach((row, i) => {
      for (const col of field.columns ?? []) {
        const v = row[col.key] ?? null;
        if (col.required && (v === null || v === ''))
          out.push({
            code: 'required',
            message: `「${field.label}」第 ${i + 1} 行「${col.label}」必须填写`,
            row: i + 1,
            column: col.key,
          });
        else out.push(...checkScalar(col, v, { row: i + 1, column: col.key }));
      }
    });
    return out;
  }
  if (field.perYear) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [{ code: 'type', message: `「${field.label}」应按年度填写` }];
    for (const [year, v] of Object.entries(value))
      out.push(...checkScalar({ ...field, label: `${field.label}（${year}年）` }, v));
    return out;
  }
  if (field.type === 'choice' && field.multiple) {
    if (!Array.isArray(value)) return [{ code: 'type', message: `「${field.label}」应为若干选项` }];
    const opts = options ?? field.options;
    const bad = (value as unknown[]).filter((x) => opts?.length && !opts.includes(String(x)));
    return bad.length ? [{ code: 'option', message: `「${field.label}」中的「${bad.join('、')}」不在可选项中` }] : [];
  }
  if (Array.isArray(value) || typeof value === 'object')
    return [{ code: 'type', message: `「${field.label}」应为单个值` }];
  out.push(...checkScalar({ ...field, options: options ?? field.options }, value));
  if (
    (field.type === 'narrative' || field.type === 'text') &&
    typeof value === 'string' &&
    field.wordLimit !== undefined
  ) {
    const n = countWordChars(value);
    if (n > field.wordLimit)
      out.push({ code: 'wordLimit', message: `「${field.label}」${n} 字，超过了 ${field.wordLimit} 字的上限` });
  }
  return out;
}
