import { z } from 'zod';

import type { ResolvedParameters } from '../packs/resolveParameters.js';
import { defineCall } from './defineCall.js';

const paramsInput = z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.null()])).default({});

export const parameterCalls = {
  'pack/parameterOptions': defineCall(
    '新建申报前：按基础数据列出通知各参数的可选项（如申报专业、服务专业群、合作企业），及所给参数的取值和问题',
    z.object({ packId: z.string().min(1).max(64), params: paramsInput }).strict(),
    z.custom<ResolvedParameters>(),
  ),
};
