import type { ApiResult } from './apiError.js';

/**
 * What the Electron preload exposes to the page as `shenbaotong`: one typed call into the core and two
 * native file dialogs. Nothing else crosses the bridge (no ipcRenderer, no generic send).
 */
export interface DesktopBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
  saveFile(suggestedName: string, data: Uint8Array): Promise<{ saved: boolean; fileName?: string }>;
  openFile(filters: { name: string; extensions: string[] }[]): Promise<{ name: string; data: Uint8Array } | null>;
}

/** The only IPC channels main listens on; the preload and main both read them from here. */
export const IPC_CHANNELS = {
  invoke: 'shenbaotong:invoke',
  saveFile: 'shenbaotong:saveFile',
  openFile: 'shenbaotong:openFile',
} as const;
