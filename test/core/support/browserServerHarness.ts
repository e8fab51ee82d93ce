import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import type { AppContext } from '../../../electron/core/appContext';
import { type BrowserServer, startBrowserServer } from '../../../electron/core/browserMode/startBrowserServer';
import { tempContext } from './tempContext';

/** Browser mode's server on a temporary data folder with a one-page renderer; close() removes both. */
export async function startTestBrowserServer(): Promise<{
  server: BrowserServer;
  ctx: AppContext;
  dir: string;
  close: () => Promise<void>;
}> {
  const t = tempContext();
  const rendererDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>申报通</title>');
  const server = await startBrowserServer(t.ctx, { rendererDir });
  return {
    server,
    ctx: t.ctx,
    dir: t.dir,
    close: async () => {
      await server.close();
      t.cleanup();
    },
  };
}

export interface TestResponse {
  status: number;
  body: Buffer;
  text: string;
  headers: http.IncomingHttpHeaders;
}

/** One HTTP request to 127.0.0.1, with the Host header a test chooses (the server checks it). */
export function requestLocal(
  port: number,
  opts: { path: string; method?: string; host?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: { Host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, body, text: body.toString('utf8'), headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
