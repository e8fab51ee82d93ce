// The walk test's detector: it must catch each kind of internal name, and leave alone what a clerk
// legitimately reads (file names, e-mail addresses, font names, dates, numbers).
import { describe, expect, it } from 'vitest';

import { findIdentifiers } from './support/identifierText';

const found = (text: string) =>
  findIdentifiers([{ text, kind: 'text', at: 'p', inFrame: false }], 'test').map((f) => `${f.rule}:${f.match}`);

describe('identifier-shaped text', () => {
  it('catches keys, columns, paths, expressions and program values', () => {
    expect(found('指标代码 studentsTrainedPerYear')).toEqual(['camelCase:studentsTrainedPerYear']);
    expect(found('列 credit_code 不能为空')).toEqual(['snake_case:credit_code']);
    expect(found('来源：data.majors')).toEqual(['dotted key:data.majors']);
    expect(found("sum(where(data.equipment, 'isSoftware', true))")).toEqual(
      expect.arrayContaining([
        'expression:sum(',
        'expression:where(',
        'dotted key:data.equipment',
        'program value:true',
      ]),
    );
    expect(found('r => r.level')).toEqual(expect.arrayContaining(['expression:=>', 'dotted key:r.level']));
    expect(found('{{schoolName}}')).toEqual(expect.arrayContaining(['expression:{{', 'camelCase:schoolName']));
    expect(found('金额：undefined 万元')).toEqual(['program value:undefined']);
    expect(found('[object Object]')).toEqual(['program value:[object Object]']);
  });

  it('leaves alone what a clerk reads', () => {
    for (const ok of [
      '本机缺少 仿宋_GB2312，打印前请安装；已用 仿宋 代替',
      '请发送至 zhijiaochu2021@126.com',
      '已导出「附件1 申报书.pdf」',
      'scan2023.pdf 与 设备台账.xlsx',
      '导出 Word、Excel、PDF；WPS 也能打开',
      '2024-11-15 截止，剩 12 天，合计 1,234.56 万元',
      'SB2015000001 M-31 PLC 实训台',
      'www.haedu.gov.cn',
      'Noto Sans CJK SC',
    ])
      expect(found(ok), ok).toEqual([]);
  });
});
