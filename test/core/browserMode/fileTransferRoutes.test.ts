import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { requestLocal as request, startTestBrowserServer } from '../support/browserServerHarness';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
});

async function start() {
  const h = await startTestBrowserServer();
  close = h.close;
  return { ctx: h.ctx, server: h.server, auth: { 'X-Shenbaotong-Token': h.server.token } };
}

describe('browser mode moves files by token', () => {
  it('takes an uploaded file into the outbox and answers a token the core can read it by', async () => {
    const { ctx, server, auth } = await start();
    const bytes = Buffer.from('序号,设备名称\n1,示波器\n');
    const r = await request(server.port, {
      path: '/files/upload',
      method: 'POST',
      headers: { ...auth, 'X-File-Name': encodeURIComponent('C:\\台账\\设备台账.csv') },
      body: bytes,
    });
    expect(r.status).toBe(200);
    const answer = JSON.parse(r.body.toString('utf8')) as { ok: true; value: { token: string; name: string } };
    expect(answer.value).toMatchObject({ name: '设备台账.csv', size: bytes.length });
    expect(ctx.files.readChosen(answer.value.token, 1000).bytes).toEqual(bytes);
  });

  it('streams a file the core made, named in Chinese, and nothing for an unknown token', async () => {
    const { ctx, server, auth } = await start();
    const out = ctx.files.putOutput('资格自查表.pdf', Buffer.from('%PDF-1.7'));
    const r = await request(server.port, { path: `/files/download/${out.token}`, headers: auth });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe('%PDF-1.7');
    expect(r.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('资格自查表.pdf')}`);
    expect((await request(server.port, { path: `/files/download/${'0'.repeat(32)}`, headers: auth })).status).toBe(404);
  });

  it('refuses uploads and downloads without the token or from another page, and uploads without a name', async () => {
    const { ctx, server, auth } = await start();
    const out = ctx.files.putOutput('a.pdf', Buffer.from('x'));
    expect((await request(server.port, { path: `/files/download/${out.token}` })).status).toBe(401);
    const foreign = await request(server.port, {
      path: `/files/download/${out.token}`,
      headers: { ...auth, Origin: 'http://127.0.0.1:1' },
    });
    expect(foreign.status).toBe(403);
    const nameless = await request(server.port, {
      path: '/files/upload',
      method: 'POST',
      headers: auth,
      body: Buffer.from('x'),
    });
    expect(nameless.status).toBe(400);
    expect(nameless.body.toString('utf8')).toContain('文件名');
  });
});

describe('browser mode shows a file in the window by token', () => {
  it('serves a PDF inline typed by its bytes, and refuses a file that is not a PDF or picture', async () => {
    const { ctx, server, auth } = await start();
    const stored = (name: string, text: string) => {
      const file = path.join(ctx.dataDir, 'evidence', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return ctx.files.grantView(file, name);
    };
    const pdf = stored('营业执照.pdf', '%PDF-1.7\n');
    const shown = await request(server.port, { path: `/files/view/${pdf.token}`, headers: auth });
    expect(shown.status).toBe(200);
    expect(shown.headers['content-type']).toBe('application/pdf');
    expect(shown.headers['content-disposition']).toBe('inline');
    expect(shown.headers['x-content-type-options']).toBe('nosniff');
    // An HTML file named .pdf is never shown as a page of the app's origin.
    const html = stored('伪装.pdf', '<script>alert(1)</script>');
    expect((await request(server.port, { path: `/files/view/${html.token}`, headers: auth })).status).toBe(404);
  });
});
