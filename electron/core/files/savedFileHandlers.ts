import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import type { AppContext } from '../appContext.js';

/** Files saved this run, by token: 「打开所在文件夹」 may show these and nothing else. */
const savedByContext = new WeakMap<AppContext, Map<string, string>>();

function savedFiles(ctx: AppContext): Map<string, string> {
  let m = savedByContext.get(ctx);
  if (!m) savedByContext.set(ctx, (m = new Map<string, string>()));
  return m;
}

export function exportDirOf(ctx: AppContext): string {
  return ctx.exportDir ?? path.join(ctx.dataDir, '导出');
}

function rememberSaved(ctx: AppContext, file: string): string {
  const token = crypto.randomBytes(16).toString('hex');
  savedFiles(ctx).set(token, file);
  return token;
}

export const savedFileHandlers: NamespaceHandlers<'files'> = {
  'files/keep': async (input, ctx) => {
    const dir = exportDirOf(ctx);
    const kept = await ctx.files.keepInFolder(input.token, dir);
    return { fileName: kept.fileName, path: kept.path, folder: dir, token: rememberSaved(ctx, kept.path) };
  },
  'files/copyChosen': (input, ctx) => {
    const chosen = ctx.files.chosen(input.file);
    const out = ctx.files.newOutput(chosen.name);
    try {
      // Into the outbox, which nobody reads before describe(); a run killed mid-copy is swept at start.
      fs.copyFileSync(chosen.path, out.path);
    } catch {
      fs.rmSync(out.path, { force: true });
      throw new AppError('FILE_UNREADABLE', `无法读取文件：${chosen.name}（可能已被移动、删除或正被其他程序占用）`, {
        file: chosen.name,
      });
    }
    return ctx.files.describe(out.token);
  },
  'files/showInFolder': async (input, ctx) => {
    const file = savedFiles(ctx).get(input.token);
    if (!file) throw new AppError('UNKNOWN_FILE', '找不到这个文件的保存记录，请重新导出');
    if (!fs.existsSync(file)) throw new AppError('FILE_GONE', `文件已不在原处（可能被移动或删除）：${file}`, { file });
    if (!ctx.folderOpener)
      throw new AppError('NO_FOLDER_OPENER', `此处无法打开文件夹，文件在：${path.dirname(file)}`, { file });
    await ctx.folderOpener.showItemInFolder(file);
    return { shown: true as const };
  },
};
