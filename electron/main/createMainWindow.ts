import path from 'node:path';

import { BrowserWindow } from 'electron';

import { confirmUnsavedClose } from './confirmUnsavedClose.js';
import { APP_START_URL } from './security/appOrigin.js';

/** The one application window. Security-relevant preferences are set explicitly, not left to defaults. */
export function createMainWindow(appPath: string): BrowserWindow {
  const win = new BrowserWindow({
    title: '申报通',
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(appPath, 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // Chromium's built-in PDF viewer, for previewing 佐证材料 PDFs in a blob: frame (Electron
      // shows PDFs in frames only with this on; no other plugin exists in current Electron).
      plugins: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // Keep the product name in the title bar even if a page sets its own <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  confirmUnsavedClose(win);
  void win.loadURL(APP_START_URL);
  return win;
}
