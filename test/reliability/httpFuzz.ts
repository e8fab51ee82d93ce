// Browser mode must answer every malformed request with a 4xx and keep running. The server runs in
// a process of its own; a fixed list of known killers (GET /%ff, a request line `GET http://[` …) and
// seeded random damage to well-formed requests are sent over raw sockets.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

import { bundle } from './support/buildCli.js';

export interface HttpFuzzResult {
  requests: number;
  answered4xx: number;
  answered2xx: number;
  answered5xx: number;
  /** Connection closed without any answer. */
  noAnswer: number;
  stillRunning: boolean;
  notes: string[];
}

function send(port: number, request: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0));
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (d) => {
      answer += d.toString('latin1');
      // The status and headers are all we need; a kept-alive connection would otherwise wait for the timeout.
      if (answer.includes('\r\n\r\n')) socket.destroy();
    });
    socket.on('error', done);
    socket.on('close', done);
    // Written first without half-closing, as a browser does: Node's server drops the answer to a
    // request whose client sent FIN before the answer was ready (a call whose handlers load on first
    // use). Only a request still unanswered after a second (a body shorter than its Content-Length)
    // is then ended, as a client that has nothing more to send.
    socket.write(request);
    const end = setTimeout(() => socket.end(), 1000);
    socket.on('close', () => clearTimeout(end));
  });
}

/** Requests every one of which is malformed or unauthorised: none may get a 2xx/5xx or kill the server. */
function knownBad(port: number, token: string): string[] {
  const host = `Host: 127.0.0.1:${port}`;
  const post = (p: string, body: string, extra = '') =>
    `POST ${p}?token=${token} HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;
  return [
    `GET /%ff HTTP/1.1\r\n${host}\r\n\r\n`,
    `GET /%ff?token=${token} HTTP/1.1\r\n${host}\r\n\r\n`,
    `GET /%E0%A4%A?token=${token} HTTP/1.1\r\n${host}\r\n\r\n`,
    post('/api/store%E0%A4%A', '{}'),
    post('/api/%ff', '{}'),
    `GET http://[ HTTP/1.1\r\n${host}\r\n\r\n`,
    `GET http://evil.example/?token=${token} HTTP/1.1\r\n${host}\r\n\r\n`,
    `GET /?token=${token} HTTP/1.1\r\n${host}\r\nX-Big: ${'a'.repeat(200_000)}\r\n\r\n`,
    `GET /?token=${token} HTTP/1.1\r\n${host}\r\n${'X-H: 1\r\n'.repeat(5000)}\r\n`,
    post('/api/store/status', '{"a":'),
    post('/api/store/status', '['.repeat(200_000)),
    post('/api/store/status', '{}', 'Origin: http://127.0.0.1:1\r\n'),
    post('/api/store/status', '\u0000\u0001\u0002'),
    `POST /api/store/status?token=${token} HTTP/1.1\r\n${host}\r\nContent-Type: text/plain\r\n\r\n`,
    `PUT /api/store/status?token=${token} HTTP/1.1\r\n${host}\r\n\r\n`,
    `GET /a%00.js?token=${token} HTTP/1.1\r\n${host}\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n`,
    `GET / HTTP/1.1\r\n\r\n`,
    'GET /\r\n\r\n',
    `GET / HTTP/9.9\r\n${host}\r\n\r\n`,
    `\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003`,
    `POST /api/store/status HTTP/1.1\r\n${host}\r\nContent-Length: -1\r\n\r\n`,
    `POST /api/store/status HTTP/1.1\r\n${host}\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
    // A body cut short: the client stopped sending before Content-Length bytes.
    `POST /api/store/status?token=${token} HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 90\r\n\r\n{}`,
  ];
}

/** A well-formed request with seeded damage: a byte changed, inserted or removed in its head. */
function damaged(port: number, token: string, rnd: () => number): Buffer {
  const base = Buffer.from(
    `POST /api/store/status?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    'latin1',
  );
  const head = base.indexOf('\r\n\r\n');
  const at = Math.floor(rnd() * head);
  const r = rnd();
  const byte = Math.floor(rnd() * 256);
  if (r < 0.4) {
    const copy = Buffer.from(base);
    copy[at] = byte;
    return copy;
  }
  if (r < 0.7) return Buffer.concat([base.subarray(0, at), Buffer.from([byte, 0x25, byte]), base.subarray(at)]);
  return Buffer.concat([base.subarray(0, at), base.subarray(at + 1 + Math.floor(rnd() * 8))]);
}

export async function httpFuzz(dir: string, randomRequests: number, rnd: () => number): Promise<HttpFuzzResult> {
  const entry = await bundle('test/reliability/support/fuzzServerMain.ts', 'fuzz-server');
  fs.mkdirSync(dir, { recursive: true });
  const child = spawn(process.execPath, [entry, dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SHENBAOTONG_DATA_DIR: dir },
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const { port, token } = await new Promise<{ port: number; token: string }>((resolve, reject) => {
    child.stdout
      .setEncoding('utf8')
      .once('data', (d: string) => resolve(JSON.parse(d) as { port: number; token: string }));
    child.once('exit', () => reject(new Error('fuzz server did not start')));
  });
  const r: HttpFuzzResult = {
    requests: 0,
    answered4xx: 0,
    answered2xx: 0,
    answered5xx: 0,
    noAnswer: 0,
    stillRunning: false,
    notes: [],
  };
  const record = (status: number, what: string, mustBe4xx: boolean) => {
    r.requests++;
    if (status >= 400 && status < 500) r.answered4xx++;
    else if (status >= 200 && status < 300) r.answered2xx++;
    else if (status >= 500) r.answered5xx++;
    else r.noAnswer++;
    if ((mustBe4xx && !(status >= 400 && status < 500)) || status >= 500 || status === 0)
      r.notes.push(`${what.slice(0, 60).replace(/\r\n/g, '⏎')}… → ${status || 'no answer'}`);
  };
  try {
    for (const req of knownBad(port, token)) record(await send(port, Buffer.from(req, 'latin1')), req, true);
    for (let i = 0; i < randomRequests; i++) {
      const req = damaged(port, token, rnd);
      // Some damage leaves a valid request (a changed header value): 2xx is right for those.
      record(await send(port, req), req.toString('latin1'), false);
    }
    const alive = await send(
      port,
      Buffer.from(`GET /?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
    );
    r.stillRunning = !exited && alive === 200;
  } finally {
    child.kill();
  }
  return r;
}
