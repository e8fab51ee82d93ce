import type { z } from 'zod';

import type { ErrorPlace } from './apiError.js';
import { inputLabel } from './inputLabels.js';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  null: '空值',
  undefined: '未填写',
  bigint: '整数',
  date: '日期',
};

/** zod issues → Chinese messages with the field path as the place. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): { message: string; where: ErrorPlace }[] {
  return issues.map((i) => {
    const path = i.path.map(String).join('.');
    const field = path ? inputLabel(path) : '（整个输入）';
    let message: string;
    switch (i.code) {
      case 'invalid_type': {
        const exp = TYPE_NAMES[i.expected] ?? i.expected;
        message = `字段「${field}」应为${exp}`;
        break;
      }
      case 'too_small':
        message = `字段「${field}」${i.origin === 'string' ? '长度' : i.origin === 'array' ? '条数' : ''}不能小于 ${String(i.minimum)}`;
        break;
      case 'too_big':
        message = `字段「${field}」${i.origin === 'string' ? '长度' : i.origin === 'array' ? '条数' : ''}不能大于 ${String(i.maximum)}`;
        break;
      case 'invalid_value':
        message = `字段「${field}」的值不在允许范围内（可选：${i.values.map(String).join('、')}）`;
        break;
      case 'unrecognized_keys':
        message = `${path ? `「${path}」中` : ''}有不认识的字段：${i.keys.join('、')}`;
        break;
      case 'invalid_format':
        message = `字段「${field}」格式不正确`;
        break;
      // zod's own texts for these are English ("Invalid input"): say it in Chinese.
      case 'invalid_union':
        message = `字段「${field}」的值不是允许的类型`;
        break;
      case 'invalid_key':
        message = `字段「${field}」中有不合格的名称`;
        break;
      case 'invalid_element':
        message = `字段「${field}」中有不合格的值`;
        break;
      case 'not_multiple_of':
        message = `字段「${field}」应为 ${String(i.divisor)} 的整数倍`;
        break;
      case 'custom':
        // Our own refinements say it in Chinese; zod's default does not.
        message = /\p{Script=Han}/u.test(i.message) ? i.message : `字段「${field}」不合格`;
    }
    return { message, where: { field: path || undefined } };
  });
}
