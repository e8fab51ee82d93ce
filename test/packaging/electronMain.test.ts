// Runs the Electron shell's main.ts against a recording stand-in for the 'electron' module (the
// real binary cannot be installed here) and checks the wiring a user's safety depends on: the
// window's security preferences, denied permissions, blocked network and navigation, the app://
// protocol with its CSP, IPC sender checks, the Chinese menu, and the dialog for a broken database.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return --
   a recording stand-in for the whole 'electron' module: its options and callbacks are Electron's own
   shapes (typed by electron.d.ts where the real module is used); restating them here would add nothing. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/contentSecurityPolicy.js';

type Fn = (...args: any[]) => any;
const h = vi.hoisted(() => {
  const state = {
    appPath: '',
    paths: new Map<string, string>(),
    appListeners: new Map<string, Fn[]>(),
    windows: [] as { opts: any; url?: string; destroyed?: boolean }[],
    prints: [] as { options: Record<string, unknown>; url?: string }[],
    /** What the stand-in print dialog answers: [printed, failureReason]. */
    printAnswer: [true, ''] as [boolean, string],
    ipc: new Map<string, Fn>(),
    protocolHandler: null as Fn | null,
    schemes: [] as any[],
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    beforeRequest: null as Fn | null,
    headersReceived: null as Fn | null,
    menu: null as any,
    messageBoxes: [] as any[],
    /** The button index the stand-in's message boxes answer with. */
    messageBoxAnswer: 0,
    windowContentsListeners: new Map<string, Fn>(),
    exitCode: null as number | null,
    sandboxEnabled: false,
    /** What the stand-in open dialog "chooses"; empty: the user cancels. */
    openPaths: [] as string[],
    /** The open dialogs' options, as main asked. */
    openDialogs: [] as any[],
    /** Where the stand-in save dialog "chooses" to save; null: the user cancels. */
    saveTo: null as string | null,
    shownItems: [] as string[],
    /** utilityProcess.fork calls: the core's own process. */
    forked: [] as { modulePath: string; opts: any }[],
  };
  return state;
});

