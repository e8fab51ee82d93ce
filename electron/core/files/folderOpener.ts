import { spawn } from 'node:child_process';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { FolderOpener } from '../appContext.js';

/** The command that shows a file in the system's file manager, per platform. */
export function showItemCommand(
  file: string,
  platform: NodeJS.Platform = process.platform,
): { command: string; args: string[]; verbatim?: boolean } {
  if (platform === 'win32') return { command: 'explorer.exe', args: [`/select,"${file}"`], verbatim: true };
  if (platform === 'darwin') return { command: 'open', args: ['-R', file] };
  // xdg-open cannot select a file; it opens the folder holding it in the desktop's file manager.
  return { command: 'xdg-open', args: [path.dirname(file)] };
}

/**
 * The FolderOpener port outside Electron (browser mode, on the same PC as the browser): starts the
 * file manager detached, so it outlives nothing and blocks nothing. Electron uses shell.showItemInFolder.
 */
export function createSystemFolderOpener(platform: NodeJS.Platform = process.platform): FolderOpener {
  return {
    showItemInFolder(file) {
      const { command, args, verbatim } = showItemCommand(file, platform);
      return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
          detached: true,
          stdio: 'ignore',
          windowsHide: false,
          windowsVerbatimArguments: verbatim,
        });
        child.once('error', () =>
          reject(new AppError('OPEN_FOLDER_FAILED', `无法打开文件夹，请自行打开：${path.dirname(file)}`)),
        );
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
      });
    },
  };
}
