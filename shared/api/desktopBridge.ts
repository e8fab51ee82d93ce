import type { ApiError, ApiResult } from './apiError.js';
import type { ChosenFile } from './callFields.js';

export type FileFilter = { name: string; extensions: string[] };

/**
 * What the Electron preload exposes to the page as `shenbaotong`: one typed call into the core, two
 * native file dialogs, showing a file just saved in its folder, and the system print dialog. Nothing
 * else crosses the bridge (no ipcRenderer, no generic send).
 */
export interface DesktopBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /**
   * Saves a file the core made (named by its output token) where the user chooses in the save dialog;
   * main moves it there from the outbox, so its bytes never reach the page. filePath: where it went
   * (shown to the user, and the only kind of path showItemInFolder takes); error: why it could not be saved.
   */
  saveOutput(
    token: string,
    suggestedName: string,
  ): Promise<{ saved: boolean; fileName?: string; filePath?: string; error?: ApiError }>;
  /** The open dialog: main grants the core the chosen paths and answers their tokens (empty when cancelled). */
  chooseFiles(filters: FileFilter[], options: { multiple: boolean }): Promise<ChosenFile[]>;
  /** 「打开所在文件夹」 for a file saved through saveOutput in this run; main refuses any other path. */
  showItemInFolder(filePath: string): Promise<{ shown: boolean }>;
  /** Prints a form's print page (renderHtml) through the system print dialog. */
  printHtml(html: string): Promise<{ printed: boolean; reason?: string }>;
}

/** The only IPC channels main listens on; the preload and main both read them from here. */
export const IPC_CHANNELS = {
  invoke: 'shenbaotong:invoke',
  saveOutput: 'shenbaotong:saveOutput',
  chooseFiles: 'shenbaotong:chooseFiles',
  showItemInFolder: 'shenbaotong:showItemInFolder',
  printHtml: 'shenbaotong:printHtml',
} as const;
