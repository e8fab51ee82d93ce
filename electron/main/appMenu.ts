import { type BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, shell } from 'electron';

export interface MenuInfo {
  version: string;
  dataDir: string;
  dbPath: string;
  dev: boolean;
}

/** The Chinese application menu: 文件 / 编辑 / 视图 / 帮助. Reload and developer tools only in unpackaged runs. */
export function buildAppMenu(getWindow: () => BrowserWindow | null, info: MenuInfo): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ label: '退出', role: 'quit', accelerator: 'CmdOrCtrl+Q' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...(info.dev
          ? ([
              { label: '重新加载', role: 'reload' },
              { label: '开发者工具', role: 'toggleDevTools' },
              { type: 'separator' },
            ] as MenuItemConstructorOptions[])
          : []),
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '打开数据文件夹', click: () => void shell.openPath(info.dataDir) },
        { type: 'separator' },
        {
          label: '关于申报通',
          click: () => {
            const win = getWindow();
            const options = {
              type: 'info' as const,
              title: '关于申报通',
              message: `申报通 ${info.version}`,
              detail: `学校申报材料离线编辑器\n\n数据文件夹：${info.dataDir}\n数据库文件：${info.dbPath}\n\nElectron ${process.versions.electron}，Chromium ${process.versions.chrome}`,
              buttons: ['确定'],
            };
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
