import { z } from 'zod';

import { EDUCATION_LEVELS } from '../school/educationLevels.js';
import { defineCall } from './defineCall.js';

export const storeStatus = z.object({
  open: z.boolean(),
  /** Where the data lives, for the 关于/数据位置 display only. */
  dbLocation: z.string(),
  schoolName: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});
export type StoreStatus = z.infer<typeof storeStatus>;

export const storeCalls = {
  'store/status': defineCall('查看数据库状态', z.object({}).strict(), storeStatus),
  'store/createDemo': defineCall('打开示例学校（复制一份示例数据）', z.object({}).strict(), storeStatus),
  'store/createEmpty': defineCall(
    '新建学校（空数据库）',
    z
      .object({
        schoolName: z.string().trim().min(1).max(100),
        // The first-run page asks both; the CLI and tests may leave them for 学校基本信息.
        educationLevel: z.enum(EDUCATION_LEVELS).optional(),
        creditCode: z.string().trim().max(40).optional(),
      })
      .strict(),
    storeStatus,
  ),
};
