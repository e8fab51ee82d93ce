import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { describePlace, messageWithPlace, placedLine } from '../../../shared/api/describePlace';
import { describeZodIssues } from '../../../shared/api/describeZodIssues';

// What a clerk reads after 「错误：…」 in the CLI (and in lists of problems): Chinese names, no
// program keys, and no place repeating what the message already says.
describe('describePlace names a field by its Chinese label', () => {
  it('an input key becomes its label', () => {
    expect(describePlace({ field: 'educationLevel' })).toBe('字段「办学层次」');
    expect(describePlace({ field: 'creditCode' })).toBe('字段「统一社会信用代码」');
  });

  it('leaves out the field, file or sheet the message already names', () => {
    expect(describePlace({ field: 'creditCode' }, '统一社会信用代码应为 18 位，现为 3 位')).toBe('');
    expect(describePlace({ field: '申报专业' }, '参数「申报专业」的值「999999」不在可选项中')).toBe('');
    expect(describePlace({ field: 'majorCode' }, '通知没有参数「majorCode」')).toBe('');
    expect(describePlace({ file: 'a.xlsx', sheet: '专业', row: 5 }, '文件 a.xlsx 的工作表「专业」不对')).toBe(
      '第 5 行',
    );
  });

  it('keeps what the message does not say', () => {
    expect(describePlace({ file: 'a.xlsx', row: 3, field: 'educationLevel' }, '值不在允许范围内')).toBe(
      '文件 a.xlsx，第 3 行，字段「办学层次」',
    );
  });
});

describe('one wording of a place for the CLI, the import problem lists and the window', () => {
  const cell = { file: '设备.xlsx', sheet: '设备', row: 7, column: 'C', header: '信用代码', field: '信用代码' };

  it('file, sheet, row, then the column with its header; the field only where no column places it', () => {
    expect(describePlace(cell)).toBe('文件 设备.xlsx，工作表「设备」，第 7 行，C 列「信用代码」');
    expect(describePlace({ sheet: '设备', field: '名称' })).toBe('工作表「设备」，字段「名称」');
  });

  it('a problem line puts the place first, an error message puts it after', () => {
    expect(placedLine('应为 18 位', { sheet: '设备', row: 7, column: 'C' })).toBe(
      '工作表「设备」，第 7 行，C 列：应为 18 位',
    );
    expect(messageWithPlace('不是有效日期', { file: 'a.xlsx', row: 3 })).toBe('不是有效日期（文件 a.xlsx，第 3 行）');
    expect(placedLine('文件中没有「名称」列', {})).toBe('文件中没有「名称」列');
  });

  it('does not repeat a row or column the message already names', () => {
    expect(messageWithPlace('「名单.xlsx」 工作表「名单」，第 2 行，A 列：文件可能已损坏', cell)).toBe(
      '「名单.xlsx」 工作表「名单」，第 2 行，A 列：文件可能已损坏（文件 设备.xlsx，工作表「设备」，第 7 行，C 列「信用代码」）',
    );
    expect(
      messageWithPlace('「设备.xlsx」 工作表「设备」，第 7 行，C 列：文件可能已损坏', { ...cell, header: undefined }),
    ).toBe('「设备.xlsx」 工作表「设备」，第 7 行，C 列：文件可能已损坏');
  });
});

describe('describeZodIssues names top-level input keys in Chinese', () => {
  const schema = z.object({ educationLevel: z.enum(['中职', '本科']), creditCode: z.string().min(18) }).strict();

  it('「办学层次」, not educationLevel', () => {
    const r = schema.safeParse({ educationLevel: '大学', creditCode: '123' });
    expect(r.success).toBe(false);
    const d = describeZodIssues(r.error!.issues);
    expect(d.map((x) => x.message)).toEqual([
      '字段「办学层次」的值不在允许范围内（可选：中职、本科）',
      '字段「统一社会信用代码」长度不能小于 18',
    ]);
    expect(d.every((x) => !/educationLevel|creditCode/.test(x.message))).toBe(true);
  });

  it('a dotted path (a pack or manifest place) stays whole: its last part alone would lose where', () => {
    const r = z.object({ forms: z.array(z.object({ title: z.string() })) }).safeParse({ forms: [{ title: 1 }] });
    expect(describeZodIssues(r.error!.issues)[0].message).toBe('字段「forms.0.title」应为文本');
  });
});

describe('describeZodIssues says in Chinese what zod says in English', () => {
  const messages = (schema: z.ZodType, v: unknown) => {
    const r = schema.safeParse(v);
    return describeZodIssues(r.error!.issues).map((x) => x.message);
  };

  it('a value of none of the allowed types, a multiple, a refinement', () => {
    const params = z.object({ value: z.union([z.string(), z.number()]) });
    expect(messages(params, { value: true })).toEqual(['字段「值」的值不是允许的类型']);
    expect(messages(z.object({ year: z.number().multipleOf(1) }), { year: 2023.5 })).toEqual([
      '字段「统计年度」应为 1 的整数倍',
    ]);
    const refined = z.object({ code: z.string() }).refine(() => false, { error: '请给出专业代码或专业名称' });
    expect(messages(refined, { code: 'x' })).toEqual(['请给出专业代码或专业名称']);
    expect(
      messages(
        z.custom<string>(() => false),
        1,
      ),
    ).toEqual(['字段「（整个输入）」不合格']);
  });
});
