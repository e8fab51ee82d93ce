import { z } from 'zod';

import { defineCall } from './defineCall.js';

export const yearFiguresSchema = z.object({
  year: z.number().int(),
  /** 全日制在校生 (sum of the year's 专业 rows). */
  enrolled: z.number().int(),
  /** 仪器设备总值: ledger rows bought on or before 12月31日, in 分 and as 万元 text. */
  equipmentValueFen: z.number().int(),
  equipmentValueWan: z.string(),
  equipmentCount: z.number().int(),
  awardsByLevel: z.record(z.string(), z.number().int()),
  trainingPersonTimes: z.number().int(),
  /** 合作企业 cooperating by 12月31日. */
  enterprises: z.number().int(),
  /** 专任教师 in post at 12月31日, of them 双师型, and the ratio in % (one decimal). */
  teachers: z.number().int(),
  doubleQualified: z.number().int(),
  doubleQualifiedRatio: z.number(),
});
export type YearFigures = z.infer<typeof yearFiguresSchema>;

export const dashboardCalls = {
  'dashboard/figures': defineCall(
    '学校关键数据按年度汇总（数据概览）',
    z.object({}).strict(),
    z.object({ years: z.array(yearFiguresSchema) }),
  ),
};
