// 旧格式附件另存为: the designer keeps a copy of a file the user chose (by its token) in the export
// folder, so the clerk can open it in WPS or Word; the file's bytes never pass through the page.
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { outboxRoot } from '../../../electron/core/files/fileGrants';
import { call, tempContext } from '../support/tempContext';

let t: ReturnType<typeof tempContext>;
beforeEach(() => {
  t = tempContext();
});
afterEach(() => t.cleanup());

/** Every file waiting in the outbox (outputs not yet saved). */
function outboxFiles(dataDir: string): string[] {
  const root = outboxRoot(dataDir);
  return fs.existsSync(root) ? fs.readdirSync(root).flatMap((d) => fs.readdirSync(path.join(root, d))) : [];
}

describe('files/copyChosen', () => {
  it('copies a chosen file under its own name, to be kept in the export folder; the original is untouched', async () => {
    const { ctx, dir } = t;
    ctx.exportDir = path.join(dir, '申报通导出');
    const original = path.join(dir, '用户的文件夹', '附件1 申报书.doc');
    fs.mkdirSync(path.dirname(original));
    const bytes = Buffer.from('\xd0\xcf\x11\xe0 an old Word file', 'latin1');
    fs.writeFileSync(original, bytes);
    const chosen = ctx.files.grantRead(original);

    const copy = await call(ctx, 'files/copyChosen', { file: chosen.token });
    expect(copy.token).toMatch(/^[0-9a-f]{32}$/);
    expect(copy).toMatchObject({ fileName: '附件1 申报书.doc', size: bytes.length });
    const kept = await call(ctx, 'files/keep', { token: copy.token });
    expect(kept.path).toBe(path.join(dir, '申报通导出', '附件1 申报书.doc'));
    expect(fs.readFileSync(kept.path).equals(bytes)).toBe(true);
    expect(fs.readFileSync(original).equals(bytes)).toBe(true);
    expect(outboxFiles(dir)).toEqual([]);
  });

  it('refuses a token that names no chosen file, or a file gone since, in Chinese naming it; nothing is left', async () => {
    const { ctx, dir } = t;
    const unknown = await dispatchCall(ctx, 'files/copyChosen', { file: '0123456789abcdef0123456789abcdef' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FILE' } });
    // An output's token is not a chosen file's.
    const output = ctx.files.putOutput('导出.zip', Buffer.from('x'));
    const notChosen = await dispatchCall(ctx, 'files/copyChosen', { file: output.token });
    expect(notChosen).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FILE' } });

    const original = path.join(dir, '汇总表.et');
    fs.writeFileSync(original, 'x');
    const chosen = ctx.files.grantRead(original);
    fs.rmSync(original);
    const before = outboxFiles(dir);
    const gone = await dispatchCall(ctx, 'files/copyChosen', { file: chosen.token });
    expect(gone).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', where: { file: '汇总表.et' } } });
    expect(!gone.ok && gone.error.message).toContain('无法读取文件：汇总表.et');
    expect(outboxFiles(dir)).toEqual(before);
  });
});
