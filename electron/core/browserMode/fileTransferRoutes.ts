import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import type { AppContext } from '../appContext.js';
import { viewHeaders } from '../files/viewableType.js';

/** A bundle is up to ~200 MB; nothing a school chooses to open is larger. */
export const MAX_UPLOAD_BYTES = 300 * 1024 * 1024;

/**
 * An export the page never fetched leaves the outbox this long after it was made. Every browser-mode
 * save starts its download (or files/keep) the moment the export answers, so one still waiting after
 * ten minutes was lost to a blocked download, a cancelled save, a closed tab or a reload: the page
 * never asks for an earlier export's token again, and the server may run for days.
 */
export const UNCLAIMED_OUTPUT_MS = 10 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 1000;

type Send = (res: http.ServerResponse, status: number, body: string, type?: string) => void;

/** RFC 6266: a plain ASCII fallback name and the real (Chinese) name, percent-encoded. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface FileTransferRoutes {
  /** Answers the request when it is one of the file doors; false otherwise. */
  route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean;
  /** Stops sweeping unclaimed exports (the server is closing). */
  close(): void;
}

/**
 * Browser mode's file doors. POST /files/upload takes the bytes of a file the user picked in the
 * browser (streamed to the outbox, never held whole in memory) and answers its token; GET
 * /files/download/<token> streams a file the core made, once: fully sent, it leaves the outbox (the
 * browser has it). The page gets tokens, never paths.
 */
export function fileTransferRoutes(ctx: AppContext, send: Send): FileTransferRoutes {
  const streaming = new Set<string>();
  const sweep = setInterval(() => ctx.files.dropUnclaimed(UNCLAIMED_OUTPUT_MS, streaming), SWEEP_EVERY_MS);
  sweep.unref();

  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');

  async function upload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, '只接受 POST 请求');
    let name: string;
    try {
      name = path.basename(decodeURIComponent(String(req.headers['x-file-name'] ?? '')).replace(/\\/g, '/'));
    } catch {
      return send(res, 400, '文件名格式错误');
    }
    if (!name || name.length > 260 || name.includes('\0')) return send(res, 400, '缺少文件名或文件名过长');
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > MAX_UPLOAD_BYTES) {
      req.resume();
      return json(res, 413, {
        ok: false,
        error: { code: 'FILE_TOO_LARGE', message: `文件过大：${name}（最多 300 MB）` },
      });
    }
    const file = ctx.files.uploadPath();
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_UPLOAD_BYTES && !tooLarge) {
        tooLarge = true;
        req.destroy();
      }
    });
    try {
      await pipeline(req, fs.createWriteStream(file));
    } catch {
      fs.rmSync(file, { force: true });
      if (tooLarge)
        return json(res, 413, {
          ok: false,
          error: { code: 'FILE_TOO_LARGE', message: `文件过大：${name}（最多 300 MB）` },
        });
      if (!res.writableEnded) res.destroy();
      return;
    }
    json(res, 200, { ok: true, value: ctx.files.grantRead(file, name) });
  }

  /**
   * Streams a file: `download` an output as an attachment under its Chinese name, `view` a file the core
   * granted for showing (a stored 佐证, read where it lies) inline, only a PDF or picture typed by its own
   * first bytes. A file gone mid-stream ends the response, never the server.
   */
  function serveOutput(req: http.IncomingMessage, res: http.ServerResponse, token: string, how: 'download' | 'view') {
    if (req.method !== 'GET') return send(res, 405, '只接受 GET 请求');
    let file: string;
    let headers: Record<string, string>;
    try {
      if (how === 'view') {
        const shown = ctx.files.view(token);
        file = shown.path;
        headers = viewHeaders(shown.type, fs.statSync(file).size);
      } else {
        const out = ctx.files.output(token);
        file = out.path;
        headers = {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(fs.statSync(file).size),
          'Content-Disposition': contentDisposition(out.name),
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        };
      }
    } catch {
      return send(res, 404, how === 'view' ? '找不到这个文件，或它不能在窗口中显示' : '找不到这个导出文件，请重新导出');
    }
    res.writeHead(200, headers);
    if (how === 'view') {
      pipeline(fs.createReadStream(file), res).catch(() => res.destroy());
      return;
    }
    // Sent to the end: the browser holds it now (a save cancelled there is the user's choice, as the
    // desktop dialog's). Cut off midway (the browser's own cancel): left for a retry, then the sweep.
    streaming.add(token);
    pipeline(fs.createReadStream(file), res).then(
      () => {
        streaming.delete(token);
        ctx.files.discard(token);
      },
      () => {
        streaming.delete(token);
        res.destroy();
      },
    );
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean {
    if (url.pathname === '/files/upload') {
      void upload(req, res);
      return true;
    }
    const m = /^\/files\/(download|view)\/([0-9a-f]{32})$/.exec(url.pathname);
    if (m) {
      serveOutput(req, res, m[2], m[1] as 'download' | 'view');
      return true;
    }
    return false;
  }
  return { route, close: () => clearInterval(sweep) };
}
