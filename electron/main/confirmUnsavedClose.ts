import { type BrowserWindow, dialog } from 'electron';

/**
 * A page holding drafts that cannot be saved yet (a red cell, an unfinished new row) cancels the
 * window's unload in beforeunload. Chromium would ask the user; Electron silently keeps the window
 * open instead, so the question is asked here: stay, or drop those drafts and close.
 */
export function confirmUnsavedClose(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: '有未保存的修改',
      message: '有修改还不能保存（表格中的红色单元格，或必填项未填完的新行）。',
      detail: '关闭后这些修改会丢失；其余修改都已自动保存。',
      buttons: ['留在申报通', '放弃这些修改并关闭'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // preventDefault on this event means: ignore the page's beforeunload and close.
    if (choice === 1) event.preventDefault();
  });
}
