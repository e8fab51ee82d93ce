import { parseYuanToFen } from '../format/money.js';
import { parseDateText } from '../format/parseDateText.js';
import { scalarText } from '../format/scalarText.js';
import { isEmail, isIsoDate, isPhoneNumber } from '../validation/contactFormats.js';
import { checkCreditCode } from '../validation/creditCode.js';
import { checkIdCardNumber } from '../validation/idCardNumber.js';
import type { FieldDef } from './datasetDefinition.js';

export type FieldValue = string | number | boolean | null;
export type FieldParse = { ok: true; value: FieldValue } | { ok: false; message: string };

function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const s = raw
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/[％%]$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * Turns what a user typed or pasted (or an import cell) into the stored value, or a Chinese
 * message saying what is wrong. Empty input is null (and an error when required).
 * Money input is in 元 unless `moneyInFen` (values already stored).
 */
export function parseFieldValue(field: FieldDef, raw: unknown, opts: { moneyInFen?: boolean } = {}): FieldParse {
  const empty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  if (empty) return field.required ? { ok: false, message: `「${field.label}」不能为空` } : { ok: true, value: null };
  const text = typeof raw === 'string' ? raw.trim() : scalarText(raw);
  const range = (n: number): FieldParse => {
    if (field.min !== undefined && n < field.min)
      return { ok: false, message: `「${field.label}」不能小于 ${field.min}${field.unit ?? ''}` };
    if (field.max !== undefined && n > field.max)
      return { ok: false, message: `「${field.label}」不能大于 ${field.max}${field.unit ?? ''}` };
    return { ok: true, value: n };
  };
  switch (field.type) {
    case 'text':
    case 'longText':
      return { ok: true, value: text };
    case 'integer':
    case 'year': {
      const n = toNumber(raw);
      if (n === null || !Number.isInteger(n))
        return { ok: false, message: `「${field.label}」应为整数，收到「${text}」` };
      if (field.type === 'year' && (n < 1900 || n > 2100))
        return { ok: false, message: `「${field.label}」应为四位年份，收到「${text}」` };
      return range(n);
    }
    case 'decimal':
    case 'percent': {
      const n = toNumber(raw);
      if (n === null) return { ok: false, message: `「${field.label}」应为数字，收到「${text}」` };
      if (field.type === 'percent' && (n < 0 || n > 100))
        return { ok: false, message: `「${field.label}」是百分比，应在 0–100 之间，收到「${text}」` };
      const d = field.decimals;
      return range(d === undefined ? n : Number(n.toFixed(d)));
    }
    case 'money': {
      if (opts.moneyInFen) {
        if (typeof raw !== 'number' || !Number.isSafeInteger(raw))
          return { ok: false, message: `「${field.label}」金额应为整数分` };
        return { ok: true, value: raw };
      }
      const fen = parseYuanToFen(typeof raw === 'number' ? raw : text);
      if (fen === null) return { ok: false, message: `「${field.label}」应为金额（元），收到「${text}」` };
      if (fen < 0 && (field.min ?? 0) >= 0) return { ok: false, message: `「${field.label}」不能为负数` };
      return { ok: true, value: fen };
    }
    case 'date': {
      const d =
        typeof raw === 'string' ? parseDateText(raw) : raw instanceof Date ? raw.toISOString().slice(0, 10) : null;
      if (!d || !isIsoDate(d))
        return { ok: false, message: `「${field.label}」应为日期（如 2019-03-05），收到「${text}」` };
      return { ok: true, value: d };
    }
    case 'choice':
      if (field.choices && !field.choices.includes(text)) {
        return { ok: false, message: `「${field.label}」应为 ${field.choices.join('、')} 之一，收到「${text}」` };
      }
      return { ok: true, value: text };
    case 'multiChoice': {
      const parts = text.split(/[、,，;；\s]+/).filter(Boolean);
      const bad = field.choices ? parts.filter((p) => !field.choices!.includes(p)) : [];
      if (bad.length)
        return {
          ok: false,
          message: `「${field.label}」中的「${bad.join('、')}」不在可选项中（${field.choices!.join('、')}）`,
        };
      return { ok: true, value: parts.join('、') };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (/^(是|有|√|✓|☑|y|yes|true|1)$/i.test(text)) return { ok: true, value: true };
      if (/^(否|无|×|✗|☐|n|no|false|0)$/i.test(text)) return { ok: true, value: false };
      return { ok: false, message: `「${field.label}」应为「是」或「否」，收到「${text}」` };
    }
    case 'creditCode': {
      const r = checkCreditCode(text);
      return r.ok ? { ok: true, value: r.code } : { ok: false, message: r.message };
    }
    case 'idCard': {
      const r = checkIdCardNumber(text);
      return r.ok ? { ok: true, value: r.number } : { ok: false, message: r.message };
    }
    case 'phone':
      return isPhoneNumber(text)
        ? { ok: true, value: text }
        : { ok: false, message: `「${field.label}」不是有效的电话号码：「${text}」` };
    case 'email':
      return isEmail(text)
        ? { ok: true, value: text }
        : { ok: false, message: `「${field.label}」不是有效的电子邮箱：「${text}」` };
  }
}
