import { z } from 'zod';

import type { EligibilityReport } from '../packs/checkEligibility.js';
import { applicationIdInput, packIdInput, paramsInput } from './callFields.js';
import { defineCall } from './defineCall.js';
import { renderedFileSchema } from './renderCalls.js';

/** A notice's conditions (申报条件) checked on the base data, the school's confirmations, the 自查表. */
export const eligibilityCalls = {
  'eligibility/check': defineCall(
    '按基础数据检查申报条件：每项条件的学校数据、门槛、是否达标、数据来源，以及总体结论',
    z
      .object({
        packId: packIdInput,
        params: paramsInput.default({}),
        applicationId: z.number().int().positive().optional(),
      })
      .strict(),
    z.custom<EligibilityReport>(),
  ),
  'eligibility/confirm': defineCall(
    '学校对一项数据无法判断的条件作出确认（是/否，可附说明），或撤销确认；返回新的检查结果',
    z
      .object({
        packId: packIdInput,
        applicationId: applicationIdInput.optional(),
        ruleId: z.string().min(1).max(32),
        /** null withdraws the answer. */
        answer: z.boolean().nullable(),
        note: z.string().trim().max(500).default(''),
        params: paramsInput.default({}),
      })
      .strict(),
    z.custom<EligibilityReport>(),
  ),
  'eligibility/report': defineCall(
    '生成申报条件或目标的自查表（Word、Excel、PDF，或用于预览的 HTML）',
    z
      .object({
        packId: packIdInput,
        applicationId: applicationIdInput.optional(),
        params: paramsInput.default({}),
        format: z.enum(['docx', 'xlsx', 'pdf', 'html']),
      })
      .strict(),
    renderedFileSchema,
  ),
};
