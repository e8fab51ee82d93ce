import type { ApiResult } from './apiError.js';

/**
 * What the Electron preload exposes to the page as `shenbaotong`: one typed call into the core, two
 * native file dialogs and the system print dialog. Nothing else crosses the bridge (no ipcRenderer,
 * no generic send).
 */
export interface DesktopBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
  saveFile(suggestedName: string, data: Uint8Array): Promise<{ saved: boolean; fileName?: string }>;
  openFile(filters: { name: string; extensions: string[] }[]): Promise<{ name: string; data: Uint8Array } | null>;
  /** Prints a form's print page (renderHtml) through the system print dialog. */
  printHtml(html: string): Promise<{ printed: boolean; reason?: string }>;
}

/** The only IPC channels main listens on; the preload and main both read them from here. */
export const IPC_CHANNELS = {
  invoke: 'shenbaotong:invoke',
  saveFile: 'shenbaotong:saveFile',
  openFile: 'shenbaotong:openFile',
  printHtml: 'shenbaotong:printHtml',
} as const;
