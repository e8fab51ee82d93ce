// Browser mode keeps exports (by token) in the export folder and can show them in their folder: never
// overwriting, never taking a path from the page, refusing what it did not save; remembered
// options survive a damaged preferences file.
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { showItemCommand } from '../../../electron/core/files/folderOpener';
import { PREFERENCES_FILE } from '../../../electron/core/preferences/preferenceHandlers';
import { call, tempContext } from '../support/tempContext';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function fresh() {
  const t = tempContext();
  cleanup = () => t.cleanup();
  return t;
}

describe('files/keep, pack/toFile and files/showInFolder', () => {
  it('saves into the export folder under a free name, and shows only a file it saved', async () => {
    const { ctx, dir } = fresh();
    const shown: string[] = [];
    ctx.exportDir = path.join(dir, '申报通导出');
    ctx.folderOpener = {
      showItemInFolder: (f) => {
        shown.push(f);
        return Promise.resolve();
      },
    };
    const first = await call(ctx, 'files/keep', { token: ctx.files.putOutput('申报书.pdf', Buffer.from('一')).token });
    const second = await call(ctx, 'files/keep', { token: ctx.files.putOutput('申报书.pdf', Buffer.from('二')).token });
    expect(first).toMatchObject({ fileName: '申报书.pdf', folder: ctx.exportDir });
    expect(second.fileName).toBe('申报书 (2).pdf');
    expect(fs.readFileSync(first.path, 'utf8')).toBe('一');
    expect(fs.readFileSync(second.path, 'utf8')).toBe('二');

    await call(ctx, 'files/showInFolder', { token: second.token });
    expect(shown).toEqual([second.path]);
    await expect(call(ctx, 'files/showInFolder', { token: 'f'.repeat(32) })).rejects.toThrow(
      '找不到这个文件的保存记录',
    );
    fs.rmSync(first.path);
    await expect(call(ctx, 'files/showInFolder', { token: first.token })).rejects.toThrow('文件已不在原处');
  });

  it("keeps the designer's pack as a file like any export, and refuses a pack with errors naming the place", async () => {
    const { ctx, dir } = fresh();
    ctx.exportDir = path.join(dir, 'out');
    const { pack } = await call(ctx, 'pack/get', { packId: 'henan-2024-346' });
    const made = await call(ctx, 'pack/toFile', { pack: { ...pack, id: 'my-346', title: '我的/通知:草稿' } });
    expect(made).toMatchObject({ fileName: '我的／通知：草稿.json' });
    const r = await call(ctx, 'files/keep', { token: made.token });
    expect(path.dirname(r.path)).toBe(ctx.exportDir);
    expect(JSON.parse(fs.readFileSync(r.path, 'utf8'))).toMatchObject({ id: 'my-346', title: '我的/通知:草稿' });
    // Kept once: the token is spent.
    await expect(call(ctx, 'files/keep', { token: made.token })).rejects.toThrow();
    const broken = await call(ctx, 'pack/toFile', { pack: { ...pack, forms: 'none' } }).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(broken).toMatch(/有 \d+ 处错误，未导出。第一处：/);
    const bad = await call(ctx, 'files/showInFolder', { token: '../../x' }).catch((e: Error) => e);
    expect(bad).toBeInstanceOf(Error);
  });

  it('says where the file is when this PC cannot open folders', async () => {
    const { ctx, dir } = fresh();
    ctx.exportDir = path.join(dir, 'out');
    const r = await call(ctx, 'files/keep', { token: ctx.files.putOutput('a.zip', Buffer.from('x')).token });
    await expect(call(ctx, 'files/showInFolder', { token: r.token })).rejects.toThrow(`文件在：${ctx.exportDir}`);
  });

  it('opens the folder with the system file manager of each platform', () => {
    expect(showItemCommand('/home/u/文档/申报通导出/a.zip', 'linux')).toEqual({
      command: 'xdg-open',
      args: ['/home/u/文档/申报通导出'],
    });
    expect(showItemCommand('C:\\Users\\u\\Documents\\a b.zip', 'win32')).toMatchObject({
      command: 'explorer.exe',
      args: ['/select,"C:\\Users\\u\\Documents\\a b.zip"'],
    });
  });
});

describe('preferences', () => {
  it('remembers 同时生成PDF and the preview zoom, and falls back to defaults on a damaged file', async () => {
    const { ctx, dir } = fresh();
    expect(await call(ctx, 'preferences/get', {})).toEqual({ exportWithPdf: false, previewZoom: 'fit' });
    await call(ctx, 'preferences/set', { exportWithPdf: true });
    await call(ctx, 'preferences/set', { previewZoom: 1.5 });
    expect(await call(ctx, 'preferences/get', {})).toEqual({ exportWithPdf: true, previewZoom: 1.5 });
    await expect(call(ctx, 'preferences/set', { previewZoom: 40 })).rejects.toThrow();
    fs.writeFileSync(path.join(dir, PREFERENCES_FILE), '{ not json');
    expect(await call(ctx, 'preferences/get', {})).toEqual({ exportWithPdf: false, previewZoom: 'fit' });
  });
});
