import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { requestLocal, startTestBrowserServer } from '../support/browserServerHarness';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
});

async function start() {
  const h = await startTestBrowserServer();
  close = h.close;
  fs.writeFileSync(path.join(h.dir, 'secret.txt'), 'outside');
  return { t: h, server: h.server };
}

async function request(port: number, opts: Parameters<typeof requestLocal>[1]) {
  const r = await requestLocal(port, opts);
  return { ...r, body: r.text };
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL with a long secret token', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('refuses a request without the token, with a wrong token, or for another host, and changes nothing', async () => {
    const { t, server } = await start();
    expect((await request(server.port, { path: '/' })).status).toBe(401);
    expect((await request(server.port, { path: '/?token=wrong' })).status).toBe(401);
    expect((await request(server.port, { path: `/?token=${server.token}`, host: 'evil.example:80' })).status).toBe(403);
    const api = await request(server.port, {
      path: '/api/store/createEmpty',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"schoolName":"入侵者"}',
    });
    expect(api.status).toBe(401);
    expect(api.body).toContain('令牌');
    expect(fs.existsSync(t.ctx.dbPath)).toBe(false);
  });

  it('serves the app with the token, sets a same-site cookie and answers API calls through the contract', async () => {
    const { server } = await start();
    const page = await request(server.port, { path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const status = await request(server.port, {
      path: '/api/store/status',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie.split(';')[0] },
      body: '{}',
    });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { open: false } });
    const bad = await request(server.port, {
      path: '/api/store/createEmpty',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shenbaotong-Token': server.token },
      body: '{"schoolName": []}',
    });
    expect(JSON.parse(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', where: { field: 'schoolName' } },
    });
  });

  it('does not serve files outside the renderer folder', async () => {
    const { server } = await start();
    const r = await request(server.port, { path: `/..%2fsecret.txt?token=${server.token}` });
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('outside');
  });
});
