import { z } from 'zod';

import { windowsSafeName } from './windowsSafeName.js';

/**
 * The 学校数据包: one zip (extension .sbtdata, so it is not mistaken for an upload bundle) holding a
 * verified copy of the school database, every 佐证材料 file and this manifest. Bump the version
 * when an older reader could misread a newer package; readers refuse newer versions.
 */
export const SCHOOL_PACKAGE_FORMAT = 'shenbaotong-school-package';
export const SCHOOL_PACKAGE_VERSION = 1;
export const SCHOOL_PACKAGE_EXT = '.sbtdata';
export const PACKAGE_MANIFEST = 'manifest.json';
export const PACKAGE_DATABASE = 'school.sqlite';
export const PACKAGE_README = '说明（含个人信息，请勿上传或发送）.txt';
/** evidence/ab/abcdef…: the same content-addressed layout as the data folder's evidence/. */
export const PACKAGE_EVIDENCE = /^evidence\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** What every export dialog, the package's own README and its manifest say about it. */
export const PERSONAL_DATA_NOTICE =
  '学校数据包含有全校的基础数据和个人信息（教师的身份证号、手机号，企业联系人的手机号等），只用于把本校数据迁移到另一台电脑或在本单位异地保存。' +
  '请勿上传到任何网站或平台，请勿通过电子邮件、微信、QQ 等发送，请存放在本单位可控的介质上（如加密 U 盘）。上报材料请使用「导出申报材料包」。';

export const packageHeadSchema = z.object({
  format: z.literal(SCHOOL_PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().nonnegative(),
});

export const packageFileSchema = z.object({
  path: z.string().min(1).max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  kind: z.enum(['database', 'evidence', 'readme']),
  /** Evidence: the file's name as uploaded, for messages. */
  name: z.string().max(400).optional(),
});

export const schoolPackageManifestSchema = packageHeadSchema.extend({
  createdAt: z.string().max(40),
  schemaName: z.string().max(200),
  school: z.object({ name: z.string().max(200), creditCode: z.string().max(40) }),
  personalData: z.literal(true),
  notice: z.string().max(2000),
  counts: z
    .array(z.object({ dataset: z.string().max(40), label: z.string().max(100), rows: z.number().int() }))
    .max(100),
  applications: z.number().int().nonnegative(),
  files: z.array(packageFileSchema).max(200_000),
  /** 佐证材料 the database lists whose file was already missing on the PC that made the package. */
  missingEvidence: z
    .array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string().max(400) }))
    .max(200_000),
});
export type SchoolPackageManifest = z.infer<typeof schoolPackageManifestSchema>;

/** 「河南示范职业技术学院 学校数据包 20261205.sbtdata」 */
export function schoolPackageFileName(schoolName: string, now: Date): string {
  const d = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return windowsSafeName(`${schoolName.trim() || '学校'} 学校数据包 ${d}${SCHOOL_PACKAGE_EXT}`, 120);
}