vi.mock('electron', async () => {
  // The core process runs here, in this test's process, behind the same message protocol.
  const { startCoreHost } = await import('../../electron/core/host/startCoreHost.js');
  const utilityProcess = {
    fork(modulePath: string, _args: string[], opts: any) {
      h.forked.push({ modulePath, opts });
      const toMain: Fn[] = [];
      let toCore: Fn | null = null;
      const child = {
        on(ev: string, fn: Fn) {
          if (ev === 'message') toMain.push(fn);
          return child;
        },
        postMessage: (m: unknown) => queueMicrotask(() => toCore?.(structuredClone(m))),
        kill: () => true,
      };
      startCoreHost({
        post: (m) => queueMicrotask(() => toMain.forEach((l) => l(structuredClone(m)))),
        onMessage: (l) => (toCore = l),
      });
      return child;
    },
  };
  class BrowserWindow {
    opts: any;
    constructor(opts: any) {
      this.opts = opts;
      h.windows.push({ opts });
    }
    once() {}
    on() {}
    loadURL(url: string) {
      h.windows.find((w) => w.opts === this.opts)!.url = url;
      return Promise.resolve();
    }
    destroy() {
      h.windows.find((w) => w.opts === this.opts)!.destroyed = true;
    }
    webContents = {
      on: (ev: string, fn: Fn) => h.windowContentsListeners.set(ev, fn),
      print: (options: Record<string, unknown>, done: (printed: boolean, reason: string) => void) => {
        h.prints.push({ options, url: h.windows.find((w) => w.opts === this.opts)!.url });
        done(...h.printAnswer);
      },
    };
    static fromWebContents() {
      return null;
    }
  }
  const ses = {
    setPermissionRequestHandler: (fn: Fn) => (h.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Fn) => (h.permissionCheck = fn),
    setSpellCheckerEnabled: () => {},
    webRequest: {
      onBeforeRequest: (fn: Fn) => (h.beforeRequest = fn),
      onHeadersReceived: (fn: Fn) => (h.headersReceived = fn),
    },
    protocol: { handle: (_scheme: string, fn: Fn) => (h.protocolHandler = fn) },
  };
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => (h.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      setPath: (name: string, p: string) => h.paths.set(name, p),
      getPath: (name: string) => h.paths.get(name) ?? os.tmpdir(),
      getAppPath: () => h.appPath,
      on: (ev: string, fn: Fn) => h.appListeners.set(ev, [...(h.appListeners.get(ev) ?? []), fn]),
      whenReady: () => Promise.resolve(),
      quit: () => {},
      exit: (code: number) => (h.exitCode = code),
    },
    protocol: { registerSchemesAsPrivileged: (s: any[]) => h.schemes.push(...s) },
    session: { defaultSession: ses },
    BrowserWindow,
    Menu: { buildFromTemplate: (t: any) => t, setApplicationMenu: (m: any) => (h.menu = m) },
    dialog: {
      showMessageBoxSync: (a: unknown, b?: unknown) => (h.messageBoxes.push(b ?? a), h.messageBoxAnswer),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showErrorBox: (title: string, content: string) => h.messageBoxes.push({ title, message: content }),
      showSaveDialog: () => Promise.resolve(h.saveTo ? { canceled: false, filePath: h.saveTo } : { canceled: true }),
      showOpenDialog: (...args: any[]) => {
        h.openDialogs.push(args.at(-1));
        return Promise.resolve({ canceled: !h.openPaths.length, filePaths: [...h.openPaths] });
      },
    },
    ipcMain: { handle: (channel: string, fn: Fn) => h.ipc.set(channel, fn) },
    utilityProcess,
    shell: { openPath: () => Promise.resolve(''), showItemInFolder: (p: string) => h.shownItems.push(p) },
  };
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-main-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function startShell(name: string, prepare?: (dataDir: string) => void) {
  for (const k of Object.keys(h) as (keyof typeof h)[]) {
    const v = h[k] as unknown;
    if (v instanceof Map) v.clear();
    else if (Array.isArray(v)) v.length = 0;
  }
  Object.assign(h, {
    protocolHandler: null,
    permissionRequest: null,
    permissionCheck: null,
    beforeRequest: null,
    headersReceived: null,
    menu: null,
    exitCode: null,
    sandboxEnabled: false,
  });
  const dataDir = path.join(tmp, name, 'data');
  h.appPath = path.join(tmp, name, 'app');
  fs.mkdirSync(path.join(h.appPath, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(h.appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>申报通</title>');
  fs.writeFileSync(path.join(h.appPath, 'secret.txt'), 'outside the renderer');
  fs.mkdirSync(dataDir, { recursive: true });
  prepare?.(dataDir);
  vi.stubEnv('SHENBAOTONG_DATA_DIR', dataDir);
  vi.stubEnv('SHENBAOTONG_DB', '');
  vi.resetModules();
  await import('../../electron/main/main.js');
  await vi.waitFor(() => expect(h.windows.length > 0 || h.exitCode !== null).toBe(true));
  return dataDir;
}

describe('Electron main process (stand-in electron module)', () => {
  beforeEach(() => vi.unstubAllEnvs());

  it('opens one hardened window on app:// with the shared data folder', async () => {
    const dataDir = await startShell('ok');
    expect(h.paths.get('userData')).toBe(dataDir);
    expect(h.sandboxEnabled).toBe(true);
    expect(h.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(h.windows).toHaveLength(1);
    // The core (database, imports, exports) runs in its own utility process, not the window's.
    expect(h.forked).toEqual([
      { modulePath: path.join(h.appPath, 'dist-electron', 'core.cjs'), opts: { serviceName: '申报通核心' } },
    ]);
    const { opts, url } = h.windows[0];
    expect(url).toBe('app://shenbaotong/index.html');
    expect(opts.title).toBe('申报通');
    expect(opts.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      plugins: true,
    });
    expect(opts.webPreferences.preload).toBe(path.join(h.appPath, 'dist-electron', 'preload.cjs'));
    expect(h.menu.map((m: any) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const view = h.menu.find((m: any) => m.label === '视图').submenu.map((i: any) => i.label);
    expect(view).not.toContain('重新加载'); // packaged: no reload, no devtools
  });

  it('asks before closing a window whose page holds unsaved drafts, and closes only when told to', async () => {
    await startShell('unload');
    const unload = h.windowContentsListeners.get('will-prevent-unload')!;
    const ask = (answer: number) => {
      h.messageBoxAnswer = answer;
      const event = { preventDefault: vi.fn() };
      unload(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(ask(0)).toBe(false); // 留在申报通: the page's beforeunload keeps the window open
    expect(ask(1)).toBe(true); // 放弃这些修改并关闭
    expect(h.messageBoxes.at(-1)).toMatchObject({
      title: '有未保存的修改',
      buttons: ['留在申报通', '放弃这些修改并关闭'],
    });
    h.messageBoxAnswer = 0;
  });

  it('denies permissions and cancels every request that is not app://', async () => {
    await startShell('net');
    const granted: boolean[] = [];
    h.permissionRequest!(null, 'media', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false]);
    expect(h.permissionCheck!(null, 'notifications')).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      h.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(decide('https://example.com/track.js')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(decide('app://shenbaotong/assets/index.js')).toBe(false);
    warn.mockRestore();
  });

  it('refuses navigation, redirects, webviews and new windows in every web page', async () => {
    await startShell('nav');
    const listeners = new Map<string, Fn>();
    let openHandler: Fn | null = null;
    const contents = {
      on: (ev: string, fn: Fn) => listeners.set(ev, fn),
      setWindowOpenHandler: (fn: Fn) => (openHandler = fn),
    };
    for (const fn of h.appListeners.get('web-contents-created') ?? []) fn({}, contents);
    const tryEvent = (ev: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(ev)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(tryEvent('will-navigate', 'https://example.com/')).toBe(true);
    expect(tryEvent('will-navigate', 'file:///C:/')).toBe(true);
    expect(tryEvent('will-navigate', 'app://shenbaotong/index.html')).toBe(false);
    expect(tryEvent('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(tryEvent('will-attach-webview')).toBe(true);
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('serves the renderer through app:// with the CSP and refuses paths outside it', async () => {
    await startShell('proto');
    const res: Response = await h.protocolHandler!({ url: 'app://shenbaotong/index.html', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('申报通');
    const out: Response = await h.protocolHandler!({ url: 'app://shenbaotong/..%2fsecret.txt', method: 'GET' });
    expect(out.status).toBe(404);
    expect(out.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const post: Response = await h.protocolHandler!({ url: 'app://shenbaotong/index.html', method: 'POST' });
    expect(post.status).toBe(405);
    // files/view/<token>: only a file the core made for the window, asked of the core process.
    const unknown: Response = await h.protocolHandler!({
      url: `app://shenbaotong/files/view/${'0'.repeat(32)}`,
      method: 'GET',
    });
    expect(unknown.status).toBe(404);
  });

  it('answers IPC only from the app origin, through the core process and its shared dispatcher', async () => {
    await startShell('ipc');
    expect([...h.ipc.keys()].sort()).toEqual([
      'shenbaotong:chooseFiles',
      'shenbaotong:invoke',
      'shenbaotong:printHtml',
      'shenbaotong:saveOutput',
      'shenbaotong:showItemInFolder',
    ]);
    const invoke = h.ipc.get('shenbaotong:invoke')!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await invoke({ senderFrame: { url: 'https://evil.example/' } }, 'store/status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await invoke({ senderFrame: null }, 'store/status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(
      h.ipc.get('shenbaotong:saveOutput')!({ senderFrame: { url: 'file:///x.html' } }, 'a'.repeat(32), 'a.docx'),
    ).rejects.toThrow();
    warn.mockRestore();
    const r = await invoke({ senderFrame: { url: 'app://shenbaotong/index.html' } }, 'store/status', {});
    expect(r).toMatchObject({ ok: true, value: { open: false } });
    const bad = await invoke({ senderFrame: { url: 'app://shenbaotong/index.html' } }, 'store/createEmpty', {
      schoolName: 42,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('prints a form through the system dialog in a hidden, sandboxed, script-less window serving the page under its own CSP', async () => {
    await startShell('print');
    const print = h.ipc.get('shenbaotong:printHtml')! as (event: unknown, html: unknown) => Promise<unknown>;
    const app = { senderFrame: { url: 'app://shenbaotong/index.html' } };
    const html = '<!DOCTYPE html><html><head><style>@page { size: 210mm 297mm; }</style></head><body>表</body></html>';
    h.printAnswer = [true, ''];
    const before = h.windows.length;
    // The print page is readable while the job runs (the stand-in dialog answers at once).
    const job = print(app, html);
    await vi.waitFor(() => expect(h.prints).toHaveLength(1));
    expect(await job).toEqual({ printed: true });
    const win = h.windows[before];
    expect(win.opts).toMatchObject({ show: false });
    const opts = win.opts as { webPreferences: unknown };
    expect(opts.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, javascript: false });
    expect(h.prints[0].options).toMatchObject({ silent: false, printBackground: true });
    expect(h.prints[0].url).toMatch(/^app:\/\/shenbaotong\/__print\/[0-9a-f]{32}\.html$/);
    expect(win.destroyed).toBe(true);
    // Once printed, the page is gone.
    const served = (await h.protocolHandler!({ url: h.prints[0].url, method: 'GET' })) as Response;
    expect(served.status).toBe(404);
    // A cancelled dialog is not an error; a printer failure says why.
    h.printAnswer = [false, 'cancelled'];
    expect(await print(app, html)).toEqual({ printed: false, reason: '已取消' });
    h.printAnswer = [false, '打印机脱机'];
    expect(await print(app, html)).toEqual({ printed: false, reason: '打印机脱机' });
    // Only from the app's own page, only a page of text.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(print({ senderFrame: { url: 'https://evil.example/' } }, html)).rejects.toThrow();
    warn.mockRestore();
    await expect(print(app, 42)).rejects.toThrow('打印的参数不正确');
    await expect(print(app, '')).rejects.toThrow('打印的参数不正确');
  });

  it('saves an export by its token where the dialog says (the core moves it), and shows only that in its folder (「打开所在文件夹」)', async () => {
    const dataDir = await startShell('show-item');
    const app = { senderFrame: { url: 'app://shenbaotong/index.html' } };
    const save = h.ipc.get('shenbaotong:saveOutput')!;
    // A real export through the core process: its answer carries a token, not the file.
    const exported = await h.ipc.get('shenbaotong:invoke')!(app, 'dataset/exportTemplate', { dataset: 'equipment' });
    expect(exported).toMatchObject({ ok: true, value: { file: { fileName: '仪器设备导入模板.xlsx' } } });
    const out = exported.value.file as { token: string; fileName: string; size: number };
    expect(JSON.stringify(exported).length).toBeLessThan(300);
    // Cancelled: nothing written, and the export leaves the outbox now (not when the app closes);
    // its token is spent, as every save flow exports afresh.
    const outbox = path.join(dataDir, 'outbox');
    const waiting = () =>
      fs.readdirSync(outbox, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.out'));
    expect(waiting()).toHaveLength(1);
    expect(await save(app, out.token, out.fileName)).toEqual({ saved: false });
    expect(waiting()).toEqual([]);
    h.saveTo = path.join(dataDir, '导出的模板.xlsx');
    expect(await save(app, out.token, out.fileName)).toMatchObject({ saved: false, error: { code: 'UNKNOWN_FILE' } });
    const again = await h.ipc.get('shenbaotong:invoke')!(app, 'dataset/exportTemplate', { dataset: 'equipment' });
    const saved = await save(app, again.value.file.token, out.fileName);
    h.saveTo = null;
    expect(saved).toEqual({
      saved: true,
      fileName: '导出的模板.xlsx',
      filePath: path.join(dataDir, '导出的模板.xlsx'),
    });
    expect(fs.statSync(saved.filePath).size).toBe(out.size);
    expect(fs.readFileSync(saved.filePath).subarray(0, 2).toString('latin1')).toBe('PK');
    // Saved once: the token is spent, said in Chinese; a malformed token never reaches the dialog.
    h.saveTo = path.join(dataDir, '再存一次.xlsx');
    expect(await save(app, again.value.file.token, out.fileName)).toMatchObject({
      saved: false,
      error: { code: 'UNKNOWN_FILE', message: expect.stringContaining('请重新导出') },
    });
    h.saveTo = null;
    expect(fs.existsSync(path.join(dataDir, '再存一次.xlsx'))).toBe(false);
    await expect(save(app, '../../etc/passwd', 'a.xlsx')).rejects.toThrow('保存文件的参数不正确');
    const handler = h.ipc.get('shenbaotong:showItemInFolder')!;
    // ipcMain.handle turns a handler's throw into the page's rejected promise; so does this.
    const show = (event: unknown, p: unknown) => Promise.resolve().then(() => handler(event, p));
    expect(await show(app, saved.filePath)).toEqual({ shown: true });
    expect(h.shownItems).toEqual([path.resolve(saved.filePath)]);
    // A path the user did not save here, a non-string, or a foreign page: refused, nothing shown.
    await expect(show(app, path.join(dataDir, 'school.sqlite'))).rejects.toThrow();
    await expect(show(app, { path: saved.filePath })).rejects.toThrow();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(show({ senderFrame: { url: 'https://evil.example/' } }, saved.filePath)).rejects.toThrow();
    warn.mockRestore();
    expect(h.shownItems).toHaveLength(1);
  });

  it('shows a stored 佐证 on app://…/files/view/<token>, streamed from where it is stored, copying nothing to the outbox', async () => {
    const dataDir = await startShell('view');
    const app = { senderFrame: { url: 'app://shenbaotong/index.html' } };
    const invoke = h.ipc.get('shenbaotong:invoke')!;
    expect(await invoke(app, 'store/createDemo', {})).toMatchObject({ ok: true });
    const listed = await invoke(app, 'dataset/list', { dataset: 'enterprises' });
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f030008fc02fea79aa0a00000000049454e44ae426082',
      'hex',
    );
    const file = path.join(dataDir, '营业执照.png');
    fs.writeFileSync(file, png);
    h.openPaths = [file];
    const [chosen] = await h.ipc.get('shenbaotong:chooseFiles')!(app, [{ name: '图片', extensions: ['png'] }], {
      multiple: false,
    });
    h.openPaths = [];
    const added = await invoke(app, 'evidence/add', {
      dataset: 'enterprises',
      rowId: listed.value.rows[0].id,
      file: chosen.token,
    });
    expect(added).toMatchObject({ ok: true });
    const outbox = path.join(dataDir, 'outbox');
    const copies = () =>
      fs.existsSync(outbox)
        ? fs.readdirSync(outbox, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.out'))
        : [];
    for (let i = 0; i < 2; i++) {
      const got = await invoke(app, 'evidence/get', { hash: added.value.hash });
      const res: Response = await h.protocolHandler!({
        url: `app://shenbaotong/files/view/${got.value.file.token}`,
        method: 'GET',
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('content-length')).toBe(String(png.length));
      expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    }
    expect(copies()).toEqual([]);
  });

  it('hands the core the files chosen in the open dialog and the page only their tokens; refuses bad arguments', async () => {
    const dataDir = await startShell('choose');
    const app = { senderFrame: { url: 'app://shenbaotong/index.html' } };
    const handler = h.ipc.get('shenbaotong:chooseFiles')!;
    const choose = (event: unknown, ...args: unknown[]) => Promise.resolve().then(() => handler(event, ...args));
    const csv = path.join(dataDir, '设备台账.csv');
    const other = path.join(dataDir, '附件2.docx');
    const text = '资产编号,资产名称\nA1,车床\n';
    fs.writeFileSync(csv, text);
    fs.writeFileSync(other, 'x');
    h.openPaths = [csv];
    const [chosen] = await choose(app, [{ name: 'Excel 或 CSV 文件', extensions: ['xlsx', 'csv'] }], {
      multiple: false,
    });
    expect(chosen).toEqual({
      token: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: '设备台账.csv',
      size: Buffer.byteLength(text),
    });
    expect(JSON.stringify(chosen)).not.toContain(dataDir);
    expect(h.openDialogs.at(-1)).toMatchObject({ properties: ['openFile'] });
    // The core reads the file by that token.
    const invoke = h.ipc.get('shenbaotong:invoke')!;
    expect(await invoke(app, 'import/inspect', { file: chosen.token })).toMatchObject({
      ok: true,
      value: { kind: 'csv', sheets: [{ rowCount: 2 }] },
    });
    h.openPaths = [csv, other];
    const both = await choose(app, [{ name: '附件', extensions: ['csv', 'docx'] }], { multiple: true });
    expect(both.map((f: { name: string }) => f.name)).toEqual(['设备台账.csv', '附件2.docx']);
    expect(h.openDialogs.at(-1)).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    h.openPaths = [];
    expect(await choose(app, [], { multiple: false })).toEqual([]);
    // Filters that name a path, a missing option, a foreign page: refused before any dialog.
    const dialogs = h.openDialogs.length;
    await expect(choose(app, [{ name: 'x', extensions: ['../x'] }], { multiple: false })).rejects.toThrow(
      '选择文件的参数不正确',
    );
    await expect(choose(app, [])).rejects.toThrow('选择文件的参数不正确');
    await expect(choose(app, [], { multiple: false, defaultPath: '/etc' })).rejects.toThrow('选择文件的参数不正确');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(choose({ senderFrame: { url: 'https://evil.example/' } }, [], { multiple: false })).rejects.toThrow();
    warn.mockRestore();
    expect(h.openDialogs).toHaveLength(dialogs);
  });

  it('shows a Chinese dialog and quits, changing nothing, when the database is not readable', async () => {
    const junk = Buffer.from('这不是数据库文件'.repeat(10));
    const dataDir = await startShell('corrupt', (dir) => fs.writeFileSync(path.join(dir, 'school.sqlite'), junk));
    expect(h.exitCode).toBe(1);
    expect(h.windows).toHaveLength(0);
    expect(h.messageBoxes).toHaveLength(1);
    expect(h.messageBoxes[0].title).toBe('申报通无法打开数据库');
    expect(h.messageBoxes[0].message).toMatch(/不是申报通数据库/);
    expect(h.messageBoxes[0].detail).toContain(path.join(dataDir, 'school.sqlite'));
    expect(fs.readFileSync(path.join(dataDir, 'school.sqlite'))).toEqual(junk);
  });
});
