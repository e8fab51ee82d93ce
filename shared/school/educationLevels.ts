/**
 * A school's 办学层次, as the 学校基本信息 stores it and as a pack's `openTo` names the schools a
 * notice is for. The order is the order a new school is asked in.
 */
export const EDUCATION_LEVELS = ['中职', '高职（专科）', '高职（本科）', '本科'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
