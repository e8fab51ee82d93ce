// 佐证 preview: the stored file is shown where it lies through a read-only grant, never copied into the
// outbox, and the grant's token reaches that one file only.
import fs from 'node:fs';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import type { AppContext } from '../../../electron/core/appContext';
import { outboxRoot } from '../../../electron/core/files/fileGrants';
import { requestLocal as request, startTestBrowserServer } from '../support/browserServerHarness';
import { chosenFile } from '../support/chosenFile';
import { call } from '../support/tempContext';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** Every file under the outbox (all runs), by relative path. */
function outboxFiles(ctx: AppContext): string[] {
  const root = outboxRoot(ctx.dataDir);
  return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) : [];
}

async function schoolWithEvidence() {
  const h = await startTestBrowserServer();
  close = h.close;
  await call(h.ctx, 'store/createDemo', {});
  const rowId = (await call(h.ctx, 'dataset/list', { dataset: 'enterprises' })).rows[0].id as number;
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  const pdf = Buffer.from(await doc.save());
  const item = await call(h.ctx, 'evidence/add', {
    dataset: 'enterprises',
    rowId,
    file: chosenFile(h.ctx, '营业执照.pdf', pdf),
  });
  const stored = path.join(h.dir, 'evidence', item.hash.slice(0, 2), item.hash);
  return { ...h, auth: { 'X-Shenbaotong-Token': h.server.token }, pdf, item, stored };
}

describe('佐证 preview shows the stored file in place', () => {
  it('opening a preview twice writes nothing to the outbox and shows the stored bytes', async () => {
    const { ctx, server, auth, pdf, item, stored } = await schoolWithEvidence();
    const before = outboxFiles(ctx);
    const first = await call(ctx, 'evidence/get', { hash: item.hash });
    const second = await call(ctx, 'evidence/get', { hash: item.hash });
    expect(outboxFiles(ctx)).toEqual(before);
    expect(first.file).toEqual({ token: second.file.token, fileName: '营业执照.pdf', size: pdf.length });
    expect(ctx.files.view(first.file.token)).toEqual({ path: stored, name: '营业执照.pdf', type: 'application/pdf' });
    for (let i = 0; i < 2; i++) {
      const shown = await request(server.port, { path: `/files/view/${first.file.token}`, headers: auth });
      expect(shown.status).toBe(200);
      expect(shown.headers['content-type']).toBe('application/pdf');
      expect(shown.body.equals(pdf)).toBe(true);
    }
    expect(outboxFiles(ctx)).toEqual(before);
  });

  it('its token reaches no other file and can neither be saved, moved, downloaded nor read as a chosen file', async () => {
    const { ctx, server, auth, item, stored, dir } = await schoolWithEvidence();
    const { file } = await call(ctx, 'evidence/get', { hash: item.hash });
    const out = ctx.files.putOutput('资格自查表.pdf', Buffer.from('%PDF-1.7\n'));
    expect(await request(server.port, { path: `/files/download/${file.token}`, headers: auth })).toMatchObject({
      status: 404,
    });
    // An export's token is for saving it: it is not shown in the window through files/view.
    expect((await request(server.port, { path: `/files/view/${out.token}`, headers: auth })).status).toBe(404);
    expect(() => ctx.files.output(file.token)).toThrow(/请重新导出/);
    expect(() => ctx.files.chosen(file.token)).toThrow(/请重新选择文件/);
    expect(() => ctx.files.readChosen(file.token, 1e9)).toThrow(/请重新选择文件/);
    await expect(ctx.files.deliver(file.token, path.join(dir, '偷走.pdf'))).rejects.toThrow(/请重新导出/);
    await expect(ctx.files.keepInFolder(file.token, path.join(dir, '导出'))).rejects.toThrow(/请重新导出/);
    expect(ctx.files.discard(file.token)).toBe(false);
    expect(ctx.files.dropUnclaimed(0, new Set())).toBe(1); // the export above, never the stored file
    expect(fs.existsSync(stored)).toBe(true);
    expect(fs.existsSync(path.join(dir, '偷走.pdf'))).toBe(false);
    // Paths and malformed tokens never reach a file.
    for (const bad of [`..%2F..%2Fschool.sqlite`, `${file.token.slice(0, 31)}g`, `${file.token}/..`, 'F'.repeat(32)])
      expect((await request(server.port, { path: `/files/view/${bad}`, headers: auth })).status).toBe(404);
    expect(() => ctx.files.view(stored)).toThrow(/请重新打开预览/);
  });

  it('refuses a stored file whose bytes were changed, and one no longer a PDF or picture by its first bytes', async () => {
    const { ctx, server, auth, item, stored } = await schoolWithEvidence();
    const { file } = await call(ctx, 'evidence/get', { hash: item.hash });
    // HTML written over the stored file (named .pdf, stored by its hash): the preview check refuses it,
    // and a token granted before is not served as a page of the app's origin.
    fs.writeFileSync(stored, '<script>alert(1)</script>');
    const changed = await call(ctx, 'evidence/get', { hash: item.hash }).catch(
      (e: { apiError: unknown }) => e.apiError,
    );
    expect(changed).toMatchObject({ code: 'EVIDENCE_FILE_CHANGED' });
    expect((changed as { message: string }).message).toContain('营业执照.pdf');
    expect(() => ctx.files.view(file.token)).toThrow(/无法在窗口中显示：营业执照\.pdf/);
    expect((await request(server.port, { path: `/files/view/${file.token}`, headers: auth })).status).toBe(404);
    fs.rmSync(stored);
    const missing = await call(ctx, 'evidence/get', { hash: item.hash }).catch(
      (e: { apiError: unknown }) => e.apiError,
    );
    expect(missing).toMatchObject({ code: 'EVIDENCE_FILE_MISSING' });
    expect((await request(server.port, { path: `/files/view/${file.token}`, headers: auth })).status).toBe(404);
  });
});
