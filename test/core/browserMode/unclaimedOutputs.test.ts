// Browser mode cannot see the browser's save dialog: an export leaves the outbox once its download was
// sent to the end, and one never fetched (blocked download, closed tab) ten minutes after it was made.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { AppContext } from '../../../electron/core/appContext';
import { UNCLAIMED_OUTPUT_MS } from '../../../electron/core/browserMode/fileTransferRoutes';
import { outboxRoot } from '../../../electron/core/files/fileGrants';
import { requestLocal as request, startTestBrowserServer } from '../support/browserServerHarness';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await close?.();
  close = undefined;
});

async function start() {
  const h = await startTestBrowserServer();
  close = h.close;
  return { ...h, auth: { 'X-Shenbaotong-Token': h.server.token } };
}

function waiting(ctx: AppContext): string[] {
  const root = outboxRoot(ctx.dataDir);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.out'));
}

/** Starts a download, reads nothing, and hangs up (the browser's own cancel of a large download). */
function cutDownload(port: number, token: string, auth: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: `/files/download/${token}`, headers: { Host: `127.0.0.1:${port}`, ...auth } },
      (res) => {
        expect(res.statusCode).toBe(200);
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 100);
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
  });
}

describe('browser mode drops exports the user did not keep', () => {
  it('removes an export once its download was sent to the end; its link then answers 404', async () => {
    const { ctx, server, auth } = await start();
    const out = ctx.files.putOutput('汇总表.xlsx', Buffer.from('PK-xlsx'));
    expect(waiting(ctx)).toHaveLength(1);
    const got = await request(server.port, { path: `/files/download/${out.token}`, headers: auth });
    expect(got.text).toBe('PK-xlsx');
    await vi.waitFor(() => expect(waiting(ctx)).toEqual([]));
    expect((await request(server.port, { path: `/files/download/${out.token}`, headers: auth })).status).toBe(404);
  });

  it('keeps an export whose download was cut off, so the browser can retry, until that retry ends', async () => {
    const { ctx, server, auth } = await start();
    const bytes = Buffer.alloc(32 * 1048576, 7); // more than the sockets buffer: the cut lands midway
    const out = ctx.files.putOutput('申报材料包.zip', bytes);
    await cutDownload(server.port, out.token, auth);
    await new Promise((r) => setTimeout(r, 300));
    expect(waiting(ctx)).toHaveLength(1);
    const retry = await request(server.port, { path: `/files/download/${out.token}`, headers: auth });
    expect(retry.body.length).toBe(bytes.length);
    await vi.waitFor(() => expect(waiting(ctx)).toEqual([]));
  });

  it('drops an export never fetched ten minutes after it was made, and not before', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const { ctx, server, auth } = await start();
    const out = ctx.files.putOutput('资格自查表.pdf', Buffer.from('%PDF-1.7\n'));
    vi.advanceTimersByTime(UNCLAIMED_OUTPUT_MS - 60_000);
    expect(waiting(ctx)).toHaveLength(1);
    vi.advanceTimersByTime(2 * 60_000);
    expect(waiting(ctx)).toEqual([]);
    expect((await request(server.port, { path: `/files/download/${out.token}`, headers: auth })).status).toBe(404);
    // files/keep (「打开所在文件夹」) of a dropped export says to export again, in Chinese.
    expect(() => ctx.files.output(out.token)).toThrow(/请重新导出/);
    expect(fs.existsSync(path.join(ctx.dataDir, 'outbox'))).toBe(true);
  });
});
