import { z } from 'zod';

import { defineCall } from './defineCall.js';

const noticeOnHome = z.object({
  packId: z.string(),
  docNo: z.string(),
  title: z.string(),
  kind: z.enum(['application', 'programme', 'selfCheck']),
  deadline: z.string().optional(),
  daysLeft: z.number().int().nullable(),
  /** 「高职（专科）、高职（本科）学校」 */
  openToText: z.string(),
  applications: z.array(
    z.object({ id: z.number().int(), title: z.string(), status: z.enum(['draft', 'exported', 'submitted']) }),
  ),
});
export type NoticeOnHome = z.infer<typeof noticeOnHome>;

export const homeOverviewSchema = z.object({
  school: z.object({
    name: z.string(),
    educationLevel: z.string(),
    /** Labels of the first-run facts still missing or wrong (办学层次, 统一社会信用代码). */
    missing: z.array(z.string()),
  }),
  counts: z.object({
    majors: z.number().int(),
    /** The years the majors are kept for, oldest first. */
    majorYears: z.array(z.number().int()),
    equipment: z.number().int(),
    applications: z.number().int(),
  }),
  /** Notices open to the school's level (or to every school), the nearest deadline first. */
  notices: z.array(noticeOnHome),
  /** Notices for other levels only: named on the home page as not for this school, never offered. */
  notOpen: z.array(z.object({ docNo: z.string(), openToText: z.string() })),
});
export type HomeOverview = z.infer<typeof homeOverviewSchema>;

export const homeCalls = {
  'home/overview': defineCall(
    '首页：学校信息是否齐全、已有的专业和设备、申报数，以及按办学层次面向本校的通知及截止日期',
    z.object({}).strict(),
    homeOverviewSchema,
  ),
};
