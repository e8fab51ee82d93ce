import { z } from 'zod';

import { fileToken, outputFileSchema } from './callFields.js';
import { defineCall } from './defineCall.js';

export const savedFileSchema = z.object({
  fileName: z.string(),
  /** The whole path, to tell the user where the file is. */
  path: z.string(),
  folder: z.string(),
  /** Names this file for files/showInFolder: the page never sends a path of its own. */
  token: z.string(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

export const fileCalls = {
  'files/keep': defineCall(
    '浏览器模式：把导出的文件（按标识）保存到本机的导出文件夹（不覆盖同名文件），返回保存位置',
    z.object({ token: fileToken }).strict(),
    savedFileSchema,
  ),
  'files/copyChosen': defineCall(
    '复制一个所选的文件，作为待保存的文件（如需在 WPS 或 Word 中另存为新格式的旧格式附件）',
    z.object({ file: fileToken }).strict(),
    outputFileSchema,
  ),
  'files/showInFolder': defineCall(
    '在文件管理器中打开刚保存的文件所在的文件夹',
    z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
    z.object({ shown: z.literal(true) }),
  ),
};
