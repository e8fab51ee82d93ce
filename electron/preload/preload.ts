// The sandboxed preload: exposes exactly the DesktopBridge (one typed call, save and open dialogs, show a saved
// file, print) and nothing else: no ipcRenderer, no generic send(channel), no Node.
import { contextBridge, ipcRenderer } from 'electron';

import { type DesktopBridge, type FileFilter, IPC_CHANNELS } from '../../shared/api/desktopBridge.js';

const api = {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNELS.invoke, name, input),
  saveOutput: (token: string, suggestedName: string) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveOutput, token, suggestedName),
  chooseFiles: (filters: FileFilter[], options: { multiple: boolean }) =>
    ipcRenderer.invoke(IPC_CHANNELS.chooseFiles, filters, options),
  printHtml: (html: string) => ipcRenderer.invoke(IPC_CHANNELS.printHtml, html),
  showItemInFolder: (filePath: string) => ipcRenderer.invoke(IPC_CHANNELS.showItemInFolder, filePath),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('shenbaotong', api);
