import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type BrowserServer, startBrowserServer } from '../../../electron/core/browserMode/startBrowserServer';
import { tempContext } from '../support/tempContext';

let server: BrowserServer | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await server?.close();
  cleanup?.();
});

function request(
  port: number,
  opts: { path: string; method?: string; host?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: { Host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

async function start() {
  const t = tempContext();
  cleanup = () => t.cleanup();
  const rendererDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>申报通</title>');
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'outside');
  server = await startBrowserServer(t.ctx, { rendererDir });
  return { t, server };
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
