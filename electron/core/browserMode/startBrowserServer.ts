import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { dispatchCall } from '../api/dispatchCall.js';
import type { AppContext } from '../appContext.js';
import { errorFields, logEvent } from '../log/appLog.js';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy.js';
import { fileTransferRoutes } from './fileTransferRoutes.js';

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};
const MAX_BODY = 200 * 1024 * 1024;
const COOKIE = 'sbt_token';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string {
  const m = /(?:^|;\s*)sbt_token=([A-Za-z0-9]+)/.exec(req.headers.cookie ?? '');
  return m?.[1] ?? '';
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...extra,
  });
  res.end(body);
}

/** An unexpected failure while answering: logged, answered with 500, the server keeps running. */
function fail(res: http.ServerResponse, e: unknown): void {
  logEvent('error', 'browser.request-failed', errorFields(e));
  if (res.headersSent) res.destroy();
  else send(res, 500, '内部错误，请求未完成');
}

/**
 * Browser mode: the same core behind the same contract, served on 127.0.0.1 only, on a free port,
 * with a per-run secret. The URL carries the token once; it becomes a same-site cookie so the page's
 * own scripts and API calls are accepted, and any other host header or a missing token is refused.
 */
export async function startBrowserServer(
  ctx: AppContext,
  opts: { rendererDir: string; port?: number; token?: string },
): Promise<BrowserServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const rendererDir = path.resolve(opts.rendererDir);
  let port = 0;

  // Another page in the same browser (any other 127.0.0.1 port is the same site, so it carries our
  // cookie) must not drive the API or the file doors: only the app's own origin may.
  const foreignOrigin = (req: http.IncomingMessage) => {
    const origin = req.headers.origin;
    return origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`;
  };
  const fileRoute = fileTransferRoutes(ctx, send);

  const api = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    if (req.method !== 'POST') return send(res, 405, '只接受 POST 请求');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
      return send(res, 415, '请求须为 JSON');
    if (foreignOrigin(req)) return send(res, 403, '拒绝访问：请求来自其他网页');
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return send(res, 400, '请求地址格式错误');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        send(res, 413, '请求过大');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      let input: unknown;
      try {
        input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        return send(
          res,
          400,
          JSON.stringify({ ok: false, error: { code: 'BAD_INPUT', message: '请求内容不是有效的 JSON' } }),
          MIME['.json'],
        );
      }
      dispatchCall(ctx, name, input).then(
        (result) => send(res, 200, JSON.stringify(result), MIME['.json']),
        (e: unknown) => fail(res, e),
      );
    });
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 403, '拒绝访问：只接受本机地址 127.0.0.1 的请求。');
    }
    // new URL throws on a request line like `GET http://[`; such a request is the client's error.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.host !== `127.0.0.1:${port}`) throw new TypeError('absolute URL for another host');
    } catch {
      return send(res, 400, '请求地址格式错误');
    }
    const queryToken = url.searchParams.get('token') ?? '';
    const headerToken = String(req.headers['x-shenbaotong-token'] ?? '');
    const authorised = [queryToken, headerToken, cookieToken(req)].some((t) => t && safeEqual(t, token));
    if (!authorised) {
      return send(res, 401, '拒绝访问：缺少或错误的访问令牌。请使用启动时打印的完整网址打开申报通。');
    }
    const setCookie = { 'Set-Cookie': `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict` };

    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (url.pathname.startsWith('/files/')) {
      if (foreignOrigin(req)) return send(res, 403, '拒绝访问：请求来自其他网页');
      if (fileRoute.route(req, res, url)) return;
      return send(res, 404, '找不到页面');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '不支持的请求方法');
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, '请求地址格式错误');
    }
    if (rel.includes('\0')) return send(res, 400, '请求地址格式错误');
    if (rel === '/' || !path.extname(rel)) rel = '/index.html';
    const file = path.resolve(rendererDir, `.${rel}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, '找不到页面');
    }
    send(
      res,
      200,
      fs.readFileSync(file),
      MIME[path.extname(file)] ?? 'application/octet-stream',
      rel === '/index.html' ? setCookie : {},
    );
  };

  const server = http.createServer((req, res) => {
    // A reset connection must not become an uncaught 'error' that ends the server.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    try {
      handle(req, res);
    } catch (e) {
      fail(res, e);
    }
  });
  // Malformed request lines and oversized headers never reach the handler: answer them as Node
  // would (400, 431) but never let a socket error end the process.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // As Node's own default: answer unless a response already started (then only closing is left).
    const started = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (socket.writable && !started) {
      const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      socket.end(
        `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n请求格式错误`,
      );
    } else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => {
      fileRoute.close();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
