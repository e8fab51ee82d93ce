import { z } from 'zod';

import { defineCall } from './defineCall.js';

export const printerCalls = {
  'printer/prewarm': defineCall(
    '预先准备生成 PDF 的浏览器（打开申报时调用，使第一次导出 PDF 不必等待启动）',
    z.object({}).strict(),
    z.object({ ready: z.boolean() }),
  ),
};
