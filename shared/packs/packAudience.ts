import { EDUCATION_LEVELS } from '../school/educationLevels.js';

/** Whether a notice is for a school of this 办学层次: read from the pack's `openTo`, never from its id. */
export type PackAudience = 'open' | 'closed' | 'unknown';

export function packAudience(pack: { openTo?: readonly string[] }, schoolLevel: string): PackAudience {
  if (!pack.openTo?.length) return 'open';
  if (!schoolLevel) return 'unknown';
  return pack.openTo.includes(schoolLevel) ? 'open' : 'closed';
}

/** 「高职（专科）、高职（本科）学校」, or 「各类学校」 when the notice names no level. */
export function openToText(openTo: readonly string[] | undefined): string {
  if (!openTo?.length || EDUCATION_LEVELS.every((l) => openTo.includes(l))) return '各类学校';
  return `${openTo.join('、')}学校`;
}
