import fs from 'node:fs';
import path from 'node:path';

import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions, shell } from 'electron';
import { z } from 'zod';

import type { ApiResult } from '../../shared/api/apiError.js';
import type { ChosenFile } from '../../shared/api/callFields.js';
import { IPC_CHANNELS } from '../../shared/api/desktopBridge.js';
import type { CoreClient } from '../core/host/createCoreClient.js';
import { chooseFilesArgs, safeSuggestedName, saveOutputArgs } from './files/fileDialogArgs.js';
import type { PrintPages } from './printPages.js';
import { printHtmlArgs, printWithDialog } from './printWithDialog.js';
import { validateIpcSender } from './security/validateIpcSender.js';

class ForbiddenSender extends Error {}

function checkSender(event: IpcMainInvokeEvent): void {
  if (!validateIpcSender(event.senderFrame)) {
    console.warn(
      `[申报通] 拒绝来自非本应用页面的请求 / IPC from foreign frame refused: ${event.senderFrame?.url ?? '(none)'}`,
    );
    throw new ForbiddenSender('拒绝来自非本应用页面的请求');
  }
}

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}

const showItemPath = z.string().min(1).max(4096);

/** The channels of the bridge. Every message's sender frame is checked before anything runs; calls go
 * to the core process (which validates each input against the contract). */
export function registerIpc(
  core: Pick<CoreClient, 'call' | 'grantRead' | 'deliver' | 'discard'>,
  printPages: PrintPages,
): void {
  const savedPaths = new Set<string>();
  ipcMain.handle(IPC_CHANNELS.invoke, async (event, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!validateIpcSender(event.senderFrame)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自非本应用页面的请求' } };
    }
    return core.call(name, input);
  });

  ipcMain.handle(IPC_CHANNELS.saveOutput, async (event, ...args: unknown[]) => {
    checkSender(event);
    const parsed = saveOutputArgs.safeParse(args);
    if (!parsed.success) throw new Error('保存文件的参数不正确');
    const [token, suggested] = parsed.data;
    const win = ownerWindow(event);
    const defaultPath = path.join(app.getPath('documents'), safeSuggestedName(suggested));
    const ext = path.extname(defaultPath).slice(1);
    const options = {
      title: '保存文件',
      defaultPath,
      filters: ext ? [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext] }] : [],
    };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) {
      // Not saved: the export leaves the outbox now (every save flow exports afresh; nothing asks again).
      await core.discard(token);
      return { saved: false };
    }
    // The core moves the file from its outbox to the chosen path: the bytes never pass through here.
    const delivered = await core.deliver(token, r.filePath);
    if (!delivered.ok) return { saved: false, error: delivered.error };
    savedPaths.add(path.resolve(delivered.value.path));
    return { saved: true, fileName: delivered.value.fileName, filePath: delivered.value.path };
  });

  ipcMain.handle(IPC_CHANNELS.showItemInFolder, (event, filePath: unknown) => {
    checkSender(event);
    // Only a file this window saved through the dialog in this run: the page cannot name any other path.
    const file = showItemPath.safeParse(filePath);
    if (!file.success || !savedPaths.has(path.resolve(file.data)))
      throw new Error('只能打开本次保存的文件所在的文件夹');
    if (!fs.existsSync(file.data)) return { shown: false };
    shell.showItemInFolder(path.resolve(file.data));
    return { shown: true };
  });

  ipcMain.handle(IPC_CHANNELS.chooseFiles, async (event, ...args: unknown[]): Promise<ChosenFile[]> => {
    checkSender(event);
    const parsed = chooseFilesArgs.safeParse(args);
    if (!parsed.success) throw new Error('选择文件的参数不正确');
    const [filters, { multiple }] = parsed.data;
    const win = ownerWindow(event);
    const options: OpenDialogOptions = {
      title: multiple ? '选择文件（可多选）' : '选择文件',
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters,
    };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (r.canceled || !r.filePaths.length) return [];
    // The core reads the files where they lie; the page gets tokens, never the bytes or the paths.
    const granted = await core.grantRead(r.filePaths);
    if (!granted.ok) throw new Error(granted.error.message);
    return granted.value;
  });

  ipcMain.handle(IPC_CHANNELS.printHtml, async (event, ...args: unknown[]) => {
    checkSender(event);
    const parsed = printHtmlArgs.safeParse(args);
    if (!parsed.success) throw new Error('打印的参数不正确');
    return printWithDialog(printPages, parsed.data[0]);
  });
}
